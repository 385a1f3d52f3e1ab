import type { ParseKeys } from 'i18next';

export type ListKind = 'staff' | 'serviceAreas' | 'subCauses';

interface ListLabels {
  /** Label of the name field when adding. */
  readonly name: ParseKeys;
  /** Label of the name field when editing. */
  readonly editName: ParseKeys;
  readonly namePlaceholder?: ParseKeys;
  readonly add: ParseKeys;
  readonly editTitle: ParseKeys;
  readonly empty: ParseKeys;
}

/** Texts of each studio list, written out whole so the key check sees them. */
export const LIST_LABELS = {
  staff: {
    name: 'settings.staff.name',
    editName: 'settings.staff.name',
    add: 'settings.staff.add',
    editTitle: 'settings.staff.editTitle',
    empty: 'settings.staff.empty',
  },
  serviceAreas: {
    name: 'settings.serviceAreas.name',
    editName: 'settings.serviceAreas.name',
    namePlaceholder: 'settings.serviceAreas.namePlaceholder',
    add: 'settings.serviceAreas.add',
    editTitle: 'settings.serviceAreas.editTitle',
    empty: 'settings.serviceAreas.empty',
  },
  subCauses: {
    name: 'settings.subCauses.name',
    editName: 'settings.subCauses.editName',
    add: 'settings.subCauses.add',
    editTitle: 'settings.subCauses.editTitle',
    empty: 'settings.subCauses.empty',
  },
} as const satisfies Record<ListKind, ListLabels>;
