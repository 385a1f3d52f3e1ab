import { Alert, Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RecoveryStep } from '../../domain/recovery';
import { stepLabel } from './labels';
import { readableAlertTitle } from './alertStyles';

interface ChecklistOverrideAlertProps {
  steps: readonly RecoveryStep[];
  onConfirm: () => void;
}

/** Asks before a lifecycle step the checklist does not back yet; going ahead is recorded in the audit trail. */
export function ChecklistOverrideAlert({ steps, onConfirm }: ChecklistOverrideAlertProps) {
  const { t } = useTranslation();
  return (
    <Alert styles={readableAlertTitle} color="orange" role="alert" title={t('recovery.override.title')}>
      <Text size="sm" mb="xs">
        {t('recovery.override.text', { steps: steps.map((s) => t(stepLabel[s])).join(', ') })}
      </Text>
      <Button color="orange" onClick={onConfirm}>
        {t('recovery.override.confirm')}
      </Button>
    </Alert>
  );
}
