import { Anchor, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { useComplaint } from '../../data';
import { currentLanguage, LOCALE_OF } from '../../i18n';
import { formatInstant, formatLocalDateTime } from '../../i18n/format';
import { StateBadge } from '../../ui/StateBadge';
import { causeLabel, channelLabel, stateLabel } from './labels';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text>{children}</Text>
    </div>
  );
}

export function ComplaintScreen() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const complaint = useComplaint(id);
  const locale = LOCALE_OF[currentLanguage(i18n.language)];

  const back = (
    <Anchor component={Link} to="/complaints" size="sm">
      ← {t('complaint.backToQueue')}
    </Anchor>
  );
  if (complaint === undefined) return <Loader />;
  if (complaint === null) {
    return (
      <Stack>
        {back}
        <Text role="alert">{t('complaint.notFound')}</Text>
      </Stack>
    );
  }

  return (
    <Stack gap="lg" maw={960}>
      {back}
      <div>
        <Group gap="sm">
          <Text ff="monospace" fw={600} c="dimmed">
            {complaint.code}
          </Text>
          <StateBadge state={complaint.state} label={t(stateLabel[complaint.state])} />
        </Group>
        <Title order={1} mt={4}>
          {complaint.title}
        </Title>
      </div>
      <Paper withBorder p="lg" component="section" aria-labelledby="complaint-details">
        <Title order={2} size="h4" id="complaint-details" mb="md">
          {t('complaint.details')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="lg">
          <Field label={t('complaint.field.clientName')}>{complaint.clientName}</Field>
          <Field label={t('complaint.receivedAt')}>{formatLocalDateTime(complaint.receivedAt, locale)}</Field>
          <Field label={t('complaint.field.channel')}>{t(channelLabel[complaint.channel])}</Field>
          <Field label={t('complaint.field.cause')}>{t(causeLabel[complaint.cause])}</Field>
          <Field label={t('complaint.registeredAt')}>{formatInstant(complaint.createdAt, locale)}</Field>
        </SimpleGrid>
        <Text size="xs" c="dimmed" tt="uppercase" fw={600} mt="lg">
          {t('complaint.field.description')}
        </Text>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{complaint.description}</Text>
      </Paper>
    </Stack>
  );
}
