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

interface Section {
  readonly label: ParseKeys;
  readonly icon: ComponentType<{ size?: number; 'aria-hidden'?: boolean }>;
}

/**
 * The settings sections, in the order a studio sets them up; each has its own
 * address, e.g. `#/settings/staff`. Kept apart from the screen, so that the
 * command palette can list them without loading every settings panel.
 */
export const SECTIONS = {
  studio: { label: 'settings.section.studio', icon: IconBuilding },
  user: { label: 'settings.section.user', icon: IconUserCircle },
  staff: { label: 'settings.section.staff', icon: IconUsers },
  serviceAreas: { label: 'settings.section.serviceAreas', icon: IconCategory },
  subCauses: { label: 'settings.section.subCauses', icon: IconListTree },
  standards: { label: 'settings.section.standards', icon: IconClockHour4 },
  closures: { label: 'settings.section.closures', icon: IconCalendarOff },
  checklists: { label: 'recovery.settings.section.templates', icon: IconChecklist },
  letters: { label: 'recovery.settings.section.letters', icon: IconMail },
  delegation: { label: 'recovery.settings.section.delegation', icon: IconScale },
  economics: { label: 'recovery.settings.section.economics', icon: IconCoinEuro },
  policy: { label: 'reports.settings.section', icon: IconFileText },
  demo: { label: 'settings.section.demo', icon: IconFlask },
  backup: { label: 'backup.section', icon: IconArchive },
  export: { label: 'backup.export.section', icon: IconTableExport },
  import: { label: 'backup.import.section', icon: IconTableImport },
  privacy: { label: 'privacy.settings.section', icon: IconShieldLock },
} as const satisfies Record<string, Section>;

export type SectionKey = keyof typeof SECTIONS;
