import {
  Alert,
  Button,
  FileInput,
  Group,
  List,
  Modal,
  NativeSelect,
  SimpleGrid,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { importSurveys } from '../../data';
import {
  CSV_FIELDS,
  guessMapping,
  mapCsvRows,
  REQUIRED_CSV_FIELDS,
  type CsvField,
  type CsvMapping,
} from '../../domain/surveys';
import { parseCsv, type ParsedTable } from '../../domain/transfer';
import { csvFieldLabel } from './labels';
import { today } from './today';

interface RowError {
  readonly row: number;
  readonly field: CsvField | 'serviceArea';
  readonly value: string;
}

const PREVIEW_ROWS = 5;

/**
 * Imports answers from a form tool's CSV: pick the file, check the guessed
 * column for each field against a preview, import. Any bad row stops the whole
 * import and is listed with its line number; nothing is stored until all are good.
 */
export function CsvImportModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [csv, setCsv] = useState<ParsedTable | null>(null);
  const [mapping, setMapping] = useState<CsvMapping>({});
  const [errors, setErrors] = useState<RowError[]>([]);
  const [busy, setBusy] = useState(false);

  const reset = () => {
    setFile(null);
    setCsv(null);
    setMapping({});
    setErrors([]);
  };
  const close = () => {
    reset();
    onClose();
  };
  const pick = async (picked: File | null) => {
    reset();
    setFile(picked);
    if (!picked) return;
    const parsed = parseCsv(await picked.text());
    setCsv(parsed);
    setMapping(guessMapping(parsed.headers));
  };
  const missing = REQUIRED_CSV_FIELDS.filter((f) => mapping[f] === undefined);
  const run = async () => {
    if (!csv) return;
    setBusy(true);
    try {
      const mapped = mapCsvRows(csv.rows, mapping);
      if (mapped.errors.length > 0) return setErrors(mapped.errors);
      const result = await importSurveys(mapped.surveys, today());
      if (result.errors.length > 0) return setErrors(result.errors);
      notifications.show({
        color: 'teal',
        message: t('surveys.import.done', { count: result.imported }),
        closeButtonProps: { 'aria-label': t('app.close') },
      });
      close();
    } finally {
      setBusy(false);
    }
  };
  const columnOptions = [
    { value: '', label: t('surveys.import.notImported') },
    ...(csv?.headers ?? []).map((h, i) => ({
      value: String(i),
      label: h || t('surveys.import.column', { n: i + 1 }),
    })),
  ];
  const mappedFields = CSV_FIELDS.filter((f) => mapping[f] !== undefined);

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('surveys.import.title')}
      size="xl"
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      <Stack>
        <Text size="sm" c="dimmed">
          {t('surveys.import.hint')}
        </Text>
        <FileInput
          label={t('surveys.import.file')}
          accept=".csv,text/csv"
          value={file}
          onChange={(f) => void pick(f)}
          clearable
        />
        {csv && (
          <>
            <Text size="sm">{t('surveys.import.rows', { count: csv.rows.length })}</Text>
            <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
              {CSV_FIELDS.map((field) => (
                <NativeSelect
                  key={field}
                  size="xs"
                  label={t(csvFieldLabel[field])}
                  withAsterisk={REQUIRED_CSV_FIELDS.includes(field)}
                  value={mapping[field] === undefined ? '' : String(mapping[field])}
                  onChange={(e) => {
                    const { [field]: _old, ...rest } = mapping;
                    const v = e.currentTarget.value;
                    setMapping(v === '' ? rest : { ...rest, [field]: Number(v) });
                    setErrors([]);
                  }}
                  data={columnOptions}
                />
              ))}
            </SimpleGrid>
            <Table.ScrollContainer minWidth={500}>
              <Table withTableBorder fz="xs">
                <Table.Caption>{t('surveys.import.preview')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('surveys.import.line')}</Table.Th>
                    {mappedFields.map((f) => (
                      <Table.Th key={f}>{t(csvFieldLabel[f])}</Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {csv.rows.slice(0, PREVIEW_ROWS).map((row, i) => (
                    <Table.Tr key={i}>
                      <Table.Td>{i + 2}</Table.Td>
                      {mappedFields.map((f) => (
                        <Table.Td key={f}>{row[mapping[f] ?? -1] ?? ''}</Table.Td>
                      ))}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </>
        )}
        {missing.length > 0 && csv && (
          <Alert color="orange" title={t('surveys.import.missingTitle')}>
            {missing.map((f) => t(csvFieldLabel[f])).join(', ')}
          </Alert>
        )}
        {errors.length > 0 && (
          <Alert color="red" title={t('surveys.import.rejected', { count: errors.length })} role="alert">
            <List size="sm" mah={220} style={{ overflow: 'auto' }}>
              {errors.map((e, i) => (
                <List.Item key={i}>
                  {t('surveys.import.rowError', {
                    row: e.row,
                    field: t(csvFieldLabel[e.field]),
                    value: e.value || '∅',
                  })}
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('surveys.import.cancel')}
          </Button>
          <Button
            onClick={() => void run()}
            loading={busy}
            disabled={!csv || csv.rows.length === 0 || missing.length > 0}
          >
            {t('surveys.import.run', { count: csv?.rows.length ?? 0 })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
