import { useTranslation } from 'react-i18next';
import type { DashboardData } from '../../data';
import { currentLanguage, LOCALE_OF } from '../../i18n';
import { formatMonth } from '../../i18n/format';
import {
  BarsChart,
  CHART_COLORS,
  ChartCard,
  GapRadarChart,
  GapTrendChart,
  NpsTrendChart,
} from '../../ui/charts';
import { dimensionLabel } from '../quality';
import { useChartLabels } from './useChartLabels';

const dash = (n: number | undefined) => (n === undefined ? '—' : n);

/** Offered vs perceived per dimension (radar and bars), the gap month by month, and the NPS trend. */
export function GapCharts({ data }: { data: DashboardData }) {
  const { t, i18n } = useTranslation();
  const locale = LOCALE_OF[currentLanguage(i18n.language)];
  const labels = useChartLabels();
  const series = {
    offered: t('dashboard.series.offered'),
    perceived: t('dashboard.series.perceived'),
    expected: t('dashboard.series.expected'),
    predicted: t('dashboard.series.predicted'),
  };
  const rated = data.dimensions.some((d) => d.offered !== undefined || d.perceived !== undefined);
  const points = data.dimensions.map((d) => ({
    label: t(dimensionLabel[d.dimension]),
    ...(d.offered !== undefined ? { offered: d.offered } : {}),
    ...(d.perceived !== undefined ? { perceived: d.perceived } : {}),
    ...(d.expected !== undefined ? { expected: d.expected } : {}),
  }));
  const gapTable = {
    columns: [
      t('dashboard.column.dimension'),
      series.offered,
      series.perceived,
      series.expected,
      t('dashboard.column.gap'),
      series.predicted,
      t('dashboard.column.predictionGap'),
    ],
    rows: rated
      ? data.dimensions.map((d) => [
          t(dimensionLabel[d.dimension]),
          dash(d.offered),
          dash(d.perceived),
          dash(d.expected),
          dash(d.gap),
          dash(d.predicted),
          dash(d.predictionGap),
        ])
      : [],
  };
  const gapSummary = data.dimensions
    .map((d) =>
      t('dashboard.gap.summaryItem', { dimension: t(dimensionLabel[d.dimension]), gap: dash(d.gap) }),
    )
    .join('; ');
  const trend = data.trend.map((m) => ({ ...m, label: formatMonth(m.month, locale) }));
  const hasTrend = trend.some((m) => m.gap !== undefined);
  const hasNps = trend.some((m) => m.promoters + m.passives + m.detractors > 0);
  const npsSeries = {
    promoters: t('dashboard.series.promoters'),
    passives: t('dashboard.series.passives'),
    detractors: t('dashboard.series.detractors'),
    nps: t('dashboard.series.nps'),
  };

  return (
    <>
      <ChartCard title={t('dashboard.gap.radar')} summary={gapSummary} table={gapTable} labels={labels}>
        <GapRadarChart data={points} series={series} />
      </ChartCard>
      <ChartCard title={t('dashboard.gap.bars')} summary={gapSummary} table={gapTable} labels={labels}>
        <BarsChart
          data={points}
          domain={[0, 7]}
          series={[
            { key: 'offered', label: series.offered, color: CHART_COLORS.offered },
            { key: 'perceived', label: series.perceived, color: CHART_COLORS.perceived },
          ]}
        />
      </ChartCard>
      <ChartCard
        title={t('dashboard.gap.trend')}
        summary={t('dashboard.gap.trendSummary')}
        labels={labels}
        table={{
          columns: [t('dashboard.column.month'), t('dashboard.column.gap')],
          rows: hasTrend ? trend.map((m) => [m.label, dash(m.gap)]) : [],
        }}
      >
        <GapTrendChart data={trend} seriesLabel={t('dashboard.column.gap')} />
      </ChartCard>
      <ChartCard
        title={t('dashboard.nps.trend')}
        summary={t('dashboard.nps.summary', { nps: dash(data.nps), ...data.tally })}
        labels={labels}
        table={{
          columns: [
            t('dashboard.column.month'),
            npsSeries.promoters,
            npsSeries.passives,
            npsSeries.detractors,
            npsSeries.nps,
          ],
          rows: hasNps ? trend.map((m) => [m.label, m.promoters, m.passives, m.detractors, dash(m.nps)]) : [],
        }}
      >
        <NpsTrendChart data={trend} series={npsSeries} />
      </ChartCard>
    </>
  );
}
