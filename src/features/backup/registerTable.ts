import type { TFunction } from 'i18next';
import type { RegisterEntry } from '../../data';
import type { Cell, ExportTable } from '../../domain/transfer';
import { causeLabel, channelLabel, severityLabel, stateLabel } from '../complaint';

const text = (value: string | undefined): Cell => (value ? { kind: 'text', value } : null);

/** The register as a table with the studio's column names and labels, ready for CSV or Excel. */
export function registerTable(entries: readonly RegisterEntry[], t: TFunction): ExportTable {
  return {
    headers: [
      t('backup.export.column.code'),
      t('backup.export.column.receivedAt'),
      t('backup.export.column.client'),
      t('backup.export.column.channel'),
      t('backup.export.column.cause'),
      t('backup.export.column.severity'),
      t('backup.export.column.state'),
      t('backup.export.column.title'),
      t('backup.export.column.clientWords'),
      t('backup.export.column.expectation'),
      t('backup.export.column.remedy'),
      t('backup.export.column.closedAt'),
      t('backup.export.column.annualValue'),
    ],
    rows: entries.map(({ complaint: c, client }) => [
      text(c.code),
      { kind: 'datetime', value: c.receivedAt },
      text(c.clientName),
      text(t(channelLabel[c.channel])),
      text(t(causeLabel[c.cause])),
      text(t(severityLabel[c.severity])),
      text(t(stateLabel[c.state])),
      text(c.title),
      text(c.clientWords),
      text(c.expectation),
      text(c.remedyRequested),
      c.milestones.closedAt ? { kind: 'datetime', value: c.milestones.closedAt } : null,
      client?.annualValue === undefined ? null : { kind: 'number', value: client.annualValue },
    ]),
  };
}
