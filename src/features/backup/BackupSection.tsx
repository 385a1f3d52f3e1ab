import { Alert, Divider, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AuditChainPanel } from './AuditChainPanel';
import { AutoBackupPanel } from './AutoBackupPanel';
import { useAutoBackupStatus } from './autoBackupStatus';
import { CreateBackupPanel } from './CreateBackupPanel';
import { RestorePanel } from './RestorePanel';

/**
 * Settings › Backup: automatic backups (desktop app) or why there are none
 * (browser), saving and restoring the register by hand, and checking the
 * audit trail's integrity.
 */
export function BackupSection() {
  const { t } = useTranslation();
  const { status } = useAutoBackupStatus();

  return (
    <Stack gap="lg" maw={860}>
      <Text c="dimmed">{t('backup.intro')}</Text>
      {status?.available === false && (
        <Alert color="blue" variant="light" role="note" icon={<IconInfoCircle size={20} aria-hidden />}>
          {t('backup.browserOnlyManual')}
        </Alert>
      )}
      {status === null && (
        <Alert color="red" role="alert" maw={760}>
          {t('backup.auto.unreadable')}
        </Alert>
      )}
      {status?.available && (
        <>
          <AutoBackupPanel status={status} />
          <Divider />
        </>
      )}
      <CreateBackupPanel />
      <Divider />
      <RestorePanel />
      <Divider />
      <AuditChainPanel />
    </Stack>
  );
}
