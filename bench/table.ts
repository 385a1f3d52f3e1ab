import type { Figure } from './figures.ts';

const integer = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('en', { minimumFractionDigits: 3, maximumFractionDigits: 3 });

function value(unit: Figure['unit'], n: number): string {
  return (unit === 'ms' ? decimal : integer).format(n);
}

/** A plain aligned text table: text columns to the left, numbers to the right. */
export function formatTable(title: string, figures: readonly Figure[]): string {
  const header = ['figure', 'median', 'min–max', 'baseline median', 'ratio'];
  const rows = figures.map((f) => [
    `${f.figure} (${f.unit}, ${f.runs} runs)`,
    value(f.unit, f.riparo.median),
    `${value(f.unit, f.riparo.min)}–${value(f.unit, f.riparo.max)}`,
    value(f.unit, f.baseline.median),
    f.ratio.toFixed(2),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]?.length ?? 0)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join(' | ');
  const rule = widths.map((w) => '-'.repeat(w)).join('-+-');
  return [title, line(header), rule, ...rows.map(line)].join('\n');
}
