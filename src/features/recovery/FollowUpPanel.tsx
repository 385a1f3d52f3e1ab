import {
  Alert,
  Badge,
  Button,
  Group,
  NativeSelect,
  Paper,
  Radio,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { recordFollowUp } from '../../data';
import { toLocalDateTime, type Complaint } from '../../domain/complaint';
import type { FollowUpIntensity, FollowUpRecord, Recovery, RecoveryStep } from '../../domain/recovery';
import { currentLanguage, LOCALE_OF } from '../../i18n';
import { formatLocalDateTime } from '../../i18n/format';
import { feelingLabel } from '../complaint';
import { ChecklistOverrideAlert } from './ChecklistOverrideAlert';
import { followUpIntensityLabel } from './labels';

/** States in which the follow-up call is due or done. */
const FOLLOW_UP_STATES: readonly Complaint['state'][] = ['resolved', 'followed_up', 'closed'];
const SCORES = ['1', '2', '3', '4', '5'] as const;
const INTENSITIES = [0, 1, 2, 3] as const;

/**
 * The follow-up (step 7): how satisfied the client is with the handling, how
 * the feelings recorded at intake have changed, and whether the relationship
 * was kept. Saving it on a resolved complaint also records the follow-up.
 */
export function FollowUpPanel({ complaint, recovery }: { complaint: Complaint; recovery: Recovery }) {
  const { t, i18n } = useTranslation();
  const locale = LOCALE_OF[currentLanguage(i18n.language)];
  if (!FOLLOW_UP_STATES.includes(complaint.state)) return null;
  const record = recovery.followUp;

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="recovery-follow-up">
      <Title order={2} size="h4" id="recovery-follow-up" mb="sm">
        {t('recovery.followUp.title')}
      </Title>
      {record ? (
        <Stack gap={6}>
          <Text size="sm">
            {t('recovery.followUp.doneOn', { date: formatLocalDateTime(record.at, locale) })}
          </Text>
          <Group gap="xs">
            <Badge variant="light">{t('recovery.followUp.score', { score: record.satisfaction })}</Badge>
            <Badge variant="light" color={record.recovered ? 'green' : 'red'}>
              {t(record.recovered ? 'recovery.followUp.recovered' : 'recovery.followUp.lost')}
            </Badge>
          </Group>
          {record.feelings.map(({ feeling, intensity }) => {
            const before = complaint.feelings.find((f) => f.feeling === feeling)?.intensity ?? 0;
            return (
              <Text size="sm" key={feeling}>
                {t('recovery.followUp.feelingChange', {
                  feeling: t(feelingLabel[feeling]),
                  before: t(followUpIntensityLabel[before]),
                  after: t(followUpIntensityLabel[intensity]),
                })}
              </Text>
            );
          })}
          {record.note && (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {record.note}
            </Text>
          )}
        </Stack>
      ) : (
        <FollowUpForm complaint={complaint} />
      )}
    </Paper>
  );
}

function FollowUpForm({ complaint }: { complaint: Complaint }) {
  const { t } = useTranslation();
  const [at, setAt] = useState(() => toLocalDateTime(new Date()));
  const [satisfaction, setSatisfaction] = useState('');
  const [recovered, setRecovered] = useState('');
  const [note, setNote] = useState('');
  const [feelings, setFeelings] = useState<FollowUpRecord['feelings']>(() =>
    complaint.feelings.map(({ feeling, intensity }) => ({ feeling, intensity })),
  );
  const [missing, setMissing] = useState(false);
  const [openSteps, setOpenSteps] = useState<RecoveryStep[]>([]);
  const [refused, setRefused] = useState(false);

  const save = async (override: boolean) => {
    if (satisfaction === '' || recovered === '') {
      setMissing(true);
      return;
    }
    const record: FollowUpRecord = {
      at,
      satisfaction: Number(satisfaction) as FollowUpRecord['satisfaction'],
      feelings,
      recovered: recovered === 'yes',
      note: note.trim(),
    };
    const outcome = await recordFollowUp(complaint.id, record, { override });
    if (outcome.ok) return;
    if (outcome.error === 'checklist.incomplete') setOpenSteps(outcome.steps);
    else setRefused(true);
  };

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('recovery.followUp.intro')}
      </Text>
      <TextInput
        type="datetime-local"
        label={t('recovery.followUp.at')}
        value={at}
        onChange={(event) => setAt(event.currentTarget.value)}
        w={260}
      />
      <Radio.Group
        label={t('recovery.followUp.satisfaction')}
        description={t('recovery.followUp.satisfactionHint')}
        withAsterisk
        value={satisfaction}
        onChange={setSatisfaction}
      >
        <Group mt={6}>
          {SCORES.map((score) => (
            <Radio key={score} value={score} label={score} />
          ))}
        </Group>
      </Radio.Group>
      {feelings.length > 0 && (
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('recovery.followUp.feelings')}
          </Text>
          {feelings.map(({ feeling, intensity }) => (
            <NativeSelect
              key={feeling}
              label={t(feelingLabel[feeling])}
              data={INTENSITIES.map((i) => ({ value: String(i), label: t(followUpIntensityLabel[i]) }))}
              value={String(intensity)}
              onChange={(event) => {
                const next = Number(event.currentTarget.value) as FollowUpIntensity;
                setFeelings((all) =>
                  all.map((f) => (f.feeling === feeling ? { feeling, intensity: next } : f)),
                );
              }}
              w={260}
            />
          ))}
        </Stack>
      )}
      <Radio.Group
        label={t('recovery.followUp.recoveredQuestion')}
        withAsterisk
        value={recovered}
        onChange={setRecovered}
      >
        <Group mt={6}>
          <Radio value="yes" label={t('recovery.yes')} />
          <Radio value="no" label={t('recovery.no')} />
        </Group>
      </Radio.Group>
      <Textarea
        label={t('recovery.followUp.note')}
        autosize
        minRows={2}
        value={note}
        onChange={(event) => setNote(event.currentTarget.value)}
      />
      {missing && (satisfaction === '' || recovered === '') && (
        <Alert color="red" role="alert">
          {t('recovery.followUp.required')}
        </Alert>
      )}
      {refused && (
        <Alert color="red" role="alert">
          {t('recovery.followUp.refused')}
        </Alert>
      )}
      {openSteps.length > 0 ? (
        <ChecklistOverrideAlert steps={openSteps} onConfirm={() => void save(true)} />
      ) : (
        <Group>
          <Button onClick={() => void save(false)}>{t('recovery.followUp.save')}</Button>
        </Group>
      )}
    </Stack>
  );
}
