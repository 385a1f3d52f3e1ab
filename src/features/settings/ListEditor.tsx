import { Alert, Badge, Button, Group, Paper, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { updateListEntry } from '../../data';
import { SETTINGS_LIMITS } from '../../domain/settings';
import { useEntryForm, validateEntry, type EntryValues, type ListEntry } from './listEntryForm';
import { LIST_LABELS, type ListKind } from './listLabels';
import { ListEntryModal } from './ListEntryModal';
import { useReportUnsaved } from './unsavedChanges';

interface ListEditorProps {
  readonly kind: ListKind;
  /** Names this editor for the unsaved-changes guard (several sub-cause editors share a kind). */
  readonly section: string;
  readonly entries: readonly ListEntry[];
  readonly tableLabel: string;
  readonly onAdd: (values: EntryValues) => Promise<unknown>;
}

const EMPTY: EntryValues = { name: '', role: '' };

/** One studio list: its entries with rename and (de)activate, and a line to add one more. */
export function ListEditor({ kind, section, entries, tableLabel, onAdd }: ListEditorProps) {
  const { t } = useTranslation();
  const labels = LIST_LABELS[kind];
  const [editing, setEditing] = useState<ListEntry | null>(null);
  const [failed, setFailed] = useState(false);
  const form = useEntryForm(kind, entries, EMPTY);
  useReportUnsaved(section, form.values.name.trim() !== '' || form.values.role.trim() !== '');

  const add = form.onSubmit(async (values) => {
    const result = validateEntry(kind, values, entries);
    if (!result.ok) return;
    setFailed(false);
    try {
      await onAdd(result.value);
      // Cleared only if nothing was typed meanwhile: a quick second entry is not lost.
      if (JSON.stringify(form.getValues()) === JSON.stringify(values)) form.reset();
    } catch {
      setFailed(true);
    }
  });

  const toggle = async (entry: ListEntry) => {
    setFailed(false);
    try {
      await updateListEntry(kind, entry.id, { active: !entry.active });
    } catch {
      setFailed(true);
    }
  };

  return (
    <Stack gap="md">
      {failed && (
        <Alert color="red" role="alert">
          {t('settings.saveFailed')}
        </Alert>
      )}
      {entries.length === 0 ? (
        <Text c="dimmed">{t(labels.empty)}</Text>
      ) : (
        <Paper withBorder>
          <Table verticalSpacing="xs" aria-label={tableLabel}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('settings.lists.column.name')}</Table.Th>
                {kind === 'staff' && <Table.Th>{t('settings.lists.column.role')}</Table.Th>}
                <Table.Th>{t('settings.lists.column.status')}</Table.Th>
                <Table.Th ta="right">{t('settings.lists.column.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((entry) => (
                <Table.Tr key={entry.id} {...(!entry.active && { c: 'dimmed' })}>
                  <Table.Td>{entry.name}</Table.Td>
                  {kind === 'staff' && <Table.Td>{entry.role}</Table.Td>}
                  <Table.Td>
                    <Badge variant="light" color={entry.active ? 'teal' : 'gray'} tt="none" radius="sm">
                      {t(entry.active ? 'settings.lists.inUse' : 'settings.lists.notInUse')}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" justify="flex-end" wrap="nowrap">
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        aria-label={t('settings.lists.editNamed', { name: entry.name })}
                        onClick={() => setEditing(entry)}
                      >
                        {t('settings.lists.edit')}
                      </Button>
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        color={entry.active ? 'red' : 'teal'}
                        aria-label={t(
                          entry.active ? 'settings.lists.deactivateNamed' : 'settings.lists.reactivateNamed',
                          {
                            name: entry.name,
                          },
                        )}
                        onClick={() => void toggle(entry)}
                      >
                        {t(entry.active ? 'settings.lists.deactivate' : 'settings.lists.reactivate')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      <form onSubmit={add} noValidate>
        <Group align="flex-start" gap="sm">
          <TextInput
            label={t(labels.name)}
            placeholder={'namePlaceholder' in labels ? t(labels.namePlaceholder) : undefined}
            withAsterisk
            maxLength={SETTINGS_LIMITS.listName}
            style={{ flex: 2, minWidth: 220 }}
            {...form.getInputProps('name')}
          />
          {kind === 'staff' && (
            <TextInput
              label={t('settings.staff.role')}
              placeholder={t('settings.staff.rolePlaceholder')}
              maxLength={SETTINGS_LIMITS.role}
              style={{ flex: 2, minWidth: 200 }}
              {...form.getInputProps('role')}
            />
          )}
          <Button
            type="submit"
            mt={25}
            leftSection={<IconPlus size={16} aria-hidden />}
            loading={form.submitting}
          >
            {t(labels.add)}
          </Button>
        </Group>
      </form>
      {editing && (
        <ListEntryModal kind={kind} entry={editing} siblings={entries} onClose={() => setEditing(null)} />
      )}
    </Stack>
  );
}
