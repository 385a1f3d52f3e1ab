import { AppShell, Burger, Group, NavLink, SegmentedControl, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconChartRadar,
  IconInbox,
  IconMessage2,
  IconReportAnalytics,
  IconSettings,
  IconUsers,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink, Outlet } from 'react-router';
import { useDailyAutoBackup } from '../features/backup';
import { FollowUpBanner, useFollowUpReminder } from '../features/recovery';
import { RetentionScheduler } from '../features/privacy';
import { changeLanguage, currentLanguage, LANGUAGES } from '../i18n';
import classes from './AppLayout.module.css';
import { CommandCenter } from './commands';
import { useToday } from './useToday';
import './print.css';

/** The screens in the navigation bar, in the order a studio uses them; Settings sits apart at the bottom. */
const SCREENS = [
  { to: '/complaints', label: 'nav.queue', Icon: IconInbox },
  { to: '/clients', label: 'clients.nav', Icon: IconUsers },
  { to: '/surveys', label: 'surveys.nav', Icon: IconMessage2 },
  { to: '/dashboard', label: 'dashboard.nav', Icon: IconChartRadar },
  { to: '/reports', label: 'reports.nav', Icon: IconReportAnalytics },
] as const;

export function AppLayout() {
  const { t, i18n } = useTranslation();
  const [navOpened, { toggle }] = useDisclosure(false);
  // The day's tasks run while the app's shell is up, so never behind the first-run wizard or the empty-register guard.
  const today = useToday();
  useDailyAutoBackup(today);
  useFollowUpReminder(today);

  return (
    <AppShell
      header={{ height: 52 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding="lg"
    >
      <a href="#main" className={classes.skipLink}>
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="sm">
            <Burger
              opened={navOpened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('app.toggleNavigation')}
            />
            <Text fw={700} size="lg">
              {t('app.name')}
            </Text>
            <Text c="dimmed" size="sm" visibleFrom="sm">
              {t('app.tagline')}
            </Text>
          </Group>
          <Group gap="xs">
            <SegmentedControl
              size="xs"
              aria-label={t('language.label')}
              value={currentLanguage(i18n.language)}
              onChange={(value) => changeLanguage(currentLanguage(value))}
              data={LANGUAGES.map((lng) => ({
                value: lng,
                label: lng === 'it' ? t('language.it') : t('language.en'),
              }))}
            />
            <CommandCenter />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('app.mainNavigation')} component="nav">
        {SCREENS.map(({ to, label, Icon }) => (
          <NavLink
            key={to}
            component={RouterNavLink}
            to={to}
            label={t(label)}
            leftSection={<Icon size={18} aria-hidden />}
          />
        ))}
        <NavLink
          component={RouterNavLink}
          to="/settings"
          label={t('settings.nav')}
          leftSection={<IconSettings size={18} aria-hidden />}
          mt="auto"
        />
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <FollowUpBanner today={today} />
        <Outlet />
      </AppShell.Main>
      <RetentionScheduler />
    </AppShell>
  );
}
