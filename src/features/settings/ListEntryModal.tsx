import { Alert, Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { updateListEntry } from '../../data';
import { SETTINGS_LIMITS } from '../../domain/settings';
import { useEntryForm, validateEntry, type ListEntry } from './listEntryForm';
import { LIST_LABELS, type ListKind } from './listLabels';

interface ListEntryModalProps {
  readonly kind: ListKind;
  readonly entry: ListEntry;
  readonly siblings: readonly ListEntry[];
  readonly onClose: () => void;
}

/** Renames an entry (and changes a person's role); the entry keeps its id, so past complaints follow. */
export function ListEntryModal({ kind, entry, siblings, onClose }: ListEntryModalProps) {
  const { t } = useTranslation();
  const labels = LIST_LABELS[kind];
  const [failed, setFailed] = useState(false);
  const form = useEntryForm(kind, siblings, { name: entry.name, role: entry.role ?? '' }, entry.id);

  const submit = form.onSubmit(async (values) => {
    const result = validateEntry(kind, values, siblings, entry.id);
    if (!result.ok) return;
    try {
      const { name, role } = result.value;
      await updateListEntry(kind, entry.id, kind === 'staff' ? { name, role } : { name });
      onClose();
    } catch {
      setFailed(true);
    }
  });

  return (
    <Modal opened onClose={onClose} title={t(labels.editTitle)}>
      <form onSubmit={submit} noValidate>
        <Stack>
          {failed && (
            <Alert color="red" role="alert">
              {t('settings.saveFailed')}
            </Alert>
          )}
          <TextInput
            label={t(labels.editName)}
            withAsterisk
            maxLength={SETTINGS_LIMITS.listName}
            data-autofocus
            {...form.getInputProps('name')}
          />
          {kind === 'staff' && (
            <TextInput
              label={t('settings.staff.role')}
              maxLength={SETTINGS_LIMITS.role}
              {...form.getInputProps('role')}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('settings.cancel')}
            </Button>
            <Button type="submit" loading={form.submitting}>
              {t('settings.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
