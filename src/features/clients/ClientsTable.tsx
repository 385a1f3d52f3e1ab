import { Anchor, Paper, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Client } from '../../domain/client/client';
import { currentLanguage, LOCALE_OF } from '../../i18n';
import { formatDay, formatEuro } from './format';
import { kindLabel } from './labels';

/** Codes, amounts and dates read best on one line; names and addresses wrap instead. */
const NO_WRAP = { whiteSpace: 'nowrap' } as const;

/** A dense table of clients, each name linking to the client's page. */
export function ClientsTable({ clients, label }: { clients: readonly Client[]; label: string }) {
  const { t, i18n } = useTranslation();
  const locale = LOCALE_OF[currentLanguage(i18n.language)];
  const missing = (
    <Text span c="dimmed" size="sm">
      –
    </Text>
  );

  return (
    <Paper withBorder>
      <Table.ScrollContainer minWidth={960}>
        <Table striped highlightOnHover verticalSpacing="xs" aria-label={label}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('clients.column.name')}</Table.Th>
              <Table.Th>{t('clients.column.kind')}</Table.Th>
              <Table.Th>{t('clients.column.email')}</Table.Th>
              <Table.Th>{t('clients.column.phone')}</Table.Th>
              <Table.Th>{t('clients.column.taxId')}</Table.Th>
              <Table.Th ta="right">{t('clients.column.annualValue')}</Table.Th>
              <Table.Th>{t('clients.column.clientSince')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {clients.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/clients/${c.id}`} fw={500}>
                    {c.name}
                  </Anchor>
                </Table.Td>
                <Table.Td style={NO_WRAP}>{t(kindLabel[c.kind])}</Table.Td>
                <Table.Td>{c.email || missing}</Table.Td>
                <Table.Td style={NO_WRAP}>{c.phone || missing}</Table.Td>
                <Table.Td ff="monospace" style={NO_WRAP}>
                  {c.taxId || missing}
                </Table.Td>
                <Table.Td ta="right" style={NO_WRAP}>
                  {c.annualValue === undefined ? missing : formatEuro(c.annualValue, locale)}
                </Table.Td>
                <Table.Td style={NO_WRAP}>
                  {c.clientSince ? formatDay(c.clientSince, locale) : missing}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
