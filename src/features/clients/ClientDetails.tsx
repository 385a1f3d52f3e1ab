import { Box, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../domain/client/client';
import { currentLanguage, LOCALE_OF } from '../../i18n';
import { formatDay, formatEuro } from './format';
import { kindLabel } from './labels';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      {children}
    </div>
  );
}

/** The client's record, read-only; empty fields say so rather than vanish. */
export function ClientDetails({ client }: { client: Client }) {
  const { t, i18n } = useTranslation();
  const locale = LOCALE_OF[currentLanguage(i18n.language)];
  const value = (text: string | undefined, mono = false) =>
    text ? (
      <Text {...(mono ? { ff: 'monospace' } : {})} style={{ overflowWrap: 'anywhere' }}>
        {text}
      </Text>
    ) : (
      <Text c="dimmed" fs="italic">
        {t('clients.notGiven')}
      </Text>
    );

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="client-details" h="100%">
      <Title order={2} size="h4" id="client-details" mb="md">
        {t('clients.page.details')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, xl: 3 }} spacing="lg">
        <Field label={t('clients.column.kind')}>{value(t(kindLabel[client.kind]))}</Field>
        <Field label={t('clients.form.taxId')}>{value(client.taxId, true)}</Field>
        <Field label={t('clients.form.annualValue')}>
          {value(client.annualValue === undefined ? undefined : formatEuro(client.annualValue, locale))}
        </Field>
        <Field label={t('clients.form.email')}>{value(client.email)}</Field>
        <Field label={t('clients.form.phone')}>{value(client.phone)}</Field>
        <Field label={t('clients.form.pec')}>{value(client.pec)}</Field>
        <Field label={t('clients.form.clientSince')}>
          {value(client.clientSince && formatDay(client.clientSince, locale))}
        </Field>
      </SimpleGrid>
      {client.notes && (
        <Box mt="lg">
          <Field label={t('clients.form.notes')}>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{client.notes}</Text>
          </Field>
        </Box>
      )}
    </Paper>
  );
}
