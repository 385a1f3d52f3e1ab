import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { validateListEntry, validateStaffMember, type SettingsResult } from '../../domain/settings';
import { translateErrors } from './formErrors';
import type { ListKind } from './listLabels';

export interface ListEntry {
  readonly id: string;
  readonly name: string;
  readonly role?: string;
  readonly active: boolean;
}

export type EntryValues = { name: string; role: string };

/** Checks a list entry the way its list wants: staff have a role, the others only a name. */
export function validateEntry(
  kind: ListKind,
  values: EntryValues,
  siblings: readonly ListEntry[],
  selfId?: string,
): SettingsResult<EntryValues> {
  if (kind === 'staff') return validateStaffMember(values, siblings, selfId);
  const result = validateListEntry(values, siblings, selfId);
  return result.ok ? { ok: true, value: { ...result.value, role: '' } } : result;
}

/** The form to add or edit one entry of a studio list. */
export function useEntryForm(
  kind: ListKind,
  siblings: readonly ListEntry[],
  initial: EntryValues,
  selfId?: string,
) {
  const { t } = useTranslation();
  return useForm<EntryValues>({
    mode: 'controlled',
    initialValues: initial,
    validate: (values) => {
      const result = validateEntry(kind, values, siblings, selfId);
      return result.ok ? {} : translateErrors(result.errors, t);
    },
  });
}
