import { Button, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage, LOCALE_OF } from '../../i18n';
import { formatLocalDateTime } from '../../i18n/format';
import type { AutoBackupEntry } from '../../shared/ipc';

/** A file size as the locale writes it, in kB or MB. */
function formatSize(bytes: number, locale: string): string {
  const megabytes = bytes >= 1024 * 1024;
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: megabytes ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: megabytes ? 1 : 0,
  }).format(megabytes ? bytes / (1024 * 1024) : Math.max(1, Math.round(bytes / 1024)));
}

/** "Ripristina da…": the automatic backups in the folder, newest first, each restorable. */
export function AutoBackupList({
  backups,
  onRestore,
  busy,
}: {
  backups: readonly AutoBackupEntry[];
  onRestore: (backup: AutoBackupEntry) => void;
  busy: boolean;
}) {
  const { t, i18n } = useTranslation();
  const locale = LOCALE_OF[currentLanguage(i18n.language)];
  return (
    <Stack gap="xs" maw={760} mt="sm">
      <Title order={4} size="h5">
        {t('backup.auto.restoreFrom')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('backup.auto.restoreFromText')}
      </Text>
      <ScrollArea.Autosize mah={320}>
        <Table verticalSpacing="xs" aria-label={t('backup.auto.listLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('backup.auto.column.date')}</Table.Th>
              <Table.Th>{t('backup.auto.column.kind')}</Table.Th>
              <Table.Th ta="right">{t('backup.auto.column.size')}</Table.Th>
              <Table.Th ta="right">{t('backup.auto.column.action')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {backups.map((backup) => {
              const date = formatLocalDateTime(backup.localTime, locale);
              return (
                <Table.Tr key={backup.name}>
                  <Table.Td>{date}</Table.Td>
                  <Table.Td>
                    {t(backup.kind === 'daily' ? 'backup.auto.kind.daily' : 'backup.auto.kind.beforeUpgrade')}
                  </Table.Td>
                  <Table.Td ta="right">{formatSize(backup.size, locale)}</Table.Td>
                  <Table.Td ta="right">
                    <Button
                      size="xs"
                      variant="light"
                      disabled={busy}
                      aria-label={t('backup.auto.restoreThis', { date })}
                      onClick={() => onRestore(backup)}
                    >
                      {t('backup.auto.restore')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
    </Stack>
  );
}
