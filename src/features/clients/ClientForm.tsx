import { Alert, Button, Fieldset, Group, Radio, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CLIENT_KINDS, type NewClient } from '../../domain/client/client';
import { validateClient } from '../../domain/client/clientValidation';
import { TEXT_LIMITS } from '../../domain/complaint';
import { parseTypedDate, toClientInput, type ClientFormValues } from './clientFormValues';
import { kindLabel } from './labels';

interface ClientFormProps {
  initialValues: ClientFormValues;
  onSubmit: (client: NewClient) => Promise<void>;
  onCancel: () => void;
}

/**
 * Creates or edits a client. Validation is the domain's; the form only
 * translates its messages, and keeps everything typed on an error or a failed save.
 */
export function ClientForm({ initialValues, onSubmit, onCancel }: ClientFormProps) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<'formHasErrors' | 'saveFailed' | null>(null);

  const form = useForm<ClientFormValues>({
    mode: 'controlled',
    initialValues,
    validate: (values) => {
      const result = validateClient(toClientInput(values), new Date());
      if (result.ok) return {};
      return Object.fromEntries(Object.entries(result.errors).map(([field, key]) => [field, t(key)]));
    },
  });

  const submit = form.onSubmit(
    async (values) => {
      const result = validateClient(toClientInput(values), new Date());
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

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md" maw={980}>
        {problem && (
          <Alert color={problem === 'saveFailed' ? 'red' : 'orange'} role="alert">
            {t(problem === 'saveFailed' ? 'clients.form.saveFailed' : 'clients.form.formHasErrors')}
          </Alert>
        )}
        <Fieldset legend={t('clients.form.identity')}>
          <Stack>
            <Radio.Group label={t('clients.form.kind')} withAsterisk {...form.getInputProps('kind')}>
              <Group mt={6}>
                {CLIENT_KINDS.map((kind) => (
                  <Radio key={kind} value={kind} label={t(kindLabel[kind])} />
                ))}
              </Group>
            </Radio.Group>
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <TextInput
                label={t('clients.form.name')}
                withAsterisk
                maxLength={TEXT_LIMITS.name}
                autoFocus
                {...form.getInputProps('name')}
              />
              <TextInput
                label={t('clients.form.taxId')}
                description={t('clients.form.taxIdHint')}
                inputWrapperOrder={['label', 'input', 'description', 'error']}
                autoComplete="off"
                spellCheck={false}
                {...form.getInputProps('taxId')}
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>

        <Fieldset legend={t('clients.form.contacts')}>
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            <TextInput type="email" label={t('clients.form.email')} {...form.getInputProps('email')} />
            <TextInput type="tel" label={t('clients.form.phone')} {...form.getInputProps('phone')} />
            <TextInput type="email" label={t('clients.form.pec')} {...form.getInputProps('pec')} />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend={t('clients.form.relationship')}>
          <Stack>
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <TextInput
                label={t('clients.form.annualValue')}
                description={t('clients.form.annualValueHint')}
                inputMode="decimal"
                {...form.getInputProps('annualValue')}
              />
              <DateInput
                label={t('clients.form.clientSince')}
                description={t('clients.form.clientSinceHint')}
                valueFormat="DD/MM/YYYY"
                dateParser={parseTypedDate}
                placeholder={t('clients.form.datePlaceholder')}
                clearable
                clearButtonProps={{ 'aria-label': t('clients.form.clearDate') }}
                {...form.getInputProps('clientSince')}
              />
            </SimpleGrid>
            <Textarea
              label={t('clients.form.notes')}
              autosize
              minRows={3}
              maxLength={TEXT_LIMITS.longText}
              {...form.getInputProps('notes')}
            />
          </Stack>
        </Fieldset>

        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('clients.form.cancel')}
          </Button>
          <Button type="submit" loading={form.submitting}>
            {t('clients.form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
