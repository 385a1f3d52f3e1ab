import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { AXIS_TICK, CHART_HEIGHT, GRID_STROKE, LEGEND_STYLE, TOOLTIP_STYLE } from './theme';

export interface BarSeries {
  readonly key: string;
  readonly label: string;
  readonly color: string;
}

/**
 * Bars for each category, one per series side by side (grouped). With
 * `horizontal`, categories run down the side so long Italian names stay readable.
 */
export function BarsChart({
  data,
  series,
  horizontal = false,
  domain,
}: {
  data: readonly ({ readonly label: string } & Readonly<Record<string, string | number | undefined>>)[];
  series: readonly BarSeries[];
  horizontal?: boolean;
  domain?: [number, number];
}) {
  const valueAxis = { tick: AXIS_TICK, allowDecimals: false, ...(domain ? { domain } : {}) };
  const categoryAxis = { dataKey: 'label', tick: AXIS_TICK, interval: 0 as const };
  return (
    <ResponsiveContainer
      width="100%"
      height={horizontal ? Math.max(CHART_HEIGHT, data.length * 34 + 40) : CHART_HEIGHT}
    >
      <BarChart data={[...data]} layout={horizontal ? 'vertical' : 'horizontal'} accessibilityLayer={false}>
        <CartesianGrid stroke={GRID_STROKE} strokeDasharray="3 3" />
        {horizontal ? (
          <>
            <XAxis type="number" {...valueAxis} />
            <YAxis type="category" width={150} {...categoryAxis} />
          </>
        ) : (
          <>
            <XAxis {...categoryAxis} />
            <YAxis {...valueAxis} />
          </>
        )}
        <Tooltip {...TOOLTIP_STYLE} cursor={{ fill: 'var(--mantine-color-default-hover)' }} />
        {series.length > 1 && <Legend wrapperStyle={LEGEND_STYLE} />}
        {series.map((s) => (
          <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.color} radius={2} maxBarSize={36} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
