import { Alert, Button, Group, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createBackup } from '../../data';
import { formatInstant } from '../../i18n/format';
import { platform } from '../../platform';
import { chainBreakText } from './chainMessage';
import { backupFilter } from './problems';
import { lastBackupAt, rememberBackup } from './sentinel';

/** Saves the whole register to one file, encrypted when a password is given. */
export function CreateBackupPanel() {
  const { t, i18n } = useTranslation();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [last, setLast] = useState(lastBackupAt);
  const mismatch = password !== '' && repeat !== '' && password !== repeat;

  const save = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const now = new Date();
      const backup = await createBackup(password || undefined, now);
      const result = await platform.saveFile({
        suggestedName: backup.fileName,
        content: backup.content,
        filters: backupFilter(t('backup.restore.fileFilter')),
      });
      if (!result.saved) return;
      rememberBackup(now);
      setLast(now.toISOString());
      notifications.show({ color: 'teal', message: t('backup.create.saved', { fileName: result.fileName }) });
      if (!backup.chain.ok) {
        setProblem(
          t('backup.create.chainBroken', { detail: chainBreakText(backup.chain, t, i18n.language) }),
        );
      }
    } catch {
      setProblem(t('backup.create.failed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        {t('backup.create.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {last
          ? t('backup.create.last', { date: formatInstant(last, i18n.language) })
          : t('backup.create.never')}
      </Text>
      <Group align="flex-start" grow maw={620}>
        <PasswordInput
          label={t('backup.create.password')}
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          autoComplete="new-password"
        />
        <PasswordInput
          label={t('backup.create.confirm')}
          value={repeat}
          onChange={(e) => setRepeat(e.currentTarget.value)}
          error={mismatch ? t('backup.create.mismatch') : undefined}
          disabled={password === ''}
          autoComplete="new-password"
        />
      </Group>
      <Text size="xs" c="dimmed" maw={620}>
        {t('backup.create.passwordHint')}
      </Text>
      {problem && (
        <Alert color="red" role="alert">
          {problem}
        </Alert>
      )}
      <Group>
        <Button
          leftSection={<IconDownload size={16} aria-hidden />}
          onClick={() => void save()}
          loading={busy}
          disabled={password !== repeat}
        >
          {t('backup.create.save')}
        </Button>
      </Group>
    </Stack>
  );
}
