import { Group, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  completedSteps,
  currentStep,
  stepProgress,
  RECOVERY_STEPS,
  type Recovery,
} from '../../domain/recovery';
import { stepLabel } from './labels';
import classes from './RecoveryProgress.module.css';

/** The queue's compact indicator: seven small segments, complete steps filled, the current one marked. */
export function RecoveryProgress({ recovery }: { recovery: Recovery | undefined }) {
  const { t } = useTranslation();
  if (!recovery) return null;
  const current = currentStep(recovery.items);
  const label = t('recovery.progress', {
    done: completedSteps(recovery.items),
    total: RECOVERY_STEPS.length,
    step: current ? t(stepLabel[current]) : t('recovery.progressComplete'),
  });
  return (
    <Tooltip label={label}>
      <Group gap={2} wrap="nowrap" role="img" aria-label={label} className={classes.bar}>
        {stepProgress(recovery.items).map(({ step, done, total }) => (
          <span
            key={step}
            className={classes.segment}
            data-state={done === total ? 'done' : step === current ? 'current' : 'open'}
          />
        ))}
      </Group>
    </Tooltip>
  );
}
