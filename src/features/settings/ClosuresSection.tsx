import { Alert, Button, Loader, Paper, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { IconPlus } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addClosure, removeClosure, useSetting } from '../../data';
import { SETTINGS_LIMITS, validateClosure, type ClosureRange } from '../../domain/settings';
import { currentLanguage, LOCALE_OF } from '../../i18n';
import { translateErrors } from './formErrors';
import { useReportUnsaved } from './unsavedChanges';

interface ClosureValues {
  label: string;
  from: string | null;
  to: string | null;
}

const EMPTY: ClosureValues = { label: '', from: null, to: null };

const toInput = (values: ClosureValues) => ({
  label: values.label,
  from: values.from ?? '',
  to: values.to ?? '',
});

/** Accepts 3/8/2026 as well as 03/08/2026; anything else is not a date. */
function parseTypedDate(value: string): string | null {
  const parsed = dayjs(value.trim(), ['DD/MM/YYYY', 'D/M/YYYY'], true);
  return parsed.isValid() ? parsed.format('YYYY-MM-DD') : null;
}

const dayLength = (c: ClosureRange) => dayjs(c.to).diff(dayjs(c.from), 'day') + 1;

/** The studio's closure days: deadlines stand still on them. */
export function ClosuresSection() {
  const { t, i18n } = useTranslation();
  const closures = useSetting('closures');
  const [failed, setFailed] = useState(false);
  const form = useForm<ClosureValues>({
    mode: 'controlled',
    initialValues: EMPTY,
    validate: (values) => {
      const result = validateClosure(toInput(values), closures ?? []);
      return result.ok ? {} : translateErrors(result.errors, t);
    },
  });
  useReportUnsaved('closures', form.isDirty());
  if (!closures) return <Loader />;

  const format = new Intl.DateTimeFormat(LOCALE_OF[currentLanguage(i18n.language)], {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  });
  const show = (date: string) => format.format(dayjs(date).toDate());

  const write = async (change: () => Promise<void>) => {
    setFailed(false);
    try {
      await change();
      return true;
    } catch {
      setFailed(true);
      return false;
    }
  };
  const add = form.onSubmit(async (values) => {
    const result = validateClosure(toInput(values), closures);
    // Cleared only if nothing was typed meanwhile: a quick second entry is not lost.
    const unchanged = () => JSON.stringify(form.getValues()) === JSON.stringify(values);
    if (result.ok && (await write(() => addClosure(result.value))) && unchanged()) form.reset();
  });
  const dateProps = {
    valueFormat: 'DD/MM/YYYY',
    dateParser: parseTypedDate,
    placeholder: t('settings.closures.datePlaceholder'),
    withAsterisk: true,
  };

  return (
    <Stack gap="md" maw={900}>
      <Text c="dimmed">{t('settings.closures.intro')}</Text>
      {failed && (
        <Alert color="red" role="alert">
          {t('settings.saveFailed')}
        </Alert>
      )}
      {closures.length === 0 ? (
        <Text c="dimmed">{t('settings.closures.empty')}</Text>
      ) : (
        <Paper withBorder>
          <Table verticalSpacing="xs" aria-label={t('settings.closures.tableLabel')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('settings.closures.column.label')}</Table.Th>
                <Table.Th>{t('settings.closures.column.from')}</Table.Th>
                <Table.Th>{t('settings.closures.column.to')}</Table.Th>
                <Table.Th>{t('settings.closures.column.length')}</Table.Th>
                <Table.Th ta="right">{t('settings.closures.column.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {closures.map((closure) => (
                <Table.Tr key={`${closure.from}/${closure.to}`}>
                  <Table.Td>{closure.label}</Table.Td>
                  <Table.Td>{show(closure.from)}</Table.Td>
                  <Table.Td>{show(closure.to)}</Table.Td>
                  <Table.Td>{t('settings.closures.days', { count: dayLength(closure) })}</Table.Td>
                  <Table.Td ta="right">
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      color="red"
                      aria-label={t('settings.closures.removeNamed', { label: closure.label })}
                      onClick={() => void write(() => removeClosure(closure))}
                    >
                      {t('settings.closures.remove')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      <form onSubmit={add} noValidate>
        <SimpleGrid cols={{ base: 1, sm: 4 }} spacing="sm" style={{ alignItems: 'start' }}>
          <TextInput
            label={t('settings.closures.label')}
            placeholder={t('settings.closures.labelPlaceholder')}
            withAsterisk
            maxLength={SETTINGS_LIMITS.closureLabel}
            {...form.getInputProps('label')}
          />
          <DateInput label={t('settings.closures.from')} {...dateProps} {...form.getInputProps('from')} />
          <DateInput label={t('settings.closures.to')} {...dateProps} {...form.getInputProps('to')} />
          <Button
            type="submit"
            mt={25}
            leftSection={<IconPlus size={16} aria-hidden />}
            loading={form.submitting}
          >
            {t('settings.closures.add')}
          </Button>
        </SimpleGrid>
      </form>
    </Stack>
  );
}
