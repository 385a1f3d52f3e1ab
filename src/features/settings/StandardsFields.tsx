import { SimpleGrid, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import { STANDARD_KEYS, type StandardKey, type Standards } from '../../domain/deadlines';

/** The standards as typed: text, so that a wrong entry stays on screen next to its message. */
export type StandardsValues = { [K in keyof Standards]: string };

export function toStandardsValues(standards: Standards): StandardsValues {
  return {
    acknowledgeDays: String(standards.acknowledgeDays),
    respondDays: String(standards.respondDays),
    resolveDays: String(standards.resolveDays),
    followUpDays: String(standards.followUpDays),
  };
}

const FIELDS = {
  acknowledge: {
    field: 'acknowledgeDays',
    label: 'settings.standards.acknowledgeDays',
    hint: 'settings.standards.acknowledgeHint',
  },
  respond: {
    field: 'respondDays',
    label: 'settings.standards.respondDays',
    hint: 'settings.standards.respondHint',
  },
  resolve: {
    field: 'resolveDays',
    label: 'settings.standards.resolveDays',
    hint: 'settings.standards.resolveHint',
  },
  followUp: {
    field: 'followUpDays',
    label: 'settings.standards.followUpDays',
    hint: 'settings.standards.followUpHint',
  },
} as const satisfies Record<StandardKey, { field: keyof Standards; label: ParseKeys; hint: ParseKeys }>;

/** The four target times, each with a line saying what it measures; shared by Settings and the wizard. */
export function StandardsFields({ form }: { form: UseFormReturnType<StandardsValues> }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
      {STANDARD_KEYS.map((key) => {
        const { field, label, hint } = FIELDS[key];
        return (
          <TextInput
            key={key}
            label={t(label)}
            description={t(hint)}
            withAsterisk
            inputMode="numeric"
            maxLength={6}
            rightSection={
              <Text size="sm" c="dimmed" aria-hidden>
                {t('settings.standards.days')}
              </Text>
            }
            rightSectionWidth={64}
            {...form.getInputProps(field)}
          />
        );
      })}
    </SimpleGrid>
  );
}
