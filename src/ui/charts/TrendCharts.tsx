import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { AXIS_TICK, CHART_COLORS, CHART_HEIGHT, GRID_STROKE, LEGEND_STYLE, TOOLTIP_STYLE } from './theme';

/** The mean gap (perceived − offered) month by month, with the zero line. */
export function GapTrendChart({
  data,
  seriesLabel,
}: {
  data: readonly { readonly label: string; readonly gap?: number }[];
  seriesLabel: string;
}) {
  return (
    <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
      <LineChart data={[...data]} accessibilityLayer={false}>
        <CartesianGrid stroke={GRID_STROKE} strokeDasharray="3 3" />
        <XAxis dataKey="label" tick={AXIS_TICK} />
        <YAxis domain={[-6, 6]} tick={AXIS_TICK} />
        <ReferenceLine y={0} stroke="var(--mantine-color-dimmed)" />
        <Tooltip {...TOOLTIP_STYLE} />
        <Line dataKey="gap" name={seriesLabel} stroke={CHART_COLORS.perceived} connectNulls dot={{ r: 3 }} />
      </LineChart>
    </ResponsiveContainer>
  );
}

export interface NpsMonth {
  readonly label: string;
  readonly promoters: number;
  readonly passives: number;
  readonly detractors: number;
  readonly nps?: number;
}

/** Answers per month split into promoters, passives and detractors (stacked), with the NPS as a line. */
export function NpsTrendChart({
  data,
  series,
}: {
  data: readonly NpsMonth[];
  series: { promoters: string; passives: string; detractors: string; nps: string };
}) {
  return (
    <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
      <ComposedChart data={[...data]} accessibilityLayer={false}>
        <CartesianGrid stroke={GRID_STROKE} strokeDasharray="3 3" />
        <XAxis dataKey="label" tick={AXIS_TICK} />
        <YAxis yAxisId="answers" tick={AXIS_TICK} allowDecimals={false} />
        <YAxis yAxisId="nps" orientation="right" domain={[-100, 100]} tick={AXIS_TICK} />
        <Tooltip {...TOOLTIP_STYLE} cursor={{ fill: 'var(--mantine-color-default-hover)' }} />
        <Legend wrapperStyle={LEGEND_STYLE} />
        <Bar
          yAxisId="answers"
          stackId="nps"
          dataKey="detractors"
          name={series.detractors}
          fill={CHART_COLORS.detractors}
        />
        <Bar
          yAxisId="answers"
          stackId="nps"
          dataKey="passives"
          name={series.passives}
          fill={CHART_COLORS.passives}
        />
        <Bar
          yAxisId="answers"
          stackId="nps"
          dataKey="promoters"
          name={series.promoters}
          fill={CHART_COLORS.promoters}
        />
        <Line
          yAxisId="nps"
          dataKey="nps"
          name={series.nps}
          stroke={CHART_COLORS.offered}
          connectNulls
          dot={{ r: 3 }}
        />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
