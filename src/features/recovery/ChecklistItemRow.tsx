import { ActionIcon, Button, Checkbox, Group, Stack, Text, Textarea, Tooltip } from '@mantine/core';
import { IconNote } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setChecklistItemDone, setChecklistItemNote } from '../../data';
import type { ChecklistItem } from '../../domain/recovery';
import { currentLanguage, LOCALE_OF } from '../../i18n';
import { formatInstant } from '../../i18n/format';

/** One checklist item: ticked with who and when, and a note the studio can add. */
interface ChecklistItemRowProps {
  complaintId: string;
  item: ChecklistItem;
  /** The name of who ticked it, when known. */
  who: string | undefined;
}

export function ChecklistItemRow({ complaintId, item, who }: ChecklistItemRowProps) {
  const { t, i18n } = useTranslation();
  const locale = LOCALE_OF[currentLanguage(i18n.language)];
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState(item.note);

  const saveNote = async () => {
    await setChecklistItemNote(complaintId, item.id, note);
    setEditing(false);
  };

  return (
    <Stack gap={2}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Checkbox
          label={item.text}
          checked={item.done}
          onChange={(event) => void setChecklistItemDone(complaintId, item.id, event.currentTarget.checked)}
        />
        <Tooltip label={t('recovery.checklist.note')}>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="sm"
            aria-label={t('recovery.checklist.noteFor', { item: item.text })}
            onClick={() => setEditing((open) => !open)}
          >
            <IconNote size={16} aria-hidden />
          </ActionIcon>
        </Tooltip>
      </Group>
      {item.done && item.doneAt && (
        <Text size="xs" c="dimmed" pl={30}>
          {who
            ? t('recovery.checklist.doneBy', { date: formatInstant(item.doneAt, locale), name: who })
            : t('recovery.checklist.doneAt', { date: formatInstant(item.doneAt, locale) })}
        </Text>
      )}
      {item.note && !editing && (
        <Text size="sm" pl={30} style={{ whiteSpace: 'pre-wrap' }}>
          {item.note}
        </Text>
      )}
      {editing && (
        <Stack gap={4} pl={30}>
          <Textarea
            label={t('recovery.checklist.note')}
            autosize
            minRows={2}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            data-autofocus
          />
          <Group gap="xs">
            <Button size="xs" onClick={() => void saveNote()}>
              {t('recovery.save')}
            </Button>
            <Button size="xs" variant="default" onClick={() => setEditing(false)}>
              {t('recovery.cancel')}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
