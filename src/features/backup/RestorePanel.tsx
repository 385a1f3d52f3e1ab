import { Alert, Button, Group, Modal, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readBackup, restoreBackup, type BackupProblem, type RegisterSnapshot } from '../../data';
import { formatInstant } from '../../i18n/format';
import { platform } from '../../platform';
import type { AutoBackupEntry } from '../../shared/ipc';
import { AutoBackupList } from './AutoBackupList';
import { useAutoBackupStatus } from './autoBackupStatus';
import { backupFilter, PROBLEM_MESSAGE } from './problems';

type Step =
  | { readonly kind: 'idle' }
  | { readonly kind: 'password'; readonly name: string; readonly bytes: Uint8Array }
  | { readonly kind: 'confirm'; readonly snapshot: RegisterSnapshot };

const rowsOf = (snapshot: RegisterSnapshot, table: string) => snapshot.tables[table]?.length ?? 0;

/**
 * Restores the register from a backup file, chosen in the file dialog or, in
 * the desktop app, from the automatic backups: the file is checked in full
 * (and opened with its password) before anything is asked, and the register
 * is replaced only after the studio confirms.
 */
export function RestorePanel({ withTitle = true }: { withTitle?: boolean }) {
  const { t, i18n } = useTranslation();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<BackupProblem | 'unreadable' | 'missing' | null>(null);
  const [busy, setBusy] = useState(false);
  const { status: autoBackups, refresh } = useAutoBackupStatus();

  const check = async (name: string, bytes: Uint8Array, withPassword?: string) => {
    const result = await readBackup(bytes, withPassword);
    if (result.ok) {
      setStep({ kind: 'confirm', snapshot: result.snapshot });
    } else if (result.problem === 'passwordRequired') {
      setStep({ kind: 'password', name, bytes });
    } else if (result.problem === 'wrongPassword') {
      setProblem('wrongPassword');
    } else {
      setStep({ kind: 'idle' });
      setProblem(result.problem);
    }
  };

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setProblem(null);
    try {
      await action();
    } catch {
      setProblem('unreadable');
    } finally {
      setBusy(false);
    }
  };

  const choose = () =>
    run(async () => {
      const file = await platform.openFile({ filters: backupFilter(t('backup.restore.fileFilter')) });
      if (!file.opened) return;
      setPassword('');
      await check(file.name, file.bytes);
    });

  const chooseAutomatic = ({ name }: AutoBackupEntry) =>
    run(async () => {
      const file = await platform.readAutoBackup(name);
      if (!file.found) {
        setProblem('missing');
        refresh();
        return;
      }
      setPassword('');
      await check(name, file.bytes);
    });

  const restore = (snapshot: RegisterSnapshot) =>
    run(async () => {
      const outcome = await restoreBackup(snapshot);
      setStep({ kind: 'idle' });
      if (!outcome.ok) {
        setProblem(outcome.problem);
        return;
      }
      notifications.show({
        color: 'teal',
        message: t('backup.restore.done', { complaints: outcome.complaints, clients: outcome.clients }),
      });
    });

  return (
    <Stack gap="sm">
      {withTitle && (
        <Title order={3} size="h4">
          {t('backup.restore.title')}
        </Title>
      )}
      <Text size="sm" maw={760}>
        {t('backup.restore.text')}
      </Text>
      {problem && problem !== 'wrongPassword' && (
        <Alert color="red" role="alert" maw={760}>
          {t(
            problem === 'unreadable'
              ? 'backup.problem.unreadable'
              : problem === 'missing'
                ? 'backup.problem.missing'
                : PROBLEM_MESSAGE[problem],
          )}
        </Alert>
      )}
      {step.kind === 'password' && (
        <Stack gap="xs" maw={420}>
          <Text size="sm">{t('backup.restore.passwordText', { name: step.name })}</Text>
          <PasswordInput
            label={t('backup.restore.password')}
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={problem === 'wrongPassword' ? t('backup.problem.wrongPassword') : undefined}
            autoComplete="off"
          />
          <Group>
            <Button
              onClick={() => void run(() => check(step.name, step.bytes, password))}
              loading={busy}
              disabled={!password}
            >
              {t('backup.restore.open')}
            </Button>
          </Group>
        </Stack>
      )}
      <Group>
        <Button
          variant="default"
          leftSection={<IconUpload size={16} aria-hidden />}
          onClick={() => void choose()}
          loading={busy && step.kind === 'idle'}
        >
          {t('backup.restore.choose')}
        </Button>
      </Group>
      {autoBackups?.available && autoBackups.backups.length > 0 && (
        <AutoBackupList
          backups={autoBackups.backups}
          onRestore={(b) => void chooseAutomatic(b)}
          busy={busy}
        />
      )}
      <Modal
        opened={step.kind === 'confirm'}
        onClose={() => setStep({ kind: 'idle' })}
        title={t('backup.restore.confirmTitle')}
      >
        {step.kind === 'confirm' && (
          <Stack gap="sm">
            <Text fw={600}>
              {t('backup.restore.summary', {
                date: formatInstant(step.snapshot.createdAt, i18n.language),
                complaints: rowsOf(step.snapshot, 'complaints'),
                clients: rowsOf(step.snapshot, 'clients'),
              })}
            </Text>
            <Text size="sm">{t('backup.restore.confirmText')}</Text>
            <Group justify="flex-end" mt="md">
              <Button variant="default" onClick={() => setStep({ kind: 'idle' })}>
                {t('settings.cancel')}
              </Button>
              <Button color="red" loading={busy} onClick={() => void restore(step.snapshot)}>
                {t('backup.restore.confirm')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
