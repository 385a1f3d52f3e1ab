import { Alert, Button, FileInput, Group, List, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { importRegister, listKnownClients } from '../../data';
import {
  guessRegisterMapping,
  planRegisterImport,
  REQUIRED_REGISTER_FIELDS,
  type RegisterImportResult,
  type RegisterMapping,
} from '../../domain/registerImport';
import { parseCsv, readXlsx, toItalianCsv, type ParsedTable } from '../../domain/transfer';
import { platform } from '../../platform';
import { ImportMapping } from './ImportMapping';
import { choiceLabels, errorReport, problemColumn, registerFieldLabel } from './importLabels';

/** How many problems the screen lists; the downloadable report has them all. */
const LISTED_ERRORS = 50;

async function readTable(file: File): Promise<ParsedTable> {
  return /\.xlsx$/i.test(file.name) ? readXlsx(await file.arrayBuffer()) : parseCsv(await file.text());
}

/**
 * Settings › Import: a studio's existing register (CSV or .xlsx) becomes
 * complaints and clients. Pick the file, check the guessed columns against a
 * preview, check every row; only a file without problems is imported, all of
 * it in one go, and a file with problems gets a list and a downloadable report.
 */
export function ImportSection() {
  const { t, i18n } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [table, setTable] = useState<ParsedTable | null>(null);
  const [mapping, setMapping] = useState<RegisterMapping>({});
  const [result, setResult] = useState<RegisterImportResult | null>(null);
  const [problem, setProblem] = useState<'unreadable' | 'failed' | null>(null);
  const [busy, setBusy] = useState(false);

  const reset = () => {
    setFile(null);
    setTable(null);
    setMapping({});
    setResult(null);
    setProblem(null);
  };
  const pick = async (picked: File | null) => {
    reset();
    setFile(picked);
    if (!picked) return;
    try {
      const read = await readTable(picked);
      setTable(read);
      setMapping(guessRegisterMapping(read.headers));
    } catch {
      setProblem('unreadable');
    }
  };
  const check = async () => {
    if (!table) return;
    setBusy(true);
    try {
      setResult(planRegisterImport(table, mapping, await listKnownClients(), choiceLabels(i18n), new Date()));
    } finally {
      setBusy(false);
    }
  };
  const run = async () => {
    if (!result?.ok) return;
    setBusy(true);
    try {
      const outcome = await importRegister(result.plan);
      reset();
      notifications.show({
        color: 'teal',
        message: t('backup.import.done', { complaints: outcome.complaints, clients: outcome.clients }),
        closeButtonProps: { 'aria-label': t('app.close') },
      });
    } catch {
      setProblem('failed');
    } finally {
      setBusy(false);
    }
  };
  const downloadReport = async () => {
    if (!table || !result || result.ok) return;
    await platform.saveFile({
      suggestedName: `${t('backup.import.reportName')}.csv`,
      content: toItalianCsv(errorReport(result.errors, table.headers, mapping, t)),
      filters: [{ name: t('backup.export.csvFilter'), extensions: ['csv'] }],
    });
  };

  const missing = REQUIRED_REGISTER_FIELDS.filter((f) => mapping[f] === undefined);
  const errors = result && !result.ok ? result.errors : [];

  return (
    <Stack gap="md" maw={960}>
      <Text c="dimmed">{t('backup.import.intro')}</Text>
      <FileInput
        label={t('backup.import.file')}
        placeholder={t('backup.import.filePlaceholder')}
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        leftSection={<IconFileImport size={16} aria-hidden />}
        value={file}
        onChange={(f) => void pick(f)}
        clearable
        clearButtonProps={{ 'aria-label': t('backup.import.clearFile') }}
        maw={480}
      />
      {problem && (
        <Alert color="red" role="alert">
          {t(problem === 'unreadable' ? 'backup.import.unreadable' : 'backup.import.failed')}
        </Alert>
      )}
      {table && table.rows.length === 0 && (
        <Alert color="orange" role="alert">
          {t('backup.import.empty')}
        </Alert>
      )}
      {table && table.rows.length > 0 && (
        <ImportMapping
          table={table}
          mapping={mapping}
          onChange={(next) => {
            setMapping(next);
            setResult(null);
          }}
        />
      )}
      {table && table.rows.length > 0 && missing.length > 0 && (
        <Alert color="orange" title={t('backup.import.missingTitle')}>
          {missing.map((f) => t(registerFieldLabel[f])).join(', ')}
        </Alert>
      )}
      {result?.ok && (
        <Alert color="teal" title={t('backup.import.ready')}>
          {t('backup.import.summary', {
            complaints: result.plan.complaints.length,
            newClients: result.plan.clients.length,
          })}
        </Alert>
      )}
      {table && errors.length > 0 && (
        <Alert color="red" role="alert" title={t('backup.import.rejected', { count: errors.length })}>
          <Stack gap="xs">
            <Text size="sm">{t('backup.import.rejectedText')}</Text>
            {/* Focusable, so the list scrolls from the keyboard too. */}
            <List size="sm" mah={260} style={{ overflow: 'auto' }} tabIndex={0}>
              {errors.slice(0, LISTED_ERRORS).map((e, i) => (
                <List.Item key={i}>
                  {t('backup.import.rowError', {
                    row: e.row,
                    column: problemColumn(e, table.headers, mapping, t),
                    message: t(e.message),
                    value: e.value || '∅',
                  })}
                </List.Item>
              ))}
            </List>
            {errors.length > LISTED_ERRORS && (
              <Text size="sm">{t('backup.import.more', { count: errors.length - LISTED_ERRORS })}</Text>
            )}
            <Group>
              <Button
                variant="default"
                size="xs"
                leftSection={<IconDownload size={14} aria-hidden />}
                onClick={() => void downloadReport()}
              >
                {t('backup.import.report')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
      {busy && result?.ok && (
        <Text size="sm" role="status">
          {t('backup.import.running')}
        </Text>
      )}
      {table && table.rows.length > 0 && (
        <Group>
          {result?.ok ? (
            <Button onClick={() => void run()} loading={busy}>
              {t('backup.import.run', { count: result.plan.complaints.length })}
            </Button>
          ) : (
            <Button onClick={() => void check()} loading={busy} disabled={missing.length > 0}>
              {t('backup.import.check')}
            </Button>
          )}
          <Button variant="default" onClick={reset} disabled={busy}>
            {t('backup.import.cancel')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
