import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Complaint } from '../../domain/complaint';
import { allowedEvents, type LifecycleEventType } from '../../domain/lifecycle';
import { currentLanguage, LOCALE_OF } from '../../i18n';
import { formatLocalDateTime } from '../../i18n/format';
import { LifecycleActionModal } from './LifecycleActionModal';
import { alternativeLabel, eventLabel } from './lifecycleLabels';

/** Side steps that do not move the complaint forward: shown after the main path. */
const SIDE_STEPS: readonly LifecycleEventType[] = ['pause_clock', 'mark_unfounded'];

/** The complaint's status notes and the steps it can take next, the main one first. */
export function LifecyclePanel({ complaint }: { complaint: Complaint }) {
  const { t, i18n } = useTranslation();
  const locale = LOCALE_OF[currentLanguage(i18n.language)];
  const [action, setAction] = useState<LifecycleEventType | null>(null);
  const events = allowedEvents(complaint);
  const main = events.filter((e) => !SIDE_STEPS.includes(e));
  const side = events.filter((e) => SIDE_STEPS.includes(e));
  const openPause = complaint.pauses.find((p) => p.to === undefined);
  const { decision } = complaint;

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="complaint-lifecycle">
      <Title order={2} size="h4" id="complaint-lifecycle" mb="sm">
        {t('lifecycle.title')}
      </Title>
      <Stack gap="sm">
        {openPause && (
          <Alert color="yellow" variant="light">
            {t('lifecycle.paused', {
              date: formatLocalDateTime(openPause.from, locale),
              reason: openPause.reason,
            })}
          </Alert>
        )}
        {decision && (
          <Text size="sm">
            {decision.accepted
              ? t('lifecycle.decisionAccepted', { date: formatLocalDateTime(decision.at, locale) })
              : t('lifecycle.decisionRejected', {
                  date: formatLocalDateTime(decision.at, locale),
                  alternatives: decision.alternatives.map((a) => t(alternativeLabel[a])).join(', '),
                })}
          </Text>
        )}
        {complaint.unfoundedReason && (
          <div>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {t('lifecycle.unfoundedReason')}
            </Text>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{complaint.unfoundedReason}</Text>
          </div>
        )}
        {events.length === 0 ? (
          <Text c="dimmed">{t('lifecycle.noActions')}</Text>
        ) : (
          <Stack gap={6} role="group" aria-label={t('lifecycle.actions')}>
            {main.map((event, index) => (
              <Button key={event} variant={index === 0 ? 'filled' : 'light'} onClick={() => setAction(event)}>
                {t(eventLabel[event])}
              </Button>
            ))}
            {side.map((event) => (
              <Button key={event} variant="subtle" color="gray" onClick={() => setAction(event)}>
                {t(eventLabel[event])}
              </Button>
            ))}
          </Stack>
        )}
      </Stack>
      {action && (
        <LifecycleActionModal complaintId={complaint.id} action={action} onClose={() => setAction(null)} />
      )}
    </Paper>
  );
}
