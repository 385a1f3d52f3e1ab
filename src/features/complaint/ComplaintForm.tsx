import { Alert, Button, Group, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { DateInput, TimeInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CAUSES,
  CHANNELS,
  TEXT_LIMITS,
  validateNewComplaint,
  type NewComplaint,
} from '../../domain/complaint';
import { emptyComplaintForm, toComplaintInput, type ComplaintFormValues } from './complaintFormValues';
import { causeLabel, channelLabel } from './labels';

const DATE_FORMAT = 'DD/MM/YYYY';

/** Accepts 3/4/2026 as well as 03/04/2026; anything else is not a date. */
function parseTypedDate(value: string): string | null {
  const parsed = dayjs(value.trim(), ['DD/MM/YYYY', 'D/M/YYYY'], true);
  return parsed.isValid() ? parsed.format('YYYY-MM-DD') : null;
}

interface ComplaintFormProps {
  onSubmit: (complaint: NewComplaint) => Promise<void>;
  onCancel: () => void;
}

/**
 * The intake form. Validation is the domain's; the form only translates its
 * messages. Nothing typed is cleared on an error or a failed save.
 */
export function ComplaintForm({ onSubmit, onCancel }: ComplaintFormProps) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<'formHasErrors' | 'saveFailed' | null>(null);
  const form = useForm<ComplaintFormValues>({
    mode: 'controlled',
    initialValues: emptyComplaintForm(new Date()),
    validate: (values) => {
      const result = validateNewComplaint(toComplaintInput(values), new Date());
      if (result.ok) return {};
      const { receivedAt, ...others } = result.errors;
      const errors: Record<string, string> = {};
      for (const [field, message] of Object.entries(others)) errors[field] = t(message);
      if (receivedAt) errors['receivedDate'] = t(receivedAt);
      return errors;
    },
  });

  const submit = form.onSubmit(
    async (values) => {
      const result = validateNewComplaint(toComplaintInput(values), new Date());
      if (!result.ok) return;
      setProblem(null);
      try {
        await onSubmit(result.value);
      } catch {
        setProblem('saveFailed');
      }
    },
    () => setProblem('formHasErrors'),
  );

  const channelOptions = [
    { value: '', label: t('complaint.choose'), disabled: true },
    ...CHANNELS.map((c) => ({ value: c, label: t(channelLabel[c]) })),
  ];
  const causeOptions = [
    { value: '', label: t('complaint.choose'), disabled: true },
    ...CAUSES.map((c) => ({ value: c, label: t(causeLabel[c]) })),
  ];

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md" maw={760}>
        {problem && (
          <Alert color={problem === 'saveFailed' ? 'red' : 'orange'} role="alert">
            {t(problem === 'saveFailed' ? 'complaint.saveFailed' : 'complaint.formHasErrors')}
          </Alert>
        )}
        <TextInput
          label={t('complaint.field.clientName')}
          description={t('complaint.field.clientNameHint')}
          withAsterisk
          maxLength={TEXT_LIMITS.clientName}
          autoFocus
          {...form.getInputProps('clientName')}
        />
        <Group grow align="flex-start">
          <DateInput
            label={t('complaint.field.receivedDate')}
            withAsterisk
            valueFormat={DATE_FORMAT}
            dateParser={parseTypedDate}
            placeholder={t('complaint.field.datePlaceholder')}
            clearable
            clearButtonProps={{ 'aria-label': t('complaint.field.clearDate') }}
            {...form.getInputProps('receivedDate')}
          />
          <TimeInput label={t('complaint.field.receivedTime')} {...form.getInputProps('receivedTime')} />
        </Group>
        <Group grow align="flex-start">
          <NativeSelect
            label={t('complaint.field.channel')}
            withAsterisk
            data={channelOptions}
            {...form.getInputProps('channel')}
          />
          <NativeSelect
            label={t('complaint.field.cause')}
            description={t('complaint.field.causeHint')}
            withAsterisk
            data={causeOptions}
            {...form.getInputProps('cause')}
          />
        </Group>
        <TextInput
          label={t('complaint.field.title')}
          description={t('complaint.field.titleHint')}
          withAsterisk
          maxLength={TEXT_LIMITS.title}
          {...form.getInputProps('title')}
        />
        <Textarea
          label={t('complaint.field.description')}
          description={t('complaint.field.descriptionHint')}
          withAsterisk
          autosize
          minRows={5}
          maxLength={TEXT_LIMITS.description}
          {...form.getInputProps('description')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('complaint.cancel')}
          </Button>
          <Button type="submit" loading={form.submitting}>
            {t('complaint.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
