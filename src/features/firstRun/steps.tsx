import { Button, Checkbox, Stack, Text, TextInput, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { SETTINGS_LIMITS } from '../../domain/settings';

export type UserValues = { name: string; role: string };

export function WelcomeStep({
  onStart,
  onSkip,
  skipping,
}: {
  onStart: () => void;
  onSkip: () => void;
  skipping: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" align="flex-start">
      <Text size="lg">{t('firstRun.welcome')}</Text>
      <Text c="dimmed">{t('firstRun.offline')}</Text>
      <Button size="md" rightSection={<IconArrowRight size={18} aria-hidden />} onClick={onStart}>
        {t('firstRun.start')}
      </Button>
      <Stack gap={4} mt="md">
        <Text size="sm" c="dimmed">
          {t('firstRun.skipHint')}
        </Text>
        <Button variant="default" onClick={onSkip} loading={skipping} w="fit-content">
          {t('firstRun.skip')}
        </Button>
      </Stack>
    </Stack>
  );
}

export function StepIntro({ title, text }: { title: string; text: string }) {
  return (
    <div>
      <Title order={2} size="h3">
        {title}
      </Title>
      <Text c="dimmed" mt={4}>
        {text}
      </Text>
    </div>
  );
}

export function UserStep({ form }: { form: UseFormReturnType<UserValues> }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <StepIntro title={t('firstRun.step.user')} text={t('firstRun.userIntro')} />
      <TextInput
        label={t('settings.staff.name')}
        withAsterisk
        maxLength={SETTINGS_LIMITS.listName}
        {...form.getInputProps('name')}
      />
      <TextInput
        label={t('settings.staff.role')}
        placeholder={t('settings.staff.rolePlaceholder')}
        maxLength={SETTINGS_LIMITS.role}
        {...form.getInputProps('role')}
      />
    </Stack>
  );
}

export function DemoStep({ withDemo, onChange }: { withDemo: boolean; onChange: (value: boolean) => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <StepIntro title={t('firstRun.step.demo')} text={t('firstRun.demoIntro')} />
      <Checkbox
        size="md"
        label={t('firstRun.demoOption')}
        description={t('firstRun.demoOptionHint')}
        checked={withDemo}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
    </Stack>
  );
}
