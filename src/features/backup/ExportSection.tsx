import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileSpreadsheet, IconTableExport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listRegister } from '../../data';
import { toItalianCsv, toXlsx } from '../../domain/transfer';
import { platform } from '../../platform';
import { registerTable } from './registerTable';

type Format = 'csv' | 'xlsx';

const today = () => new Date().toLocaleDateString('sv').slice(0, 10);

/** Settings › Export: the whole register as a CSV for Italian Excel or as an .xlsx workbook. */
export function ExportSection() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<Format | null>(null);
  const [failed, setFailed] = useState(false);

  const exportAs = async (format: Format) => {
    setBusy(format);
    setFailed(false);
    try {
      const table = registerTable(await listRegister(), t);
      const content = format === 'csv' ? toItalianCsv(table) : await toXlsx(table, t('backup.export.sheet'));
      const result = await platform.saveFile({
        suggestedName: `riparo-registro-${today()}.${format}`,
        content,
        filters: [
          {
            name: t(format === 'csv' ? 'backup.export.csvFilter' : 'backup.export.xlsxFilter'),
            extensions: [format],
          },
        ],
      });
      if (result.saved) {
        notifications.show({
          color: 'teal',
          message: t('backup.export.saved', { fileName: result.fileName }),
        });
      }
    } catch {
      setFailed(true);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Stack gap="md" maw={760}>
      <Text c="dimmed">{t('backup.export.intro')}</Text>
      {failed && (
        <Alert color="red" role="alert">
          {t('backup.export.failed')}
        </Alert>
      )}
      <Group>
        <Button
          leftSection={<IconTableExport size={16} aria-hidden />}
          onClick={() => void exportAs('csv')}
          loading={busy === 'csv'}
          disabled={busy !== null}
        >
          {t('backup.export.csv')}
        </Button>
        <Button
          variant="default"
          leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
          onClick={() => void exportAs('xlsx')}
          loading={busy === 'xlsx'}
          disabled={busy !== null}
        >
          {t('backup.export.xlsx')}
        </Button>
      </Group>
    </Stack>
  );
}
