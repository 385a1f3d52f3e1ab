import { SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { SETTINGS_LIMITS, type StudioProfile } from '../../domain/settings';

/** The studio's details as typed in a form. */
export type StudioValues = { [K in keyof StudioProfile]: string };

/** The studio's details, as typed; shared by Settings and the first-run wizard. */
export function StudioFields({ form }: { form: UseFormReturnType<StudioValues> }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <TextInput
        label={t('settings.studio.name')}
        placeholder={t('settings.studio.namePlaceholder')}
        withAsterisk
        maxLength={SETTINGS_LIMITS.name}
        {...form.getInputProps('name')}
      />
      <Textarea
        label={t('settings.studio.address')}
        autosize
        minRows={2}
        maxLength={SETTINGS_LIMITS.address}
        {...form.getInputProps('address')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('settings.studio.vatNumber')}
          inputMode="numeric"
          {...form.getInputProps('vatNumber')}
        />
        <TextInput label={t('settings.studio.phone')} type="tel" {...form.getInputProps('phone')} />
        <TextInput label={t('settings.studio.email')} type="email" {...form.getInputProps('email')} />
        <TextInput label={t('settings.studio.pec')} type="email" {...form.getInputProps('pec')} />
      </SimpleGrid>
    </Stack>
  );
}
