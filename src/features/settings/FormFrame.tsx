import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import type { ComponentProps, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SaveStatus, type SaveState } from './SaveStatus';
import type { FormProblem } from './useSettingsForm';

interface FormFrameProps {
  readonly intro: string;
  readonly problem: FormProblem;
  readonly status: SaveState;
  readonly submitting: boolean;
  readonly onSubmit: ComponentProps<'form'>['onSubmit'];
  /** Extra buttons on the left of the footer. */
  readonly extra?: ReactNode;
  readonly children: ReactNode;
}

/** The frame every settings form shares: intro, problem banner, fields, save state and Save. */
export function FormFrame({ intro, problem, status, submitting, onSubmit, extra, children }: FormFrameProps) {
  const { t } = useTranslation();
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md" maw={760}>
        <Text c="dimmed">{intro}</Text>
        {problem && (
          <Alert color={problem === 'saveFailed' ? 'red' : 'orange'} role="alert">
            {t(problem === 'saveFailed' ? 'settings.saveFailed' : 'settings.formHasErrors')}
          </Alert>
        )}
        {children}
        <Group justify={extra ? 'space-between' : 'flex-end'}>
          {extra}
          <Group>
            <SaveStatus state={status} />
            <Button type="submit" loading={submitting}>
              {t('settings.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
