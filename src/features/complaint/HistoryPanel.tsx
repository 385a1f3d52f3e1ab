import { Paper, Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAuditTrail, useStaff } from '../../data';
import { currentLanguage, LOCALE_OF } from '../../i18n';
import { formatInstant } from '../../i18n/format';
import { auditLabel } from './lifecycleLabels';

const isKnown = (type: string): type is keyof typeof auditLabel => type in auditLabel;

/** The audit trail: every step, when it was recorded and by whom. */
export function HistoryPanel({ complaintId }: { complaintId: string }) {
  const { t, i18n } = useTranslation();
  const locale = LOCALE_OF[currentLanguage(i18n.language)];
  const trail = useAuditTrail(complaintId) ?? [];
  const staff = useStaff() ?? [];

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="complaint-history">
      <Title order={2} size="h4" id="complaint-history" mb="md">
        {t('lifecycle.history')}
      </Title>
      <Timeline bulletSize={12} lineWidth={2} active={trail.length - 1}>
        {trail.map((entry) => {
          const actor = staff.find((s) => s.id === entry.actorId)?.name;
          return (
            <Timeline.Item
              key={entry.id}
              title={isKnown(entry.type) ? t(auditLabel[entry.type]) : entry.type}
            >
              <Text size="xs" c="dimmed">
                {formatInstant(entry.at, locale)}
                {actor && ` · ${t('lifecycle.by', { name: actor })}`}
              </Text>
            </Timeline.Item>
          );
        })}
      </Timeline>
    </Paper>
  );
}
