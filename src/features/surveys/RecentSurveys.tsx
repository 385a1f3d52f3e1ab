import { Badge, Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRecentSurveys, useServiceAreas, useSurveyCount } from '../../data';
import { npsCategory } from '../../domain/surveys';
import { currentLanguage, LOCALE_OF } from '../../i18n';
import { formatDay } from '../../i18n/format';

const SHOWN = 50;
const NPS_COLOR = { promoter: 'teal', passive: 'gray', detractor: 'red' } as const;

/** The latest answers, newest first. */
export function RecentSurveys() {
  const { t, i18n } = useTranslation();
  const surveys = useRecentSurveys(SHOWN);
  const total = useSurveyCount() ?? 0;
  const areas = new Map((useServiceAreas() ?? []).map((a) => [a.id, a.name]));
  const locale = LOCALE_OF[currentLanguage(i18n.language)];
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="survey-recent">
      <Title order={2} size="h4" id="survey-recent" mb="sm">
        {t('surveys.recent.title', { count: total })}
      </Title>
      {surveys?.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('surveys.recent.none')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('surveys.field.date')}</Table.Th>
                <Table.Th>{t('surveys.recent.nps')}</Table.Th>
                <Table.Th>{t('surveys.recent.csat')}</Table.Th>
                <Table.Th>{t('surveys.field.client')}</Table.Th>
                <Table.Th>{t('surveys.field.serviceArea')}</Table.Th>
                <Table.Th>{t('surveys.field.comment')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {surveys?.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>{formatDay(s.date, locale)}</Table.Td>
                  <Table.Td>
                    <Badge color={NPS_COLOR[npsCategory(s.nps)]} variant="light" radius="sm">
                      {s.nps}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{s.csat}</Table.Td>
                  <Table.Td>{s.clientName ?? s.respondentName ?? t('surveys.recent.anonymous')}</Table.Td>
                  <Table.Td>{(s.serviceAreaId && areas.get(s.serviceAreaId)) ?? '—'}</Table.Td>
                  <Table.Td maw={320}>
                    <Text size="sm" lineClamp={2}>
                      {s.comment}
                    </Text>
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
