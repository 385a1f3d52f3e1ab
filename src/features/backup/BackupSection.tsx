import { Alert, Divider, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { platform } from '../../platform';
import { AuditChainPanel } from './AuditChainPanel';
import { CreateBackupPanel } from './CreateBackupPanel';
import { RestorePanel } from './RestorePanel';

/** Settings › Backup: save and restore the register, and check the audit trail's integrity. */
export function BackupSection() {
  const { t } = useTranslation();
  const [shell, setShell] = useState<'desktop' | 'browser'>();
  useEffect(() => {
    void platform.getAppInfo().then((info) => setShell(info.shell));
  }, []);

  return (
    <Stack gap="lg" maw={860}>
      <Text c="dimmed">{t('backup.intro')}</Text>
      {shell === 'browser' && (
        <Alert color="blue" variant="light" role="note" icon={<IconInfoCircle size={20} aria-hidden />}>
          {t('backup.browserOnlyManual')}
        </Alert>
      )}
      <CreateBackupPanel />
      <Divider />
      <RestorePanel />
      <Divider />
      <AuditChainPanel />
    </Stack>
  );
}
