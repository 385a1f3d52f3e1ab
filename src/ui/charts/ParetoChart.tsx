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

/** Slanted labels longer than this are cut with an ellipsis; the tooltip and the table keep the whole name. */
const LABEL_CHARS = 20;
const shortLabel = (label: string) =>
  label.length > LABEL_CHARS ? `${label.slice(0, LABEL_CHARS - 1).trimEnd()}…` : label;

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
    // Slanted labels need room below, and to the left for the first one.
    <ResponsiveContainer width="100%" height={CHART_HEIGHT + 70}>
      <ComposedChart data={[...data]} accessibilityLayer={false} margin={{ left: 48, bottom: 10 }}>
        <CartesianGrid stroke={GRID_STROKE} strokeDasharray="3 3" />
        <XAxis
          dataKey="label"
          tick={{ ...AXIS_TICK, fontSize: 11 }}
          interval={0}
          angle={-35}
          textAnchor="end"
          height={90}
          tickFormatter={shortLabel}
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
