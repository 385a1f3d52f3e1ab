import type { Page } from '@playwright/test';
import type { Engine } from './contract.ts';
import { summarize, type Summary } from './stats.ts';

/** One line of the table: Riparo's code path against raw IndexedDB, measured in the same browser. */
export interface Figure {
  readonly figure: string;
  readonly unit: 'records/s' | 'ms';
  readonly runs: number;
  readonly riparo: Summary;
  readonly baseline: Summary;
  /** riparo median / baseline median. */
  readonly ratio: number;
  readonly samples: { readonly riparo: number[]; readonly baseline: number[] };
}

/** The bench page, and a way to load it on an origin no run has used. */
export interface BenchPage {
  readonly page: Page;
  /**
   * Chromium keeps one LevelDB per origin: a new origin gives a run an empty
   * store on disk, untouched by the compactions earlier runs set off.
   */
  freshOrigin(): Promise<void>;
}

/**
 * Runs `measure` for both engines `runs` times, after `warmUps` discarded
 * pairs, alternating which engine goes first so that drift over the bench
 * (disk cache, other processes) hits both alike.
 */
async function paired(runs: number, warmUps: number, measure: (engine: Engine) => Promise<number>) {
  const samples: Record<Engine, number[]> = { riparo: [], raw: [] };
  for (let run = 0; run < warmUps + runs; run += 1) {
    const order: Engine[] = run % 2 === 0 ? ['riparo', 'raw'] : ['raw', 'riparo'];
    for (const engine of order) {
      const value = await measure(engine);
      if (run >= warmUps) samples[engine].push(value);
    }
  }
  return samples;
}

function figure(name: string, unit: Figure['unit'], samples: Record<Engine, number[]>): Figure {
  const riparo = summarize(samples.riparo);
  const baseline = summarize(samples.raw);
  return {
    figure: name,
    unit,
    runs: samples.riparo.length,
    riparo,
    baseline,
    ratio: riparo.median / baseline.median,
    samples: { riparo: samples.riparo, baseline: samples.raw },
  };
}

/**
 * Bulk insert of `count` complaints into a fresh database, in records per
 * second. Each run has its own origin and warms its engine up in the page.
 */
export async function measureInsert(bench: BenchPage, count: number, runs: number): Promise<Figure> {
  const samples = await paired(runs, 0, async (engine) => {
    await bench.freshOrigin();
    const ms = await bench.page.evaluate(([e, n]) => globalThis.riparoBench.insert(e, n), [
      engine,
      count,
    ] as const);
    return count / (ms / 1000);
  });
  return figure(`insert ${count.toLocaleString('en')} complaints`, 'records/s', samples);
}

/**
 * The "newest `limit`" query on a store of `count` complaints, in milliseconds
 * per query. One query takes a few milliseconds, so each run is the mean of
 * `repeat` back-to-back queries, after one discarded warm-up pair.
 */
export async function measureNewest(
  bench: BenchPage,
  limit: number,
  count: number,
  runs: number,
  repeat: number,
) {
  await bench.freshOrigin();
  await bench.page.evaluate((n) => globalThis.riparoBench.prepareQuery(n), count);
  const samples = await paired(runs, 1, (engine) =>
    bench.page.evaluate(([e, l, r]) => globalThis.riparoBench.newest(e, l, r), [
      engine,
      limit,
      repeat,
    ] as const),
  );
  return figure(`newest ${limit} of ${count.toLocaleString('en')}`, 'ms', samples);
}

/** The 95th percentile of `samples` (nearest rank). */
export function p95(samples: readonly number[]): number {
  const sorted = samples.toSorted((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(sorted.length * 0.95) - 1)] ?? Number.NaN;
}

/**
 * The queue's questions (see bench/page/queries.ts) on a store of `count`
 * complaints: each run asks every question `repeat` times per engine and
 * yields the p95 of those answers' milliseconds; the figure is the median
 * p95 over `runs`, after one discarded warm-up pair. A second figure asks
 * each question once right after a write, when the app's queue has nothing
 * in memory yet (the p95 of six answers is the slowest).
 */
export async function measureQueue(bench: BenchPage, count: number, runs: number, repeat: number) {
  await bench.freshOrigin();
  await bench.page.evaluate((n) => globalThis.riparoBench.prepareQuery(n), count);
  const samples = await paired(runs, 1, async (engine) =>
    p95(await bench.page.evaluate(([e, r]) => globalThis.riparoBench.queue(e, r), [engine, repeat] as const)),
  );
  const afterWrite = await paired(runs, 1, async (engine) =>
    p95(await bench.page.evaluate((e) => globalThis.riparoBench.queueAfterWrite(e), engine)),
  );
  const size = count.toLocaleString('en');
  return {
    queue: figure(`queue p95, total + first 50, of ${size}`, 'ms', samples),
    afterWrite: figure(`queue p95 right after a write, of ${size}`, 'ms', afterWrite),
  };
}

/**
 * The periodic report of a year holding `count` complaints, in milliseconds:
 * read the year, judge every standard, count. Issue 6 asks for at most 3 s.
 */
export async function measureYearReport(bench: BenchPage, count: number, runs: number): Promise<Figure> {
  await bench.freshOrigin();
  await bench.page.evaluate((n) => globalThis.riparoBench.prepareReport(n), count);
  const samples = await paired(runs, 1, (engine) =>
    bench.page.evaluate((e) => globalThis.riparoBench.yearReport(e), engine),
  );
  return figure(`year report of ${count.toLocaleString('en')}`, 'ms', samples);
}
