import {
  Badge,
  Button,
  Group,
  Loader,
  NativeSelect,
  Paper,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveComplaintAssessment, useComplaintAssessment } from '../../data';
import type { Complaint } from '../../domain/complaint';
import { dateOf } from '../../domain/deadlines';
import { toLocalDateTime } from '../../domain/complaint';
import { DIMENSIONS, dimensionGap, type Dimension, type DimensionScores } from '../../domain/quality';
import { dimensionHint, dimensionLabel } from './labels';
import { fromLevelValues, LEVEL_OPTIONS, levelKey, toLevelValues, type LevelValues } from './levels';

const SIDES = ['offered', 'perceived', 'expected'] as const;
const COLUMN = {
  offered: 'quality.gap.column.offered',
  perceived: 'quality.gap.column.perceived',
  expected: 'quality.gap.column.expected',
} as const;

function GapBadge({ gap }: { gap: number | undefined }) {
  if (gap === undefined) return <Text c="dimmed">—</Text>;
  const color = gap < 0 ? 'red' : gap > 0 ? 'teal' : 'gray';
  return (
    <Badge color={color} variant="light" radius="sm">
      {gap > 0 ? `+${gap}` : gap}
    </Badge>
  );
}

/**
 * The quality gap of one complaint (filled while investigating): for each
 * SERVQUAL dimension, what the studio thinks it offered, what the client
 * perceived and, if known, expected, each 1–7, with a short note.
 */
export function GapAssessmentPanel({ complaint }: { complaint: Complaint }) {
  const stored = useComplaintAssessment(complaint.id);
  if (stored === undefined) return <Loader size="sm" />;
  return <GapAssessmentForm complaint={complaint} initial={stored?.scores} />;
}

function GapAssessmentForm({
  complaint,
  initial,
}: {
  complaint: Complaint;
  initial: DimensionScores | undefined;
}) {
  const { t } = useTranslation();
  // The stored levels seed the form once; later live updates come from this very form.
  const [values, setValues] = useState<LevelValues>(() => toLevelValues(initial, SIDES));
  const [saving, setSaving] = useState(false);

  const set = (key: string, value: string) => setValues((v) => ({ ...v, [key]: value }));
  const scores = fromLevelValues(values, [...SIDES]);
  const empty = Object.keys(scores).length === 0;
  const save = async () => {
    setSaving(true);
    try {
      await saveComplaintAssessment(complaint.id, scores, dateOf(toLocalDateTime(new Date())));
      notifications.show({
        color: 'teal',
        message: t('quality.gap.saved'),
        closeButtonProps: { 'aria-label': t('app.close') },
      });
    } finally {
      setSaving(false);
    }
  };
  const cell = (d: Dimension, side: (typeof SIDES)[number]) => (
    <NativeSelect
      size="xs"
      aria-label={`${t(dimensionLabel[d])}: ${t(COLUMN[side])}`}
      value={values[levelKey(d, side)] ?? ''}
      onChange={(e) => set(levelKey(d, side), e.currentTarget.value)}
      data={[{ value: '', label: '—' }, ...LEVEL_OPTIONS.map((l) => ({ value: l, label: l }))]}
      w={64}
    />
  );

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="complaint-gap">
      <Title order={2} size="h4" id="complaint-gap">
        {t('quality.gap.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('quality.gap.hint')}
      </Text>
      <Table.ScrollContainer minWidth={560}>
        <Table verticalSpacing={4} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('quality.gap.column.dimension')}</Table.Th>
              <Table.Th>{t('quality.gap.column.offered')}</Table.Th>
              <Table.Th>{t('quality.gap.column.perceived')}</Table.Th>
              <Table.Th>{t('quality.gap.column.expected')}</Table.Th>
              <Table.Th>{t('quality.gap.column.gap')}</Table.Th>
              <Table.Th>{t('quality.gap.column.note')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {DIMENSIONS.map((d) => {
              const gap = dimensionGap(scores[d]);
              return (
                <Table.Tr key={d}>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {t(dimensionLabel[d])}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t(dimensionHint[d])}
                    </Text>
                  </Table.Td>
                  <Table.Td>{cell(d, 'offered')}</Table.Td>
                  <Table.Td>{cell(d, 'perceived')}</Table.Td>
                  <Table.Td>{cell(d, 'expected')}</Table.Td>
                  <Table.Td aria-label={t('quality.gap.gapOf', { dimension: t(dimensionLabel[d]) })}>
                    <GapBadge gap={gap.vsOffered} />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      size="xs"
                      maxLength={200}
                      aria-label={`${t(dimensionLabel[d])}: ${t('quality.gap.column.note')}`}
                      value={values[levelKey(d, 'note')] ?? ''}
                      onChange={(e) => set(levelKey(d, 'note'), e.currentTarget.value)}
                    />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group justify="flex-end" mt="sm">
        <Button onClick={() => void save()} loading={saving} disabled={empty}>
          {t('quality.gap.save')}
        </Button>
      </Group>
    </Paper>
  );
}
