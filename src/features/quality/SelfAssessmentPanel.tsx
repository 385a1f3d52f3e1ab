import {
  Button,
  Group,
  NativeSelect,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addSelfAssessment, useSelfAssessments, useServiceAreas } from '../../data';
import { toLocalDateTime } from '../../domain/complaint';
import { dateOf, isLocalDate } from '../../domain/deadlines';
import { DIMENSIONS } from '../../domain/quality';
import { currentLanguage, LOCALE_OF } from '../../i18n';
import { formatDay } from '../../i18n/format';
import { dimensionLabel } from './labels';
import { fromLevelValues, LEVEL_OPTIONS, levelKey, toLevelValues } from './levels';

const SIDES = ['offered', 'expected'] as const;

/**
 * Autovalutazione: per service area (or the whole studio), the level the
 * studio believes it offers on each dimension, and what it predicts clients
 * expect. The dashboard sets the latest one against what clients perceive.
 */
export function SelfAssessmentPanel() {
  const { t, i18n } = useTranslation();
  const locale = LOCALE_OF[currentLanguage(i18n.language)];
  const areas = useServiceAreas() ?? [];
  const history = useSelfAssessments() ?? [];
  const [areaId, setAreaId] = useState<string | null>(null);
  const [date, setDate] = useState(() => dateOf(toLocalDateTime(new Date())));
  const [values, setValues] = useState(() => toLevelValues(undefined, SIDES));
  const scores = fromLevelValues(values, [...SIDES]);
  const areaName = (id?: string) =>
    id ? (areas.find((a) => a.id === id)?.name ?? '—') : t('quality.self.wholeStudio');

  const save = async (event: SubmitEvent) => {
    event.preventDefault();
    if (!isLocalDate(date) || Object.keys(scores).length === 0) return;
    await addSelfAssessment(areaId ?? undefined, date, scores);
    notifications.show({
      color: 'teal',
      message: t('quality.self.saved'),
      closeButtonProps: { 'aria-label': t('app.close') },
    });
    setValues(toLevelValues(undefined, SIDES));
  };
  const select = (d: (typeof DIMENSIONS)[number], side: (typeof SIDES)[number]) => (
    <NativeSelect
      size="xs"
      w={64}
      aria-label={`${t(dimensionLabel[d])}: ${t(side === 'offered' ? 'quality.self.offered' : 'quality.self.predicted')}`}
      value={values[levelKey(d, side)] ?? ''}
      onChange={(e) => setValues({ ...values, [levelKey(d, side)]: e.currentTarget.value })}
      data={[{ value: '', label: '—' }, ...LEVEL_OPTIONS.map((l) => ({ value: l, label: l }))]}
    />
  );

  return (
    <Stack gap="lg">
      <Paper withBorder p="lg" component="section" aria-labelledby="self-assessment">
        <Title order={2} size="h4" id="self-assessment">
          {t('quality.self.title')}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t('quality.self.hint')}
        </Text>
        <form onSubmit={(e) => void save(e)} noValidate>
          <Group gap="sm" mb="sm">
            <Select
              label={t('quality.self.area')}
              placeholder={t('quality.self.wholeStudio')}
              clearable
              data={areas.filter((a) => a.active).map((a) => ({ value: a.id, label: a.name }))}
              value={areaId}
              onChange={setAreaId}
            />
            <TextInput
              type="date"
              label={t('quality.self.date')}
              value={date}
              onChange={(e) => setDate(e.currentTarget.value)}
            />
          </Group>
          <Table fz="sm" verticalSpacing={4} maw={560}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('quality.gap.column.dimension')}</Table.Th>
                <Table.Th>{t('quality.self.offered')}</Table.Th>
                <Table.Th>{t('quality.self.predicted')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {DIMENSIONS.map((d) => (
                <Table.Tr key={d}>
                  <Table.Td>{t(dimensionLabel[d])}</Table.Td>
                  <Table.Td>{select(d, 'offered')}</Table.Td>
                  <Table.Td>{select(d, 'expected')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Button type="submit" mt="sm" disabled={Object.keys(scores).length === 0}>
            {t('quality.self.save')}
          </Button>
        </form>
      </Paper>
      <Paper withBorder p="lg" component="section" aria-labelledby="self-history">
        <Title order={2} size="h4" id="self-history" mb="sm">
          {t('quality.self.history')}
        </Title>
        {history.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('quality.self.none')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table fz="sm" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('quality.self.date')}</Table.Th>
                  <Table.Th>{t('quality.self.area')}</Table.Th>
                  {DIMENSIONS.map((d) => (
                    <Table.Th key={d}>{t(dimensionLabel[d])}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {history.map((a) => (
                  <Table.Tr key={a.id}>
                    <Table.Td>{formatDay(a.date, locale)}</Table.Td>
                    <Table.Td>{areaName(a.serviceAreaId)}</Table.Td>
                    {DIMENSIONS.map((d) => (
                      <Table.Td key={d}>
                        {a.scores[d]?.offered ?? '—'} / {a.scores[d]?.expected ?? '—'}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
    </Stack>
  );
}
