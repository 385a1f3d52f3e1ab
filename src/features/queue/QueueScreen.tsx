import { Anchor, Button, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useRecentComplaints } from '../../data';
import { currentLanguage, LOCALE_OF } from '../../i18n';
import { formatLocalDateTime } from '../../i18n/format';
import { StateBadge } from '../../ui/StateBadge';
import { causeLabel, channelLabel, stateLabel } from '../complaint';

/** How many rows the queue shows until it gets its virtualised table. */
const SHOWN = 200;

/** Codes, dates and states read best on one line; free text wraps instead. */
const NO_WRAP = { whiteSpace: 'nowrap' } as const;

export function QueueScreen() {
  const { t, i18n } = useTranslation();
  const complaints = useRecentComplaints(SHOWN);
  const total = complaints?.length;
  const locale = LOCALE_OF[currentLanguage(i18n.language)];

  const header = (
    <Group justify="space-between" align="flex-end">
      <div>
        <Title order={1}>{t('queue.title')}</Title>
        {total !== undefined && total > 0 && <Text c="dimmed">{t('queue.total', { count: total })}</Text>}
      </div>
      <Button component={Link} to="/complaints/new" leftSection={<IconPlus size={16} aria-hidden />}>
        {t('queue.newComplaint')}
      </Button>
    </Group>
  );

  if (complaints === undefined) return <Loader />;
  if (complaints.length === 0) {
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
    <Stack gap="lg">
      {header}
      <Paper withBorder>
        <Table.ScrollContainer minWidth={900}>
          <Table striped highlightOnHover verticalSpacing="xs" aria-label={t('queue.tableLabel')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('queue.column.code')}</Table.Th>
                <Table.Th>{t('queue.column.receivedAt')}</Table.Th>
                <Table.Th>{t('queue.column.client')}</Table.Th>
                <Table.Th>{t('queue.column.title')}</Table.Th>
                <Table.Th>{t('queue.column.cause')}</Table.Th>
                <Table.Th>{t('queue.column.channel')}</Table.Th>
                <Table.Th>{t('queue.column.state')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {complaints.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td ff="monospace" style={NO_WRAP}>
                    {c.code}
                  </Table.Td>
                  <Table.Td style={NO_WRAP}>{formatLocalDateTime(c.receivedAt, locale)}</Table.Td>
                  <Table.Td>{c.clientName}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/complaints/${c.id}`}>
                      {c.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{t(causeLabel[c.cause])}</Table.Td>
                  <Table.Td>{t(channelLabel[c.channel])}</Table.Td>
                  <Table.Td style={NO_WRAP}>
                    <StateBadge state={c.state} label={t(stateLabel[c.state])} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      {total !== undefined && total > complaints.length && (
        <Text size="sm" c="dimmed">
          {t('queue.showingRecent', { shown: complaints.length, total })}
        </Text>
      )}
    </Stack>
  );
}
