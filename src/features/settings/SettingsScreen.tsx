import { Stack, Tabs, Text, Title } from '@mantine/core';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams } from 'react-router';
import {
  ChecklistTemplatesSection,
  DelegationSection,
  EconomicsSection,
  LetterTemplatesSection,
} from '../recovery';
import { BackupSection, ExportSection, ImportSection } from '../backup';
import { ClosuresSection } from './ClosuresSection';
import { CurrentUserSection } from './CurrentUserSection';
import { DemoSection } from './DemoSection';
import { ServiceAreasSection, StaffSection, SubCausesSection } from './ListSections';
import { PolicySection } from './PolicySection';
import { PrivacySection } from './PrivacySection';
import { StandardsSection } from './StandardsSection';
import { StudioSection } from './StudioSection';
import { SECTIONS, type SectionKey } from './sections';
import { UnsavedChangesGuard } from './unsavedChanges';

/** What each section shows. */
const PANELS = {
  studio: StudioSection,
  user: CurrentUserSection,
  staff: StaffSection,
  serviceAreas: ServiceAreasSection,
  subCauses: SubCausesSection,
  standards: StandardsSection,
  closures: ClosuresSection,
  checklists: ChecklistTemplatesSection,
  letters: LetterTemplatesSection,
  delegation: DelegationSection,
  economics: EconomicsSection,
  policy: PolicySection,
  demo: DemoSection,
  backup: BackupSection,
  export: ExportSection,
  import: ImportSection,
  privacy: PrivacySection,
} as const satisfies Record<SectionKey, ComponentType>;

const isSection = (value: string): value is SectionKey => value in SECTIONS;

export function SettingsScreen() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const section = useParams()['*'] ?? '';
  if (!isSection(section)) return <Navigate to="/settings/studio" replace />;

  return (
    <UnsavedChangesGuard>
      <Stack gap="lg">
        <div>
          <Title order={1}>{t('settings.title')}</Title>
          <Text c="dimmed" maw={760} mt={4}>
            {t('settings.intro')}
          </Text>
        </div>
        {/* Every panel stays mounted, so what was typed in one section survives a visit to another. */}
        <Tabs
          orientation="vertical"
          variant="pills"
          value={section}
          onChange={(value) => value && void navigate(`/settings/${value}`)}
          keepMounted
          styles={{ tabLabel: { textAlign: 'start' } }}
        >
          <Tabs.List aria-label={t('settings.sectionsLabel')} miw={220} pr="lg">
            {Object.entries(SECTIONS).map(([key, { label, icon: Icon }]) => (
              <Tabs.Tab key={key} value={key} leftSection={<Icon size={18} aria-hidden />}>
                {t(label)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {Object.entries(SECTIONS).map(([key, { label }]) => {
            const Panel = PANELS[key as SectionKey];
            return (
              <Tabs.Panel key={key} value={key} pl="lg" miw={0}>
                <Title order={2} size="h3" mb="sm">
                  {t(label)}
                </Title>
                <Panel />
              </Tabs.Panel>
            );
          })}
        </Tabs>
      </Stack>
    </UnsavedChangesGuard>
  );
}
