import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DashboardData } from '../../data';

interface Tile {
  readonly label: string;
  readonly value: string;
  readonly color?: string;
}

/** The dashboard's headline numbers. */
export function Tiles({ data }: { data: DashboardData }) {
  const { t } = useTranslation();
  const none = t('dashboard.noValue');
  const tiles: Tile[] = [
    { label: t('dashboard.tile.open'), value: String(data.open) },
    {
      label: t('dashboard.tile.overdue'),
      value: String(data.overdue),
      ...(data.overdue > 0 ? { color: 'red' } : {}),
    },
    {
      label: t('dashboard.tile.dueToday'),
      value: String(data.dueToday),
      ...(data.dueToday > 0 ? { color: 'orange' } : {}),
    },
    { label: t('dashboard.tile.followUps'), value: String(data.followUpsOpen) },
    { label: t('dashboard.tile.complaints'), value: String(data.complaints) },
    { label: t('dashboard.tile.nps'), value: data.nps === undefined ? none : String(data.nps) },
    { label: t('dashboard.tile.csat'), value: data.csat === undefined ? none : `${data.csat}%` },
    { label: t('dashboard.tile.surveys'), value: String(data.surveys) },
    { label: t('dashboard.tile.openActions'), value: String(data.openActions) },
    { label: t('dashboard.tile.brokenPromises'), value: String(data.brokenPromises) },
  ];
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, md: 5 }} spacing="sm" role="list" aria-label={t('dashboard.tiles')}>
      {tiles.map((tile) => (
        <Paper key={tile.label} withBorder p="sm" role="listitem" aria-label={`${tile.label}: ${tile.value}`}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {tile.label}
          </Text>
          <Text fz={26} fw={700} c={tile.color ?? 'var(--mantine-color-text)'}>
            {tile.value}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
