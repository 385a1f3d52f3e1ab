import { Accordion, Alert, Badge, Button, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { createChecklist, useStaff } from '../../data';
import type { Complaint } from '../../domain/complaint';
import {
  completedSteps,
  currentStep,
  nextItem,
  RECOVERY_STEPS,
  stepProgress,
  type Recovery,
} from '../../domain/recovery';
import { currentLanguage } from '../../i18n';
import { ChecklistItemRow } from './ChecklistItemRow';
import { FeelingMoves } from './FeelingMoves';
import { stepHint, stepLabel } from './labels';
import { readableAlertTitle } from './alertStyles';

/** The seven recovery steps of a complaint, the current one open, with what to do next. */
export function ChecklistPanel({ complaint, recovery }: { complaint: Complaint; recovery: Recovery | null }) {
  const { t, i18n } = useTranslation();
  const staff = useStaff() ?? [];
  const title = (
    <Title order={2} size="h4" id="recovery-checklist" mb="sm">
      {t('recovery.checklist.title')}
    </Title>
  );
  if (recovery === null) {
    return (
      <Paper withBorder p="lg" component="section" aria-labelledby="recovery-checklist">
        {title}
        <Text c="dimmed" mb="sm">
          {t('recovery.checklist.none')}
        </Text>
        <Button
          variant="light"
          onClick={() => void createChecklist(complaint.id, currentLanguage(i18n.language))}
        >
          {t('recovery.checklist.create')}
        </Button>
      </Paper>
    );
  }

  const { items } = recovery;
  const current = currentStep(items);
  const next = nextItem(items);
  const done = completedSteps(items);

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="recovery-checklist">
      <Group justify="space-between" align="flex-start">
        {title}
        <Text size="sm" c="dimmed">
          {t('recovery.checklist.stepsDone', { done, total: RECOVERY_STEPS.length })}
        </Text>
      </Group>
      <Progress value={(done / RECOVERY_STEPS.length) * 100} size="sm" mb="md" aria-hidden />
      {current && next ? (
        <Alert
          styles={readableAlertTitle}
          variant="light"
          color="blue"
          mb="md"
          title={t('recovery.checklist.next', { step: t(stepLabel[current]) })}
        >
          {next.text}
        </Alert>
      ) : (
        <Alert variant="light" color="green" mb="md">
          {t('recovery.checklist.complete')}
        </Alert>
      )}
      <Accordion multiple defaultValue={current ? [current] : []} variant="separated">
        {stepProgress(items).map(({ step, done: stepDone, total }, index) => (
          <Accordion.Item key={step} value={step}>
            <Accordion.Control>
              <Group justify="space-between" wrap="nowrap" pr="sm">
                <Text fw={step === current ? 700 : 500}>
                  {index + 1}. {t(stepLabel[step])}
                </Text>
                <Badge
                  variant="light"
                  color={stepDone === total ? 'green' : step === current ? 'blue' : 'gray'}
                >
                  {t('recovery.checklist.itemsDone', { done: stepDone, total })}
                </Badge>
              </Group>
            </Accordion.Control>
            <Accordion.Panel>
              <Stack gap="xs">
                <Text size="sm" c="dimmed">
                  {t(stepHint[step])}
                </Text>
                {(step === 'listen' || step === 'apologise') && (
                  <FeelingMoves step={step} feelings={complaint.feelings} />
                )}
                {items
                  .filter((item) => item.step === step)
                  .map((item) => (
                    <ChecklistItemRow
                      key={item.id}
                      complaintId={complaint.id}
                      item={item}
                      who={staff.find((s) => s.id === item.doneBy)?.name}
                    />
                  ))}
              </Stack>
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    </Paper>
  );
}
