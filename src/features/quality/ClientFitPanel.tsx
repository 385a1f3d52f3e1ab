import {
  Badge,
  Button,
  Checkbox,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addClientFitCheck, useClientFitChecks } from '../../data';
import { toLocalDateTime } from '../../domain/complaint';
import { dateOf } from '../../domain/deadlines';
import { FIT_QUESTIONS, suggestedVerdict, type FitQuestion, type FitVerdict } from '../../domain/quality';
import { currentLanguage, LOCALE_OF } from '../../i18n';
import { formatDay } from '../../i18n/format';
import { fitQuestionLabel } from './labels';

const allYes = () => Object.fromEntries(FIT_QUESTIONS.map((q) => [q, true])) as Record<FitQuestion, boolean>;

/**
 * "Can we really serve this client well?" before a new engagement. When the
 * answer is no, the studio records whom it referred the client to and the text
 * of a courteous refusal (the letter itself is printed from it); each check
 * stays in the client's log.
 */
export function ClientFitPanel({ clientId, clientName }: { clientId: string; clientName: string }) {
  const { t, i18n } = useTranslation();
  const locale = LOCALE_OF[currentLanguage(i18n.language)];
  const checks = useClientFitChecks(clientId) ?? [];
  const [engagement, setEngagement] = useState('');
  const [answers, setAnswers] = useState(allYes);
  const [verdict, setVerdict] = useState<FitVerdict>('accept');
  const [referral, setReferral] = useState('');
  const [refusalText, setRefusalText] = useState('');
  const [error, setError] = useState(false);

  const answer = (q: FitQuestion, yes: boolean) => {
    const next = { ...answers, [q]: yes };
    setAnswers(next);
    setVerdict(suggestedVerdict(next));
    if (suggestedVerdict(next) === 'decline' && refusalText === '')
      setRefusalText(t('quality.fit.refusalTemplate', { name: clientName }));
  };
  const save = async (event: SubmitEvent) => {
    event.preventDefault();
    if (engagement.trim() === '') return setError(true);
    await addClientFitCheck({
      clientId,
      date: dateOf(toLocalDateTime(new Date())),
      engagement: engagement.trim(),
      answers,
      verdict,
      referral: verdict === 'decline' ? referral.trim() : '',
      refusalText: verdict === 'decline' ? refusalText.trim() : '',
    });
    setEngagement('');
    setAnswers(allYes());
    setVerdict('accept');
    setReferral('');
    setRefusalText('');
  };

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="client-fit">
      <Title order={2} size="h4" id="client-fit" mb="xs">
        {t('quality.fit.title')}
      </Title>
      <form onSubmit={(e) => void save(e)} noValidate>
        <Stack gap="xs">
          <TextInput
            label={t('quality.fit.engagement')}
            withAsterisk
            value={engagement}
            maxLength={200}
            onChange={(e) => {
              setEngagement(e.currentTarget.value);
              setError(false);
            }}
            error={error ? t('quality.fit.engagementRequired') : undefined}
          />
          {FIT_QUESTIONS.map((q) => (
            <Checkbox
              key={q}
              label={t(fitQuestionLabel[q])}
              checked={answers[q]}
              onChange={(e) => answer(q, e.currentTarget.checked)}
            />
          ))}
          <SegmentedControl
            aria-label={t('quality.fit.verdict')}
            value={verdict}
            onChange={(v) => setVerdict(v === 'decline' ? 'decline' : 'accept')}
            data={[
              { value: 'accept', label: t('quality.fit.accept') },
              { value: 'decline', label: t('quality.fit.decline') },
            ]}
          />
          {verdict === 'decline' && (
            <>
              <TextInput
                label={t('quality.fit.referral')}
                value={referral}
                maxLength={200}
                onChange={(e) => setReferral(e.currentTarget.value)}
              />
              <Textarea
                label={t('quality.fit.refusalText')}
                autosize
                minRows={3}
                maxLength={3000}
                value={refusalText}
                onChange={(e) => setRefusalText(e.currentTarget.value)}
              />
            </>
          )}
          <Group justify="flex-end">
            <Button type="submit" variant="light">
              {t('quality.fit.save')}
            </Button>
          </Group>
        </Stack>
      </form>
      {checks.length > 0 && (
        <Stack gap={4} mt="sm" role="list" aria-label={t('quality.fit.log')}>
          {checks.map((c) => (
            <Group key={c.id} gap="xs" role="listitem" wrap="nowrap">
              <Badge color={c.verdict === 'accept' ? 'teal' : 'red'} variant="light" radius="sm" tt="none">
                {t(c.verdict === 'accept' ? 'quality.fit.accepted' : 'quality.fit.declined')}
              </Badge>
              <Text size="sm">
                {formatDay(c.date, locale)} · {c.engagement}
                {c.referral && ` · ${t('quality.fit.referredTo', { name: c.referral })}`}
              </Text>
            </Group>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
