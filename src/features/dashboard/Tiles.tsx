import { Paper, SimpleGrid, Text, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DashboardData, DashboardNow } from '../../data';
import type { MilestoneTime } from '../../domain/dashboard';
import { currentLanguage, LOCALE_OF } from '../../i18n';

interface Tile {
  readonly label: string;
  readonly value: string;
  /** A line under the value: the standard, the counts behind a share. */
  readonly hint?: string;
  readonly color?: string;
  /** Where the tile leads when clicked. */
  readonly to?: string;
}

/** The queue's *Da richiamare* view, most urgent call first. */
const TO_CALL_BACK = '/complaints?view=to_call_back&sort=dueDate&dir=asc';

function TileBody({ tile }: { tile: Tile }): ReactNode {
  return (
    <>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {tile.label}
      </Text>
      <Text fz={26} fw={700} c={tile.color ?? 'var(--mantine-color-text)'}>
        {tile.value}
      </Text>
      {tile.hint && (
        <Text size="xs" c="dimmed">
          {tile.hint}
        </Text>
      )}
    </>
  );
}

/** The dashboard's headline numbers: today's, then the period's. */
export function Tiles({ now, data }: { now: DashboardNow; data: DashboardData }) {
  const { t, i18n } = useTranslation();
  const locale = LOCALE_OF[currentLanguage(i18n.language)];
  const none = t('dashboard.noValue');
  const euro = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'EUR',
    useGrouping: 'always',
    maximumFractionDigits: 0,
  });
  const percent = (p: number | undefined) => (p === undefined ? none : `${p}%`);
  const time = (label: string, m: MilestoneTime): Tile => ({
    label,
    value: m.medianDays === undefined ? none : m.medianDays.toLocaleString(locale),
    hint: t('dashboard.standard', { days: m.targetDays }),
    ...(m.medianDays !== undefined && { color: m.medianDays <= m.targetDays ? 'teal' : 'red' }),
  });
  const { service } = data;
  const tiles: Tile[] = [
    { label: t('dashboard.tile.open'), value: String(now.open) },
    {
      label: t('dashboard.tile.overdue'),
      value: String(now.overdue),
      ...(now.overdue > 0 ? { color: 'red' } : {}),
    },
    {
      label: t('dashboard.tile.dueToday'),
      value: String(now.dueToday),
      ...(now.dueToday > 0 ? { color: 'orange' } : {}),
    },
    {
      label: t('dashboard.tile.toCallBack'),
      value: String(now.followUpsDue),
      hint: t('dashboard.openCallBack'),
      to: TO_CALL_BACK,
      ...(now.followUpsDue > 0 ? { color: 'orange' } : {}),
    },
    { label: t('dashboard.tile.followUps'), value: String(now.followUpsOpen) },
    { label: t('dashboard.tile.complaints'), value: String(data.complaints) },
    time(t('dashboard.tile.acknowledgeTime'), service.acknowledge),
    time(t('dashboard.tile.resolveTime'), service.resolve),
    { label: t('dashboard.tile.standardsMet'), value: percent(service.standardsMetPercent) },
    {
      label: t('dashboard.tile.recovered'),
      value: percent(service.recoveredPercent),
      hint: t('dashboard.recoveredOf', { recovered: service.recovered, count: service.followedUp }),
    },
    {
      label: t('dashboard.tile.cost'),
      value: euro.format(service.cost.total),
      hint: t('dashboard.costBreakdown', {
        compensation: euro.format(service.cost.compensation),
        lost: euro.format(service.cost.lostValue),
        count: service.cost.lostClients,
      }),
    },
    { label: t('dashboard.tile.nps'), value: data.nps === undefined ? none : String(data.nps) },
    { label: t('dashboard.tile.csat'), value: data.csat === undefined ? none : `${data.csat}%` },
    { label: t('dashboard.tile.surveys'), value: String(data.surveys) },
    { label: t('dashboard.tile.openActions'), value: String(now.openActions) },
  ];
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, md: 5 }} spacing="sm" role="list" aria-label={t('dashboard.tiles')}>
      {tiles.map((tile) => (
        <Paper
          key={tile.label}
          withBorder
          p="sm"
          role="listitem"
          aria-label={`${tile.label}: ${tile.value}${tile.hint ? ` (${tile.hint})` : ''}`}
        >
          {tile.to ? (
            <UnstyledButton component={Link} to={tile.to} display="block" w="100%">
              <TileBody tile={tile} />
            </UnstyledButton>
          ) : (
            <TileBody tile={tile} />
          )}
        </Paper>
      ))}
    </SimpleGrid>
  );
}
