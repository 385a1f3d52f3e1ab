import {
  Alert,
  Button,
  Fieldset,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { DateInput, TimeInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useDebouncedCallback } from '@mantine/hooks';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServiceAreas, useStaff, useSubCauses } from '../../data';
import {
  CAUSES,
  CHANNELS,
  SEVERITIES,
  TEXT_LIMITS,
  validateComplaintIntake,
  type ComplaintIntake,
} from '../../domain/complaint';
import { ClientField } from './ClientField';
import { FeelingsField } from './FeelingsField';
import { intakeDraft } from './intakeDraft';
import { emptyIntake, toIntakeInput, type IntakeValues } from './intakeValues';
import { causeLabel, channelLabel, severityLabel } from './labels';

/** Accepts 3/4/2026 as well as 03/04/2026; anything else is not a date. */
function parseTypedDate(value: string): string | null {
  const parsed = dayjs(value.trim(), ['DD/MM/YYYY', 'D/M/YYYY'], true);
  return parsed.isValid() ? parsed.format('YYYY-MM-DD') : null;
}

interface ComplaintFormProps {
  onSubmit: (intake: ComplaintIntake) => Promise<void>;
  onCancel: () => void;
}

/**
 * The intake form. Validation is the domain's; the form only translates its
 * messages. Nothing typed is lost: not on an error, not on a failed save, not
 * when the window closes (the draft is kept until saved or discarded).
 */
export function ComplaintForm({ onSubmit, onCancel }: ComplaintFormProps) {
  const { t } = useTranslation();
  const staff = useStaff() ?? [];
  const serviceAreas = useServiceAreas() ?? [];
  const subCauses = useSubCauses() ?? [];
  const [draft, setDraft] = useState(() => intakeDraft.load(new Date()));
  const [problem, setProblem] = useState<'formHasErrors' | 'saveFailed' | null>(null);
  const keepDraft = useDebouncedCallback((values: IntakeValues) => intakeDraft.save(values), 300);

  const form = useForm<IntakeValues>({
    mode: 'controlled',
    initialValues: draft ?? emptyIntake(new Date()),
    onValuesChange: keepDraft,
    validate: (values) => {
      const result = validateComplaintIntake(toIntakeInput(values), new Date());
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
      const result = validateComplaintIntake(toIntakeInput(values), new Date());
      if (!result.ok) return;
      setProblem(null);
      try {
        keepDraft.cancel();
        await onSubmit(result.value);
        intakeDraft.clear();
      } catch {
        setProblem('saveFailed');
      }
    },
    () => setProblem('formHasErrors'),
  );

  const discardDraft = () => {
    keepDraft.cancel();
    intakeDraft.clear();
    form.setValues(emptyIntake(new Date()));
    setDraft(null);
    setProblem(null);
  };

  const choose = { value: '', label: t('complaint.choose'), disabled: true };
  const none = { value: '', label: t('complaint.field.none') };
  const activeOr = <T extends { id: string; active: boolean }>(list: T[], current: string) =>
    list.filter((item) => item.active || item.id === current);
  const causeSubCauses = subCauses.filter((s) => s.cause === form.values.cause);

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md" maw={980}>
        {problem && (
          <Alert color={problem === 'saveFailed' ? 'red' : 'orange'} role="alert">
            {t(problem === 'saveFailed' ? 'complaint.saveFailed' : 'complaint.formHasErrors')}
          </Alert>
        )}
        {draft && (
          <Alert color="blue" variant="light">
            <Group justify="space-between">
              {t('complaint.draftRestored')}
              <Button size="xs" variant="subtle" onClick={discardDraft}>
                {t('complaint.discardDraft')}
              </Button>
            </Group>
          </Alert>
        )}
        <Fieldset legend={t('complaint.section.who')}>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <ClientField
              value={form.values.client}
              onChange={(v) => form.setFieldValue('client', v)}
              error={form.errors['client']}
            />
            <Group grow align="flex-start">
              <DateInput
                label={t('complaint.field.receivedDate')}
                withAsterisk
                valueFormat="DD/MM/YYYY"
                dateParser={parseTypedDate}
                placeholder={t('complaint.field.datePlaceholder')}
                clearable
                clearButtonProps={{ 'aria-label': t('complaint.field.clearDate') }}
                {...form.getInputProps('receivedDate')}
              />
              <TimeInput label={t('complaint.field.receivedTime')} {...form.getInputProps('receivedTime')} />
            </Group>
            <NativeSelect
              label={t('complaint.field.channel')}
              withAsterisk
              data={[choose, ...CHANNELS.map((c) => ({ value: c, label: t(channelLabel[c]) }))]}
              {...form.getInputProps('channel')}
            />
            <NativeSelect
              label={t('complaint.field.handler')}
              description={t('complaint.field.handlerHint')}
              data={[
                none,
                ...activeOr(staff, form.values.handlerId).map((s) => ({ value: s.id, label: s.name })),
              ]}
              {...form.getInputProps('handlerId')}
            />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend={t('complaint.section.what')}>
          <Stack>
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <NativeSelect
                label={t('complaint.field.cause')}
                description={t('complaint.field.causeHint')}
                withAsterisk
                data={[choose, ...CAUSES.map((c) => ({ value: c, label: t(causeLabel[c]) }))]}
                {...form.getInputProps('cause')}
                onChange={(event) => {
                  form.setFieldValue('cause', event.currentTarget.value);
                  form.setFieldValue('subCauseId', '');
                }}
              />
              <NativeSelect
                label={t('complaint.field.subCause')}
                disabled={causeSubCauses.length === 0}
                data={[
                  none,
                  ...activeOr(causeSubCauses, form.values.subCauseId).map((s) => ({
                    value: s.id,
                    label: s.name,
                  })),
                ]}
                {...form.getInputProps('subCauseId')}
              />
              <NativeSelect
                label={t('complaint.field.serviceArea')}
                data={[
                  none,
                  ...activeOr(serviceAreas, form.values.serviceAreaId).map((a) => ({
                    value: a.id,
                    label: a.name,
                  })),
                ]}
                {...form.getInputProps('serviceAreaId')}
              />
              <NativeSelect
                label={t('complaint.field.severity')}
                withAsterisk
                data={SEVERITIES.map((s) => ({ value: s, label: t(severityLabel[s]) }))}
                {...form.getInputProps('severity')}
              />
            </SimpleGrid>
            <TextInput
              label={t('complaint.field.title')}
              description={t('complaint.field.titleHint')}
              withAsterisk
              maxLength={TEXT_LIMITS.title}
              {...form.getInputProps('title')}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend={t('complaint.section.listen')}>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Stack>
              <Textarea
                label={t('complaint.field.clientWords')}
                description={t('complaint.field.clientWordsHint')}
                withAsterisk
                autosize
                minRows={5}
                maxLength={TEXT_LIMITS.longText}
                {...form.getInputProps('clientWords')}
              />
              <Textarea
                label={t('complaint.field.expectation')}
                description={t('complaint.field.expectationHint')}
                autosize
                minRows={2}
                maxLength={TEXT_LIMITS.shortText}
                {...form.getInputProps('expectation')}
              />
              <Textarea
                label={t('complaint.field.remedyRequested')}
                description={t('complaint.field.remedyRequestedHint')}
                autosize
                minRows={2}
                maxLength={TEXT_LIMITS.shortText}
                {...form.getInputProps('remedyRequested')}
              />
            </Stack>
            <FeelingsField value={form.values.feelings} onChange={(v) => form.setFieldValue('feelings', v)} />
          </SimpleGrid>
        </Fieldset>

        <Group justify="flex-end">
          <Button
            variant="default"
            onClick={() => {
              // Cancelling is a decision: only an accidental close keeps the draft.
              keepDraft.cancel();
              intakeDraft.clear();
              onCancel();
            }}
          >
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
