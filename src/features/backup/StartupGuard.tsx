import { Button, Center, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { IconDatabaseExclamation } from '@tabler/icons-react';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { countRegisterRecords, useRegisterEmpty } from '../../data';
import { RestorePanel } from './RestorePanel';
import { rememberedRecordCount, rememberRecordCount } from './sentinel';

/** How long after start-up the register's records are counted for the guard's message. */
const COUNT_AFTER_MS = 15_000;

/**
 * Stands before the app: when the register is empty although this profile
 * remembers it holding records, it offers a restore instead of silently
 * opening an empty register (or the first-run wizard). While the app runs it
 * keeps that memory up to date, so records deleted on purpose never alarm it.
 * Only emptiness holds the app back, and it is known from one key per table.
 */
export function StartupGuard({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const empty = useRegisterEmpty();
  // Read once: what the register held when the app was last open.
  const [remembered] = useState(rememberedRecordCount);
  const [dismissed, setDismissed] = useState(false);
  const guarded = empty === true && remembered > 0 && !dismissed;

  useEffect(() => {
    if (empty === undefined || guarded) return undefined;
    if (empty) {
      rememberRecordCount(0);
      return undefined;
    }
    // Not empty: remembered at once, so a register wiped from now on is noticed.
    rememberRecordCount(Math.max(rememberedRecordCount(), 1));
    // The exact number is only for the message above. Counting visits every
    // record (seconds at 100,000), and the database answers one request at a
    // time, so it waits until the first screen has read what it needs.
    let current = true;
    const timer = window.setTimeout(() => {
      void countRegisterRecords().then((count) => current && rememberRecordCount(count));
    }, COUNT_AFTER_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [empty, guarded]);

  if (empty === undefined) {
    return (
      <Center h="100vh">
        <Loader />
      </Center>
    );
  }
  if (!guarded) return children;
  return (
    <Center mih="100vh" p="lg">
      <Paper withBorder shadow="sm" p="xl" radius="md" maw={720} component="main">
        <Stack gap="md">
          <IconDatabaseExclamation size={40} aria-hidden color="var(--mantine-color-orange-6)" />
          <Title order={1} size="h2">
            {t('backup.guard.title')}
          </Title>
          <Text>{t('backup.guard.text', { count: remembered })}</Text>
          <Text fw={600}>{t('backup.guard.advice')}</Text>
          <RestorePanel withTitle={false} />
          <Button
            variant="subtle"
            color="gray"
            onClick={() => setDismissed(true)}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('backup.guard.startEmpty')}
          </Button>
        </Stack>
      </Paper>
    </Center>
  );
}
