import { Button, Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createImprovementAction, useStaff } from '../../data';
import { CAUSES, toLocalDateTime, type Cause } from '../../domain/complaint';
import { dateOf, isLocalDate } from '../../domain/deadlines';
import { causeLabel } from '../complaint';

const DEFAULT_DAYS = 30;

function inDays(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return dateOf(toLocalDateTime(d));
}

/**
 * Creates an improvement action for a cause, from the Pareto or from a
 * complaint (which is then linked to it). Starts today: the day that splits
 * "before" from "after" in the effectiveness check.
 */
export function ActionModal({
  opened,
  onClose,
  cause,
  complaintId,
}: {
  opened: boolean;
  onClose: () => void;
  cause: Cause;
  complaintId?: string;
}) {
  const { t } = useTranslation();
  const staff = useStaff() ?? [];
  const [description, setDescription] = useState('');
  const [chosenCause, setCause] = useState<Cause>(cause);
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const [dueDate, setDueDate] = useState(() => inDays(DEFAULT_DAYS));
  const [errors, setErrors] = useState<{ description?: boolean; dueDate?: boolean }>({});

  const save = async (event: SubmitEvent) => {
    event.preventDefault();
    const found = { description: description.trim() === '', dueDate: !isLocalDate(dueDate) };
    setErrors(found);
    if (found.description || found.dueDate) return;
    await createImprovementAction({
      description: description.trim(),
      cause: chosenCause,
      dueDate,
      startedOn: inDays(0),
      complaintIds: complaintId ? [complaintId] : [],
      ...(ownerId ? { ownerId } : {}),
    });
    notifications.show({
      color: 'teal',
      message: t('quality.action.created'),
      closeButtonProps: { 'aria-label': t('app.close') },
    });
    setDescription('');
    onClose();
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('quality.action.newTitle')}
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      <form onSubmit={(e) => void save(e)} noValidate>
        <Stack>
          <Select
            label={t('quality.action.cause')}
            data={CAUSES.map((c) => ({ value: c, label: t(causeLabel[c]) }))}
            value={chosenCause}
            onChange={(v) => v && setCause(v)}
            allowDeselect={false}
          />
          <Textarea
            label={t('quality.action.description')}
            description={t('quality.action.descriptionHint')}
            withAsterisk
            autosize
            minRows={2}
            maxLength={1000}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            error={errors.description ? t('quality.action.descriptionRequired') : undefined}
            data-autofocus
          />
          <Select
            label={t('quality.action.owner')}
            clearable
            data={staff.filter((s) => s.active).map((s) => ({ value: s.id, label: s.name }))}
            value={ownerId}
            onChange={setOwnerId}
          />
          <TextInput
            type="date"
            label={t('quality.action.dueDate')}
            withAsterisk
            value={dueDate}
            onChange={(e) => setDueDate(e.currentTarget.value)}
            error={errors.dueDate ? t('quality.action.dueDateInvalid') : undefined}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('quality.action.cancel')}
            </Button>
            <Button type="submit">{t('quality.action.create')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
