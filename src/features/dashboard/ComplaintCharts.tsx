import { Button, Group, Stack, Text } from '@mantine/core';
import { IconBulb } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useServiceAreas, type DashboardData } from '../../data';
import type { Cause } from '../../domain/complaint';
import { BarsChart, CHART_COLORS, ChartCard, ParetoChart } from '../../ui/charts';
import { causeLabel, channelLabel } from '../complaint';
import { promiseKindLabel } from '../quality';
import { useChartLabels } from './useChartLabels';

/**
 * Complaints of the period by cause (Pareto, with an action per cause), by
 * channel and by service, and the promises they say were broken, by kind.
 */
export function ComplaintCharts({
  data,
  onCreateAction,
}: {
  data: DashboardData;
  onCreateAction: (cause: Cause) => void;
}) {
  const { t } = useTranslation();
  const labels = useChartLabels();
  const areas = new Map((useServiceAreas() ?? []).map((a) => [a.id, a.name]));
  const count = t('dashboard.column.complaints');
  const pareto = data.byCause.map((r) => ({ ...r, label: t(causeLabel[r.key]) }));
  const channels = data.byChannel.map((r) => ({ label: t(channelLabel[r.key]), count: r.count }));
  const services = data.byService.map((r) => ({
    label: r.key ? (areas.get(r.key) ?? '—') : t('dashboard.noArea'),
    count: r.count,
  }));
  const promises = data.brokenPromises.map((r) => ({ label: t(promiseKindLabel[r.kind]), count: r.count }));
  const promiseCount = t('dashboard.column.promises');
  const countSeries = [{ key: 'count', label: count, color: CHART_COLORS.primary }];

  return (
    <>
      <ChartCard
        title={t('dashboard.pareto.title')}
        summary={pareto.map((r) => `${r.label}: ${r.count}`).join('; ')}
        labels={labels}
        footer={
          <Stack gap={4} mt="xs">
            <Text size="xs" c="dimmed">
              {t('dashboard.pareto.hint')}
            </Text>
            <Group gap={6}>
              {data.byCause.map((r) => (
                <Button
                  key={r.key}
                  size="compact-xs"
                  variant="light"
                  leftSection={<IconBulb size={14} aria-hidden />}
                  onClick={() => onCreateAction(r.key)}
                >
                  {t('dashboard.pareto.createFor', { cause: t(causeLabel[r.key]) })}
                </Button>
              ))}
            </Group>
          </Stack>
        }
        table={{
          columns: [
            t('dashboard.column.cause'),
            count,
            t('dashboard.column.share'),
            t('dashboard.column.cumulative'),
          ],
          rows: pareto.map((r) => [r.label, r.count, `${r.share}%`, `${r.cumulative}%`]),
        }}
      >
        <ParetoChart
          data={pareto}
          series={{ count, cumulative: t('dashboard.column.cumulative') }}
          onSelect={(key) => onCreateAction(key as Cause)}
        />
      </ChartCard>
      <ChartCard
        title={t('dashboard.byChannel')}
        summary={channels.map((r) => `${r.label}: ${r.count}`).join('; ')}
        labels={labels}
        table={{
          columns: [t('dashboard.column.channel'), count],
          rows: channels.map((r) => [r.label, r.count]),
        }}
      >
        <BarsChart data={channels} series={countSeries} horizontal />
      </ChartCard>
      <ChartCard
        title={t('dashboard.byService')}
        summary={services.map((r) => `${r.label}: ${r.count}`).join('; ')}
        labels={labels}
        table={{
          columns: [t('dashboard.column.service'), count],
          rows: services.map((r) => [r.label, r.count]),
        }}
      >
        <BarsChart data={services} series={countSeries} horizontal />
      </ChartCard>
      <ChartCard
        title={t('dashboard.brokenPromises')}
        summary={promises.map((r) => `${r.label}: ${r.count}`).join('; ')}
        labels={labels}
        table={{
          columns: [t('dashboard.column.promiseKind'), promiseCount],
          rows: promises.map((r) => [r.label, r.count]),
        }}
      >
        <BarsChart
          data={promises}
          series={[{ key: 'count', label: promiseCount, color: CHART_COLORS.primary }]}
          horizontal
        />
      </ChartCard>
    </>
  );
}
