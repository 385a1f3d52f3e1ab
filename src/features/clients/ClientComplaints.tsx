import { Anchor, Badge, Group, Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Complaint } from '../../domain/complaint';
import { currentLanguage, LOCALE_OF } from '../../i18n';
import { formatLocalDateTime } from '../../i18n/format';
import { StateBadge } from '../../ui/StateBadge';
import { stateLabel } from '../complaint';
import { countOpen } from './openComplaints';

const NO_WRAP = { whiteSpace: 'nowrap' } as const;

/** The client's complaint history, newest first, with how many are still open. */
export function ClientComplaints({ complaints }: { complaints: readonly Complaint[] }) {
  const { t, i18n } = useTranslation();
  const locale = LOCALE_OF[currentLanguage(i18n.language)];
  const open = countOpen(complaints);

  return (
    <Paper withBorder component="section" aria-labelledby="client-complaints">
      <Group justify="space-between" p="lg" pb="sm">
        <Title order={2} size="h4" id="client-complaints">
          {t('clients.complaints.title')}
        </Title>
        <Badge color={open > 0 ? 'orange' : 'gray'} variant="light" radius="sm" tt="none" size="lg">
          {open > 0 ? t('clients.complaints.open', { count: open }) : t('clients.complaints.noneOpen')}
        </Badge>
      </Group>
      {complaints.length === 0 ? (
        <Text c="dimmed" px="lg" pb="lg">
          {t('clients.complaints.none')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table
            striped
            highlightOnHover
            verticalSpacing="xs"
            aria-label={t('clients.complaints.tableLabel')}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th pl="lg">{t('clients.complaints.column.code')}</Table.Th>
                <Table.Th>{t('clients.complaints.column.receivedAt')}</Table.Th>
                <Table.Th>{t('clients.complaints.column.title')}</Table.Th>
                <Table.Th>{t('clients.complaints.column.state')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {complaints.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td pl="lg" ff="monospace" style={NO_WRAP}>
                    {c.code}
                  </Table.Td>
                  <Table.Td style={NO_WRAP}>{formatLocalDateTime(c.receivedAt, locale)}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/complaints/${c.id}`}>
                      {c.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td style={NO_WRAP}>
                    <StateBadge state={c.state} label={t(stateLabel[c.state])} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
