import { Table, Text } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueueRow } from '../../data';
import type { Recovery } from '../../domain/recovery';
import { formatLocalDateTime } from '../../i18n/format';
import { StateBadge } from '../../ui/StateBadge';
import { causeLabel, severityLabel, stateLabel } from '../complaint';
import { RecoveryProgress } from '../recovery';
import { DueCell } from './DueCell';
import classes from './QueueTable.module.css';

interface QueueRowCellsProps {
  row: QueueRow;
  recovery: Recovery | undefined;
  today: string;
  locale: string;
}

/**
 * One complaint's cells in the queue. Kept apart and memoised: while the
 * queue scrolls, every frame renders the rows on screen again, and only the
 * rows that just came into view need their cells drawn.
 */
export const QueueRowCells = memo(function QueueRowCells({
  row,
  recovery,
  today,
  locale,
}: QueueRowCellsProps) {
  const { t } = useTranslation();
  return (
    <>
      <Table.Td className={classes.code}>{row.code}</Table.Td>
      <Table.Td className={classes.nowrap}>{formatLocalDateTime(row.receivedAt, locale)}</Table.Td>
      <Table.Td className={classes.clip}>{row.clientName}</Table.Td>
      <Table.Td className={classes.clip}>
        <Text span fw={500} size="sm">
          {row.title}
        </Text>
      </Table.Td>
      <Table.Td className={classes.clip}>{t(causeLabel[row.cause])}</Table.Td>
      <Table.Td className={classes.nowrap}>{t(severityLabel[row.severity])}</Table.Td>
      <Table.Td className={classes.nowrap}>
        <StateBadge state={row.state} label={t(stateLabel[row.state])} />
      </Table.Td>
      <Table.Td className={classes.nowrap}>
        <RecoveryProgress recovery={recovery} />
      </Table.Td>
      <Table.Td className={classes.nowrap}>
        <DueCell dueDate={row.dueDate} today={today} locale={locale} />
      </Table.Td>
    </>
  );
});
