import { Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveReviewNotes, useSetting } from '../../data';
import { EMPTY_REVIEW_NOTES, PRINCIPLES, type PrincipleRating, type ReviewNotes } from '../../domain/reports';
import { principleHint, principleLabel, ratingLabel } from '../documents';

const RATINGS = [1, 2, 3, 4] as const;

/** The owner's notes, decisions and principle ratings for one period; printed in its report. */
export function ReviewForm({ periodKey, periodName }: { periodKey: string; periodName: string }) {
  const all = useSetting('reviewNotes');
  if (!all) return null;
  // Keyed by period: switching period starts from that period's saved notes.
  return <ReviewEditor key={periodKey} periodKey={periodKey} periodName={periodName} initial={all[periodKey] ?? EMPTY_REVIEW_NOTES} />;
}

function ReviewEditor({ periodKey, periodName, initial }: { periodKey: string; periodName: string; initial: ReviewNotes }) {
  const { t } = useTranslation();
  const [notes, setNotes] = useState(initial);
  const save = async () => {
    await saveReviewNotes(periodKey, notes);
    notifications.show({ color: 'teal', message: t('reports.screen.saved') });
  };
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="review-title">
      <Title order={2} size="h4" id="review-title">
        {t('reports.screen.review', { period: periodName })}
      </Title>
      <Text c="dimmed" size="sm" mb="md">
        {t('reports.screen.reviewIntro')}
      </Text>
      <Stack gap="md">
        <Textarea
          label={t('reports.screen.notes')}
          value={notes.notes}
          onChange={(e) => setNotes({ ...notes, notes: e.currentTarget.value })}
          autosize
          minRows={3}
          maxLength={5000}
        />
        <Textarea
          label={t('reports.screen.decisions')}
          value={notes.decisions}
          onChange={(e) => setNotes({ ...notes, decisions: e.currentTarget.value })}
          autosize
          minRows={3}
          maxLength={5000}
        />
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
          {PRINCIPLES.map((p) => (
            <NativeSelect
              key={p}
              label={t('reports.screen.rating', { principle: t(principleLabel[p]) })}
              description={t(principleHint[p])}
              value={String(notes.ratings[p] ?? 0)}
              onChange={(e) =>
                setNotes({ ...notes, ratings: { ...notes.ratings, [p]: Number(e.currentTarget.value) as PrincipleRating } })
              }
              data={[
                { value: '0', label: t('reports.screen.notAssessed') },
                ...RATINGS.map((r) => ({ value: String(r), label: `${r} · ${t(ratingLabel[r])}` })),
              ]}
            />
          ))}
        </SimpleGrid>
        <Group>
          <Button onClick={() => void save()}>{t('reports.screen.save')}</Button>
        </Group>
      </Stack>
    </Paper>
  );
}
