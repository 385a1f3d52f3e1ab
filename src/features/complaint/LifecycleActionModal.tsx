import { Alert, Button, Checkbox, Group, Modal, Radio, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyComplaintEvent } from '../../data';
import { ALTERNATIVES, toLocalDateTime, type Alternative } from '../../domain/complaint';
import type { LifecycleError, LifecycleEvent, LifecycleEventType } from '../../domain/lifecycle';
import type { RecoveryStep } from '../../domain/recovery';
import { ChecklistOverrideAlert } from '../recovery';
import { alternativeLabel, eventLabel, lifecycleErrorLabel } from './lifecycleLabels';

interface LifecycleActionModalProps {
  complaintId: string;
  action: LifecycleEventType | null;
  onClose: () => void;
}

/**
 * Confirms one lifecycle step: when it happened (now by default: most steps
 * are recorded as they are done), and what that step needs (a reason, the
 * client's answer). The domain's refusal is shown in the modal; nothing typed is lost.
 */
export function LifecycleActionModal({ complaintId, action, onClose }: LifecycleActionModalProps) {
  const { t } = useTranslation();
  const [at, setAt] = useState(() => toLocalDateTime(new Date()));
  const [reason, setReason] = useState('');
  const [accepted, setAccepted] = useState<'yes' | 'no'>('yes');
  const [alternatives, setAlternatives] = useState<Alternative[]>([]);
  const [error, setError] = useState<LifecycleError | 'recovery.approvalRequired' | null>(null);
  // Checklist steps still open that this step expects done: the studio confirms to go ahead.
  const [openSteps, setOpenSteps] = useState<RecoveryStep[]>([]);
  const [saving, setSaving] = useState(false);

  if (action === null) return null;
  const needsReason = action === 'mark_unfounded' || action === 'pause_clock';

  const confirm = async (override = false) => {
    const event: LifecycleEvent =
      action === 'record_client_decision'
        ? { type: action, at, accepted: accepted === 'yes', alternatives }
        : action === 'mark_unfounded' || action === 'pause_clock'
          ? { type: action, at, reason }
          : { type: action, at };
    setSaving(true);
    const outcome = await applyComplaintEvent(complaintId, event, new Date(), { override }).finally(() =>
      setSaving(false),
    );
    if (outcome.ok) onClose();
    else if (outcome.error === 'checklist.incomplete') {
      setError(null);
      setOpenSteps(outcome.steps);
    } else {
      setOpenSteps([]);
      setError(outcome.error);
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t(eventLabel[action])}
      size="lg"
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      <Stack>
        {error && (
          <Alert color="red" role="alert">
            {t(lifecycleErrorLabel[error])}
          </Alert>
        )}
        {openSteps.length > 0 && (
          <ChecklistOverrideAlert steps={openSteps} onConfirm={() => void confirm(true)} />
        )}
        <TextInput
          type="datetime-local"
          label={t('lifecycle.when')}
          value={at}
          onChange={(event) => setAt(event.currentTarget.value)}
          w={260}
        />
        {needsReason && (
          <Textarea
            label={t('lifecycle.reason')}
            description={t(
              action === 'mark_unfounded' ? 'lifecycle.unfoundedReasonHint' : 'lifecycle.pauseReasonHint',
            )}
            withAsterisk
            autosize
            minRows={3}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            data-autofocus
          />
        )}
        {action === 'record_client_decision' && (
          <>
            <Radio.Group
              label={t('lifecycle.decision')}
              value={accepted}
              onChange={(v) => setAccepted(v === 'no' ? 'no' : 'yes')}
            >
              <Stack gap={6} mt={6}>
                <Radio value="yes" label={t('lifecycle.accepted')} />
                <Radio value="no" label={t('lifecycle.rejected')} />
              </Stack>
            </Radio.Group>
            {accepted === 'no' && (
              <Checkbox.Group
                label={t('lifecycle.alternatives')}
                value={alternatives}
                onChange={(v) => setAlternatives(ALTERNATIVES.filter((a) => v.includes(a)))}
              >
                <Stack gap={6} mt={6}>
                  {ALTERNATIVES.map((a) => (
                    <Checkbox key={a} value={a} label={t(alternativeLabel[a])} />
                  ))}
                </Stack>
              </Checkbox.Group>
            )}
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('lifecycle.cancel')}
          </Button>
          <Button onClick={() => void confirm()} loading={saving} disabled={openSteps.length > 0}>
            {t('lifecycle.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
