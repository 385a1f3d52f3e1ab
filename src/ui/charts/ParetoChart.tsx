import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { AXIS_TICK, CHART_COLORS, CHART_HEIGHT, GRID_STROKE, TOOLTIP_STYLE } from './theme';

export interface ParetoPoint {
  readonly key: string;
  readonly label: string;
  readonly count: number;
  readonly cumulative: number;
}

/** Counts from largest to smallest with the cumulative share as a line (0–100 %). */
export function ParetoChart({
  data,
  series,
  onSelect,
}: {
  data: readonly ParetoPoint[];
  series: { readonly count: string; readonly cumulative: string };
  /** Called with a bar's key when it is clicked (e.g. to start an improvement action). */
  onSelect?: (key: string) => void;
}) {
  return (
    <ResponsiveContainer width="100%" height={CHART_HEIGHT + 30}>
      <ComposedChart data={[...data]} accessibilityLayer={false} margin={{ bottom: 30 }}>
        <CartesianGrid stroke={GRID_STROKE} strokeDasharray="3 3" />
        <XAxis
          dataKey="label"
          tick={{ ...AXIS_TICK, fontSize: 11 }}
          interval={0}
          angle={-20}
          textAnchor="end"
        />
        <YAxis yAxisId="count" tick={AXIS_TICK} allowDecimals={false} />
        <YAxis yAxisId="share" orientation="right" domain={[0, 100]} tick={AXIS_TICK} unit="%" />
        <Tooltip {...TOOLTIP_STYLE} cursor={{ fill: 'var(--mantine-color-default-hover)' }} />
        <Bar
          yAxisId="count"
          dataKey="count"
          name={series.count}
          fill={CHART_COLORS.primary}
          radius={2}
          maxBarSize={48}
          {...(onSelect
            ? {
                cursor: 'pointer',
                onClick: (entry: { payload?: ParetoPoint }) => entry.payload && onSelect(entry.payload.key),
              }
            : {})}
        />
        <Line
          yAxisId="share"
          dataKey="cumulative"
          name={series.cumulative}
          stroke={CHART_COLORS.line}
          dot={{ r: 3 }}
          unit="%"
        />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
