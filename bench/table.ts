import type { Reading } from './app.ts';
import type { Figure } from './figures.ts';

const integer = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('en', { minimumFractionDigits: 3, maximumFractionDigits: 3 });
const short = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

function value(unit: Figure['unit'], n: number): string {
  return (unit === 'ms' ? decimal : integer).format(n);
}

/** A target of issue 9 and whether this run met it. */
export interface Target {
  readonly target: string;
  readonly measured: number;
  readonly unit: string;
  readonly met: boolean;
}

/** Plain aligned text: text columns to the left, numbers to the right. */
function align(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]?.length ?? 0)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join(' | ');
  const rule = widths.map((w) => '-'.repeat(w)).join('-+-');
  return [line(header), rule, ...rows.map(line)];
}

/** The figures with their baselines, then the readings that have none. */
export function formatTable(title: string, figures: readonly Figure[], readings: readonly Reading[]): string {
  const header = ['figure', 'median', 'min–max', 'baseline median', 'ratio'];
  const rows = [
    ...figures.map((f) => [
      `${f.figure} (${f.unit}, ${f.runs} runs)`,
      value(f.unit, f.riparo.median),
      `${value(f.unit, f.riparo.min)}–${value(f.unit, f.riparo.max)}`,
      value(f.unit, f.baseline.median),
      f.ratio.toFixed(2),
    ]),
    ...readings.map((r) => [`${r.figure} (${r.unit})`, short.format(r.value), '', '', '']),
  ];
  return [title, ...align(header, rows)].join('\n');
}

/** Each target, what this run measured, and whether it was met. */
export function formatTargets(targets: readonly Target[]): string {
  const rows = targets.map((t) => [
    t.target,
    `${short.format(t.measured)} ${t.unit}`,
    t.met ? 'met' : 'NOT MET',
  ]);
  return ['Targets', ...align(['target', 'measured', ''], rows)].join('\n');
}
