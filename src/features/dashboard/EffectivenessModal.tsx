import { Button, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { checkEffectiveness } from '../../data';
import { isLocalDate } from '../../domain/deadlines';
import { effectivenessWindows, type ImprovementAction } from '../../domain/improvement';
import { currentLanguage, LOCALE_OF } from '../../i18n';
import { formatDay } from '../../i18n/format';
import { today } from './today';

/**
 * Checks whether an action worked: Riparo counts the complaints of its cause
 * in the window before it started and in an equally long window after.
 */
export function EffectivenessModal({ action, onClose }: { action: ImprovementAction; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = LOCALE_OF[currentLanguage(i18n.language)];
  const [checkedOn, setCheckedOn] = useState(today);
  const [note, setNote] = useState('');
  const valid = isLocalDate(checkedOn) && checkedOn >= action.startedOn;
  const windows = valid ? effectivenessWindows(action.startedOn, checkedOn) : undefined;
  const save = async (event: SubmitEvent) => {
    event.preventDefault();
    if (!valid) return;
    await checkEffectiveness(action.id, checkedOn, note.trim());
    onClose();
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('dashboard.actions.checkTitle')}
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      <form onSubmit={(e) => void save(e)} noValidate>
        <Stack>
          <Text size="sm">{action.description}</Text>
          <TextInput
            type="date"
            label={t('dashboard.actions.checkedOnLabel')}
            value={checkedOn}
            onChange={(e) => setCheckedOn(e.currentTarget.value)}
            error={
              valid
                ? undefined
                : t('dashboard.actions.checkDateInvalid', { date: formatDay(action.startedOn, locale) })
            }
          />
          {windows && (
            <Text size="sm" c="dimmed">
              {t('dashboard.actions.windows', {
                beforeFrom: formatDay(windows.before.from, locale),
                beforeTo: formatDay(windows.before.to, locale),
                afterFrom: formatDay(windows.after.from, locale),
                afterTo: formatDay(windows.after.to, locale),
              })}
            </Text>
          )}
          <Textarea
            label={t('dashboard.actions.note')}
            autosize
            minRows={2}
            maxLength={1000}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('quality.action.cancel')}
            </Button>
            <Button type="submit" disabled={!valid}>
              {t('dashboard.actions.record')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
