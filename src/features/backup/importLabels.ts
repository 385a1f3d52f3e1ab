import type { i18n as I18n, ParseKeys, TFunction } from 'i18next';
import type {
  ChoiceLabels,
  ImportRowError,
  RegisterField,
  RegisterMapping,
} from '../../domain/registerImport';
import type { ExportTable } from '../../domain/transfer';
import { causeLabel, channelLabel, severityLabel, stateLabel } from '../complaint';

/** Translation keys of the register fields, written out whole so the key check sees them. */
export const registerFieldLabel = {
  receivedAt: 'backup.import.field.receivedAt',
  client: 'backup.import.field.client',
  taxId: 'backup.import.field.taxId',
  email: 'backup.import.field.email',
  phone: 'backup.import.field.phone',
  annualValue: 'backup.import.field.annualValue',
  channel: 'backup.import.field.channel',
  cause: 'backup.import.field.cause',
  severity: 'backup.import.field.severity',
  state: 'backup.import.field.state',
  title: 'backup.import.field.title',
  clientWords: 'backup.import.field.clientWords',
  expectation: 'backup.import.field.expectation',
  remedy: 'backup.import.field.remedy',
  closedAt: 'backup.import.field.closedAt',
} as const satisfies Record<RegisterField, ParseKeys>;

const LANGUAGES = ['it', 'en'] as const;

/** Each choice's labels in Italian and English, so a register written in either language reads back. */
export function choiceLabels(i18n: I18n): ChoiceLabels {
  const ts = LANGUAGES.map((lng) => i18n.getFixedT(lng));
  const words = <K extends string>(labels: Readonly<Record<K, ParseKeys>>) =>
    Object.fromEntries(
      Object.entries<ParseKeys>(labels).map(([key, label]) => [key, ts.map((t) => t(label))]),
    ) as Record<K, string[]>;
  return {
    channel: words(channelLabel),
    cause: words(causeLabel),
    severity: words(severityLabel),
    state: words(stateLabel),
  };
}

/** The column a problem is in, as the file names it (or the field, when no column was chosen). */
export function problemColumn(
  error: ImportRowError,
  headers: readonly string[],
  mapping: RegisterMapping,
  t: TFunction,
): string {
  const index = mapping[error.field];
  const header = index === undefined ? undefined : headers[index];
  return header || t(registerFieldLabel[error.field]);
}

/** The problems as a table for the downloadable report: row, column, value, message. */
export function errorReport(
  errors: readonly ImportRowError[],
  headers: readonly string[],
  mapping: RegisterMapping,
  t: TFunction,
): ExportTable {
  return {
    headers: [
      t('backup.import.reportColumn.row'),
      t('backup.import.reportColumn.column'),
      t('backup.import.reportColumn.value'),
      t('backup.import.reportColumn.message'),
    ],
    rows: errors.map((error) => [
      { kind: 'number', value: error.row },
      { kind: 'text', value: problemColumn(error, headers, mapping, t) },
      { kind: 'text', value: error.value },
      { kind: 'text', value: t(error.message) },
    ]),
  };
}
