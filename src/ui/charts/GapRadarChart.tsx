import {
  Legend,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ResponsiveContainer,
  Tooltip,
} from 'recharts';
import { AXIS_TICK, CHART_COLORS, CHART_HEIGHT, GRID_STROKE, LEGEND_STYLE, TOOLTIP_STYLE } from './theme';

export interface GapPoint {
  readonly label: string;
  readonly offered?: number;
  readonly perceived?: number;
  readonly expected?: number;
}

export interface SeriesLabels {
  readonly offered: string;
  readonly perceived: string;
  readonly expected: string;
}

/** Offered, perceived and expected levels (1–7) on the five dimensions, as a radar. */
export function GapRadarChart({ data, series }: { data: readonly GapPoint[]; series: SeriesLabels }) {
  const hasExpected = data.some((d) => d.expected !== undefined);
  return (
    <ResponsiveContainer width="100%" height={CHART_HEIGHT + 40}>
      <RadarChart data={[...data]} outerRadius="72%" accessibilityLayer={false}>
        <PolarGrid stroke={GRID_STROKE} />
        <PolarAngleAxis dataKey="label" tick={AXIS_TICK} />
        <PolarRadiusAxis
          angle={90}
          domain={[0, 7]}
          tickCount={8}
          tick={{ ...AXIS_TICK, fontSize: 10 }}
          axisLine={false}
        />
        <Radar
          name={series.offered}
          dataKey="offered"
          stroke={CHART_COLORS.offered}
          fill={CHART_COLORS.offered}
          fillOpacity={0.2}
        />
        <Radar
          name={series.perceived}
          dataKey="perceived"
          stroke={CHART_COLORS.perceived}
          fill={CHART_COLORS.perceived}
          fillOpacity={0.25}
        />
        {hasExpected && (
          <Radar
            name={series.expected}
            dataKey="expected"
            stroke={CHART_COLORS.expected}
            fill="none"
            strokeDasharray="4 3"
          />
        )}
        <Legend wrapperStyle={LEGEND_STYLE} />
        <Tooltip {...TOOLTIP_STYLE} />
      </RadarChart>
    </ResponsiveContainer>
  );
}
