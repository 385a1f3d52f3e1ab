/** One bar of a Pareto chart. */
export interface ParetoRow<K extends string> {
  readonly key: K;
  readonly count: number;
  /** Share of all complaints, in per cent (one decimal). */
  readonly share: number;
  /** Cumulative share up to and including this bar, in per cent (one decimal). */
  readonly cumulative: number;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * Counts sorted from largest to smallest with each bar's share and the
 * cumulative share: the few causes that make most complaints come first.
 * Zero counts are left out; ties keep the given order.
 */
export function pareto<K extends string>(counts: ReadonlyMap<K, number>): ParetoRow<K>[] {
  const entries = [...counts].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
  const total = entries.reduce((sum, [, n]) => sum + n, 0);
  let running = 0;
  return entries.map(([key, count]) => {
    running += count;
    return { key, count, share: round1((100 * count) / total), cumulative: round1((100 * running) / total) };
  });
}
