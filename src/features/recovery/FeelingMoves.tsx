import { List, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FeelingRating } from '../../domain/complaint';
import { feelingsToAddress, type FeelingStep } from '../../domain/recovery';
import { feelingLabel } from '../complaint';
import { feelingMove } from './labels';

/** Concrete moves matched to the feelings recorded at intake, strongest first. */
export function FeelingMoves({ step, feelings }: { step: FeelingStep; feelings: readonly FeelingRating[] }) {
  const { t } = useTranslation();
  const toAddress = feelingsToAddress(feelings);
  if (toAddress.length === 0) return null;
  return (
    <Paper bg="var(--mantine-color-default-hover)" p="sm" radius="sm">
      <Text size="sm" fw={600} mb={4}>
        {t('recovery.move.title')}
      </Text>
      <List size="sm" spacing={4}>
        {toAddress.map((feeling) => (
          <List.Item key={feeling}>
            <Text span size="sm" fw={500}>
              {t(feelingLabel[feeling])}:
            </Text>{' '}
            {t(feelingMove[step][feeling])}
          </List.Item>
        ))}
      </List>
    </Paper>
  );
}
