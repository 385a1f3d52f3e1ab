import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDeadlineContext } from '../../data';
import {
  dateOf,
  clocksOf,
  evaluateStandards,
  STANDARD_KEYS,
  type StandardStatus,
} from '../../domain/deadlines';
import { toLocalDateTime, type Complaint } from '../../domain/complaint';
import { currentLanguage, LOCALE_OF } from '../../i18n';
import { standardLabel, standardStatusLabel } from './lifecycleLabels';

const STATUS_COLOR: Record<StandardStatus, string> = {
  met: 'teal',
  missed: 'red',
  due_today: 'orange',
  on_time: 'blue',
  overdue: 'red',
  paused: 'yellow',
  not_started: 'gray',
  not_applicable: 'gray',
};

/** Each standard's deadline for this complaint, counted in working days, and whether it was met. */
export function DeadlinesPanel({ complaint }: { complaint: Complaint }) {
  const { t, i18n } = useTranslation();
  const context = useDeadlineContext();
  const locale = LOCALE_OF[currentLanguage(i18n.language)];
  if (!context) return null;
  const today = dateOf(toLocalDateTime(new Date()));
  const checks = evaluateStandards(clocksOf(complaint), context.standards, context.calendar, today);
  const formatDate = (date: string) =>
    new Intl.DateTimeFormat(locale, {
      weekday: 'short',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
    }).format(new Date(`${date}T12:00`));

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="complaint-deadlines">
      <Title order={2} size="h4" id="complaint-deadlines" mb="sm">
        {t('lifecycle.deadlines')}
      </Title>
      <Stack gap="xs">
        {STANDARD_KEYS.map((key) => {
          const check = checks[key];
          return (
            <Group
              key={key}
              justify="space-between"
              wrap="nowrap"
              align="flex-start"
              aria-label={t(standardLabel[key])}
              role="group"
            >
              <div>
                <Text fw={600} size="sm">
                  {t(standardLabel[key])}
                </Text>
                {check.dueDate && (
                  <Text size="xs" c="dimmed">
                    {t('lifecycle.dueOn', { date: formatDate(check.dueDate) })}
                    {check.workingDaysLate !== undefined &&
                      ` · ${t('lifecycle.daysLate', { count: check.workingDaysLate })}`}
                    {check.workingDaysLeft !== undefined &&
                      check.status !== 'met' &&
                      ` · ${t('lifecycle.daysLeft', { count: check.workingDaysLeft })}`}
                  </Text>
                )}
              </div>
              <Badge
                color={STATUS_COLOR[check.status]}
                variant="light"
                tt="none"
                radius="sm"
                style={{ flexShrink: 0 }}
              >
                {t(standardStatusLabel[check.status])}
              </Badge>
            </Group>
          );
        })}
      </Stack>
    </Paper>
  );
}
