import { Bar, CartesianGrid, ComposedChart, Line, XAxis, YAxis } from 'recharts';

export interface ParetoDatum {
  readonly label: string;
  readonly count: number;
  readonly cumulativePercent: number;
}

export interface CauseParetoChartProps {
  readonly data: readonly ParetoDatum[];
  readonly countLabel: string;
  readonly cumulativeLabel: string;
  /** Fixed size: a printed chart must not depend on the window it was rendered in. */
  readonly width: number;
  readonly height: number;
}

/**
 * The cause Pareto chart for printed reports: bars for each cause's count,
 * most frequent first, and a line for the running share of all complaints.
 * Plain SVG with animation off, so the PDF gets the finished vector drawing.
 */
export function CauseParetoChart({
  data,
  countLabel,
  cumulativeLabel,
  width,
  height,
}: CauseParetoChartProps) {
  return (
    <ComposedChart
      width={width}
      height={height}
      data={data.map((d) => ({ ...d, cumulativePercent: Math.round(d.cumulativePercent * 10) / 10 }))}
      margin={{ top: 8, right: 8, bottom: 8, left: 0 }}
      role="img"
      aria-label={`${countLabel}; ${cumulativeLabel}`}
    >
      <CartesianGrid stroke="#dde2e8" vertical={false} />
      <XAxis dataKey="label" interval={0} tick={{ fontSize: 9.5, fill: '#1b1f24', width: 84 }} height={44} />
      <YAxis
        yAxisId="count"
        allowDecimals={false}
        tick={{ fontSize: 10, fill: '#5a6470' }}
        label={{ value: countLabel, angle: -90, position: 'insideLeft', fontSize: 10, fill: '#5a6470' }}
      />
      <YAxis
        yAxisId="share"
        orientation="right"
        domain={[0, 100]}
        unit="%"
        tick={{ fontSize: 10, fill: '#5a6470' }}
      />
      <Bar
        yAxisId="count"
        dataKey="count"
        name={countLabel}
        fill="#1f4e79"
        isAnimationActive={false}
        label={{ position: 'top', fontSize: 10, fill: '#1b1f24' }}
      />
      <Line
        yAxisId="share"
        dataKey="cumulativePercent"
        name={cumulativeLabel}
        stroke="#c0562b"
        strokeWidth={2}
        dot={{ r: 3, fill: '#c0562b' }}
        isAnimationActive={false}
      />
    </ComposedChart>
  );
}
