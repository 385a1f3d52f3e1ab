import { Stack, Tabs, Text, Title } from '@mantine/core';
import {
  IconArchive,
  IconTableExport,
  IconTableImport,
  IconBuilding,
  IconCalendarOff,
  IconCategory,
  IconChecklist,
  IconCoinEuro,
  IconScale,
  IconClockHour4,
  IconFileText,
  IconFlask,
  IconListTree,
  IconMail,
  IconShieldLock,
  IconUserCircle,
  IconUsers,
} from '@tabler/icons-react';
import type { ParseKeys } from 'i18next';
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
import { UnsavedChangesGuard } from './unsavedChanges';

interface Section {
  readonly label: ParseKeys;
  readonly icon: ComponentType<{ size?: number; 'aria-hidden'?: boolean }>;
  readonly Panel: ComponentType;
}

/** The sections, in the order a studio sets them up; each has its own address, e.g. `#/settings/staff`. */
export const SECTIONS = {
  studio: { label: 'settings.section.studio', icon: IconBuilding, Panel: StudioSection },
  user: { label: 'settings.section.user', icon: IconUserCircle, Panel: CurrentUserSection },
  staff: { label: 'settings.section.staff', icon: IconUsers, Panel: StaffSection },
  serviceAreas: { label: 'settings.section.serviceAreas', icon: IconCategory, Panel: ServiceAreasSection },
  subCauses: { label: 'settings.section.subCauses', icon: IconListTree, Panel: SubCausesSection },
  standards: { label: 'settings.section.standards', icon: IconClockHour4, Panel: StandardsSection },
  closures: { label: 'settings.section.closures', icon: IconCalendarOff, Panel: ClosuresSection },
  checklists: {
    label: 'recovery.settings.section.templates',
    icon: IconChecklist,
    Panel: ChecklistTemplatesSection,
  },
  letters: { label: 'recovery.settings.section.letters', icon: IconMail, Panel: LetterTemplatesSection },
  delegation: { label: 'recovery.settings.section.delegation', icon: IconScale, Panel: DelegationSection },
  economics: { label: 'recovery.settings.section.economics', icon: IconCoinEuro, Panel: EconomicsSection },
  policy: { label: 'reports.settings.section', icon: IconFileText, Panel: PolicySection },
  demo: { label: 'settings.section.demo', icon: IconFlask, Panel: DemoSection },
  backup: { label: 'backup.section', icon: IconArchive, Panel: BackupSection },
  export: { label: 'backup.export.section', icon: IconTableExport, Panel: ExportSection },
  import: { label: 'backup.import.section', icon: IconTableImport, Panel: ImportSection },
  privacy: { label: 'privacy.settings.section', icon: IconShieldLock, Panel: PrivacySection },
} as const satisfies Record<string, Section>;

type SectionKey = keyof typeof SECTIONS;

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
          {Object.entries(SECTIONS).map(([key, { label, Panel }]) => (
            <Tabs.Panel key={key} value={key} pl="lg" miw={0}>
              <Title order={2} size="h3" mb="sm">
                {t(label)}
              </Title>
              <Panel />
            </Tabs.Panel>
          ))}
        </Tabs>
      </Stack>
    </UnsavedChangesGuard>
  );
}
