import { Anchor, Badge, Group, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useServiceAreas, useStaff, useSubCauses } from '../../data';
import type { Complaint } from '../../domain/complaint';
import { currentLanguage, LOCALE_OF } from '../../i18n';
import { formatInstant, formatLocalDateTime } from '../../i18n/format';
import { FieldValue } from '../../ui/FieldValue';
import { causeLabel, channelLabel, feelingLabel, severityLabel } from './labels';

const nameOf = (list: readonly { id: string; name: string }[] | undefined, id: string | undefined) =>
  id === undefined ? undefined : list?.find((item) => item.id === id)?.name;

/** What was registered at intake: who, when, how, what, and the client's own account. */
export function ComplaintDetails({ complaint }: { complaint: Complaint }) {
  const { t, i18n } = useTranslation();
  const locale = LOCALE_OF[currentLanguage(i18n.language)];
  const staff = useStaff();
  const areas = useServiceAreas();
  const subCauses = useSubCauses();
  const missing = t('complaint.notRecorded');
  const subCause = nameOf(subCauses, complaint.subCauseId);

  return (
    <>
      <Paper withBorder p="lg" component="section" aria-labelledby="complaint-details">
        <Title order={2} size="h4" id="complaint-details" mb="md">
          {t('complaint.details')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="lg">
          <FieldValue label={t('complaint.field.client')}>
            <Anchor component={Link} to={`/clients/${complaint.clientId}`}>
              {complaint.clientName}
            </Anchor>
          </FieldValue>
          <FieldValue label={t('complaint.receivedAt')}>
            {formatLocalDateTime(complaint.receivedAt, locale)}
          </FieldValue>
          <FieldValue label={t('complaint.field.channel')}>{t(channelLabel[complaint.channel])}</FieldValue>
          <FieldValue label={t('complaint.field.cause')}>
            {t(causeLabel[complaint.cause])}
            {subCause && ` · ${subCause}`}
          </FieldValue>
          <FieldValue label={t('complaint.field.severity')}>
            {t(severityLabel[complaint.severity])}
          </FieldValue>
          <FieldValue label={t('complaint.field.serviceArea')}>
            {nameOf(areas, complaint.serviceAreaId) ?? missing}
          </FieldValue>
          <FieldValue label={t('complaint.field.handler')}>
            {nameOf(staff, complaint.handlerId) ?? missing}
          </FieldValue>
          <FieldValue label={t('complaint.registeredAt')}>
            {formatInstant(complaint.createdAt, locale)}
          </FieldValue>
        </SimpleGrid>
      </Paper>
      <Paper withBorder p="lg" component="section" aria-labelledby="complaint-listening">
        <Title order={2} size="h4" id="complaint-listening" mb="md">
          {t('complaint.listening')}
        </Title>
        <FieldValue label={t('complaint.field.clientWords')}>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{complaint.clientWords}</Text>
        </FieldValue>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg" mt="md">
          <FieldValue label={t('complaint.field.expectation')}>{complaint.expectation || missing}</FieldValue>
          <FieldValue label={t('complaint.field.remedyRequested')}>
            {complaint.remedyRequested || missing}
          </FieldValue>
        </SimpleGrid>
        <Text size="xs" c="dimmed" tt="uppercase" fw={600} mt="md">
          {t('complaint.field.feelings')}
        </Text>
        {complaint.feelings.length === 0 ? (
          <Text>{t('complaint.noFeelings')}</Text>
        ) : (
          <Group gap="xs" mt={4}>
            {complaint.feelings.map(({ feeling, intensity }) => (
              <Badge key={feeling} variant="outline" color="gray" tt="none" radius="sm">
                {t(feelingLabel[feeling])} · {intensity}/3
              </Badge>
            ))}
          </Group>
        )}
      </Paper>
    </>
  );
}
