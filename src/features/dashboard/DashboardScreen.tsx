import { Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { SelfAssessmentPanel } from '../quality';
import { ActionsPanel } from './ActionsPanel';
import { Overview } from './Overview';
import { SilentPanel } from './SilentPanel';

const TABS = ['overview', 'actions', 'silent', 'self'] as const;
type Tab = (typeof TABS)[number];
const TAB_LABEL = {
  overview: 'dashboard.tab.overview',
  actions: 'dashboard.tab.actions',
  silent: 'dashboard.tab.silent',
  self: 'dashboard.tab.self',
} as const satisfies Record<Tab, string>;

/** Cruscotto: what the studio offers against what clients perceive, and what it does about it. */
export function DashboardScreen() {
  const { t } = useTranslation();
  const { tab: param } = useParams();
  const navigate = useNavigate();
  const tab: Tab = TABS.find((x) => x === param) ?? 'overview';
  return (
    <Stack gap="md" maw={1400}>
      <div>
        <Title order={1}>{t('dashboard.title')}</Title>
        <Text c="dimmed" size="sm">
          {t('dashboard.subtitle')}
        </Text>
      </div>
      <Tabs value={tab} onChange={(v) => void navigate(`/dashboard/${v ?? 'overview'}`)} keepMounted={false}>
        <Tabs.List>
          {TABS.map((x) => (
            <Tabs.Tab key={x} value={x}>
              {t(TAB_LABEL[x])}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="overview" pt="md">
          <Overview />
        </Tabs.Panel>
        <Tabs.Panel value="actions" pt="md">
          <ActionsPanel />
        </Tabs.Panel>
        <Tabs.Panel value="silent" pt="md">
          <SilentPanel />
        </Tabs.Panel>
        <Tabs.Panel value="self" pt="md">
          <SelfAssessmentPanel />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
