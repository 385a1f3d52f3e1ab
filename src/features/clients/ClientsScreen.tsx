import { Button, Group, Loader, Pagination, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useClientCount, useClientSearch, useClientsPage } from '../../data';
import { queryWords } from '../../domain/search';
import { ClientsTable } from './ClientsTable';

/** Rows per page: enough to scan, few enough to read through the name index in one go. */
const PAGE_SIZE = 50;
/** Search results shown at most; one more is read to know whether to suggest narrowing. */
const SEARCH_LIMIT = 100;

function ClientPages({ page, total, onPage }: { page: number; total: number; onPage: (p: number) => void }) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const current = Math.min(page, pages);
  const offset = (current - 1) * PAGE_SIZE;
  const clients = useClientsPage(offset, PAGE_SIZE);
  if (clients === undefined) return <Loader />;
  return (
    <Stack gap="sm">
      <ClientsTable clients={clients} label={t('clients.tableLabel')} />
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t('clients.pageRange', { from: offset + 1, to: offset + clients.length, total })}
        </Text>
        <Pagination
          total={pages}
          value={current}
          onChange={onPage}
          hideWithOnePage
          size="sm"
          aria-label={t('clients.pagination')}
        />
      </Group>
    </Stack>
  );
}

function ClientSearchResults({ query }: { query: string }) {
  const { t } = useTranslation();
  const found = useClientSearch(query, SEARCH_LIMIT + 1);
  if (found === undefined) return <Loader />;
  if (found.length === 0) return <Text role="status">{t('clients.noResults', { query: query.trim() })}</Text>;
  return (
    <Stack gap="sm">
      <ClientsTable clients={found.slice(0, SEARCH_LIMIT)} label={t('clients.searchTableLabel')} />
      {found.length > SEARCH_LIMIT && (
        <Text size="sm" c="dimmed">
          {t('clients.moreResults', { shown: SEARCH_LIMIT })}
        </Text>
      )}
    </Stack>
  );
}

/**
 * The client registry. Without a search it pages through clients in name
 * order; a search shows the best matches. The search and page live in the
 * address, so coming back from a client finds the list as it was left.
 */
export function ClientsScreen() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const page = Math.max(1, Math.trunc(Number(params.get('page'))) || 1);
  const [typed, setTyped] = useState(query);
  // The query this screen last put in the address. When the address changes
  // otherwise (the menu link, back/forward), the box follows it.
  const [applied, setApplied] = useState(query);
  if (query !== applied) {
    setApplied(query);
    setTyped(query);
  }
  const total = useClientCount();
  const applyQuery = useDebouncedCallback((q: string) => {
    const next = q.trim() ? q : '';
    setApplied(next);
    setParams(next ? { q: next } : {}, { replace: true });
  }, 200);

  const header = (
    <Group justify="space-between" align="flex-end">
      <div>
        <Title order={1}>{t('clients.title')}</Title>
        {total !== undefined && total > 0 && <Text c="dimmed">{t('clients.total', { count: total })}</Text>}
      </div>
      <Button component={Link} to="/clients/new" leftSection={<IconPlus size={16} aria-hidden />}>
        {t('clients.newClient')}
      </Button>
    </Group>
  );

  if (total === undefined) return <Loader />;
  if (total === 0) {
    return (
      <Stack gap="lg">
        {header}
        <Paper withBorder p="xl" ta="center">
          <Title order={2} size="h3">
            {t('clients.emptyTitle')}
          </Title>
          <Text c="dimmed" maw={520} mx="auto" mt="xs">
            {t('clients.emptyText')}
          </Text>
        </Paper>
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      {header}
      <TextInput
        type="search"
        label={t('clients.search')}
        placeholder={t('clients.searchPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        maw={480}
        value={typed}
        onChange={(event) => {
          setTyped(event.currentTarget.value);
          applyQuery(event.currentTarget.value);
        }}
      />
      {queryWords(query).length > 0 ? (
        <ClientSearchResults query={query} />
      ) : (
        <ClientPages page={page} total={total} onPage={(p) => setParams(p > 1 ? { page: String(p) } : {})} />
      )}
    </Stack>
  );
}
