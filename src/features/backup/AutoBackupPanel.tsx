import { Alert, Button, Code, Group, Stack, Switch, Text, Title } from '@mantine/core';
import { IconFolder, IconFolderCog } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toLocalDateTime } from '../../domain/complaint';
import { latestBackup } from '../../domain/backup';
import { currentLanguage, LOCALE_OF } from '../../i18n';
import { formatLocalDateTime } from '../../i18n/format';
import { platform } from '../../platform';
import type { AutoBackupStatus } from '../../shared/ipc';
import { takeDailyBackupIfDue } from './autoBackupRunner';
import { announceAutoBackupChange } from './autoBackupStatus';

type Available = Extract<AutoBackupStatus, { available: true }>;

/**
 * Settings › Backup in the desktop app: automatic backups on or off, the
 * folder they go to, and when the last one was taken. Switching them on or
 * moving them to another folder takes today's backup there at once.
 */
export function AutoBackupPanel({ status }: { status: Available }) {
  const { t, i18n } = useTranslation();
  const locale = LOCALE_OF[currentLanguage(i18n.language)];
  const [problem, setProblem] = useState(false);
  const [busy, setBusy] = useState(false);
  const latest = latestBackup(status.backups);

  const change = async (action: () => Promise<AutoBackupStatus>) => {
    setBusy(true);
    setProblem(false);
    try {
      const next = await action();
      announceAutoBackupChange();
      if (next.available && next.enabled) {
        const outcome = await takeDailyBackupIfDue(toLocalDateTime(new Date()).slice(0, 10));
        if (outcome === 'failed') setProblem(true);
      }
    } catch {
      setProblem(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        {t('backup.auto.title')}
      </Title>
      <Switch
        checked={status.enabled}
        disabled={busy}
        label={t('backup.auto.enabled')}
        description={t('backup.auto.policy')}
        onChange={(event) => {
          const enabled = event.currentTarget.checked;
          void change(() => platform.setAutoBackupsEnabled(enabled));
        }}
        maw={760}
      />
      <Stack gap={4}>
        <Text size="sm" fw={600}>
          {t('backup.auto.folder')}
        </Text>
        <Code block maw={760}>
          {status.folder}
        </Code>
      </Stack>
      <Group>
        <Button
          variant="default"
          leftSection={<IconFolderCog size={16} aria-hidden />}
          onClick={() => void change(() => platform.chooseAutoBackupFolder())}
          loading={busy}
        >
          {t('backup.auto.changeFolder')}
        </Button>
        <Button
          variant="subtle"
          leftSection={<IconFolder size={16} aria-hidden />}
          onClick={() =>
            void platform.revealFolder('backups').then(
              ({ revealed }) => setProblem(!revealed),
              () => setProblem(true),
            )
          }
        >
          {t('backup.auto.openFolder')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        {latest
          ? t('backup.auto.last', { date: formatLocalDateTime(latest.localTime, locale) })
          : t('backup.auto.none')}
      </Text>
      {problem && (
        <Alert color="red" role="alert" maw={760}>
          {t('backup.auto.folderFailed')}
        </Alert>
      )}
    </Stack>
  );
}
