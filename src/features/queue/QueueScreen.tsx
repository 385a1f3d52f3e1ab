import { Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import {
  narrows,
  useDueCounts,
  useFirstQueueIds,
  useQueueIds,
  useSetting,
  useStateCounts,
  type QueueSortKey,
} from '../../data';
import { toLocalDateTime } from '../../domain/complaint';
import { QUEUE_BLOCK, QueueTable } from './QueueTable';
import { QueueToolbar } from './QueueToolbar';
import { readQueueState, toQueueFilter, writeQueueState, type QueueState } from './queueParams';
import classes from './QueueScreen.module.css';

export function QueueScreen() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => readQueueState(params), [params]);
  const [debounced] = useDebouncedValue(state, 200);
  const today = toLocalDateTime(new Date()).slice(0, 10);
  const currentStaffId = useSetting('currentStaffId') || null;
  // "I miei aperti" means nothing until Riparo knows who is using it.
  const view = debounced.view === 'mine_open' && !currentStaffId ? 'all' : debounced.view;
  const filter = toQueueFilter({ ...debounced, view }, today, currentStaffId);
  // The first answer of a session reads the whole sort index (seconds at
  // 100,000 complaints); the unfiltered queue shows its first rows before that.
  // Asked first: the database serves its requests largely in the order they come.
  const firstIds = useFirstQueueIds(debounced.sort, QUEUE_BLOCK, !narrows(filter));
  const counts = useStateCounts();
  const ids = useQueueIds(filter, debounced.sort);
  const due = useDueCounts(today);
  const total = counts ? Object.values(counts).reduce((sum, n) => sum + n, 0) : undefined;
  const shown = ids
    ? { ids, count: ids.length }
    : firstIds && total !== undefined
      ? { ids: firstIds, count: total }
      : undefined;

  const update = (next: QueueState) => setParams(writeQueueState(next), { replace: true });
  const sortBy = (key: QueueSortKey) =>
    update({
      ...state,
      sort: { key, direction: state.sort.key === key && state.sort.direction === 'desc' ? 'asc' : 'desc' },
    });

  const header = (
    <Group justify="space-between" align="flex-end">
      <div>
        <Title order={1}>{t('queue.title')}</Title>
        {total !== undefined && total > 0 && (
          <Group gap="md">
            <Text c="dimmed">{t('queue.total', { count: total })}</Text>
            {due && due.overdue > 0 && (
              <Text c="var(--mantine-color-red-text)" fw={600}>
                {t('queue.overdueCount', { count: due.overdue })}
              </Text>
            )}
            {due && due.dueToday > 0 && (
              <Text c="var(--mantine-color-orange-text)" fw={600}>
                {t('queue.dueTodayCount', { count: due.dueToday })}
              </Text>
            )}
          </Group>
        )}
      </div>
      <Button component={Link} to="/complaints/new" leftSection={<IconPlus size={16} aria-hidden />}>
        {t('queue.newComplaint')}
      </Button>
    </Group>
  );

  if (total === 0) {
    return (
      <Stack gap="lg">
        {header}
        <Paper withBorder p="xl" ta="center">
          <Title order={2} size="h3">
            {t('queue.emptyTitle')}
          </Title>
          <Text c="dimmed" maw={520} mx="auto" mt="xs">
            {t('queue.emptyText')}
          </Text>
        </Paper>
      </Stack>
    );
  }

  return (
    <Stack gap="sm" className={classes.screen}>
      {header}
      <QueueToolbar state={state} onChange={update} currentStaffId={currentStaffId} />
      {shown === undefined ? (
        <Loader />
      ) : shown.count === 0 ? (
        <Paper withBorder p="lg">
          <Text>{t('queue.noMatches')}</Text>
        </Paper>
      ) : (
        <>
          <Group justify="space-between">
            <Text size="sm" c="dimmed" role="status">
              {t('queue.found', { count: shown.count })}
            </Text>
            <Text size="xs" c="dimmed">
              {t('queue.keyboardHint')}
            </Text>
          </Group>
          <QueueTable ids={shown.ids} count={shown.count} sort={state.sort} onSort={sortBy} today={today} />
        </>
      )}
    </Stack>
  );
}
