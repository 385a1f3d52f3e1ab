/**
 * What the bench page exposes to the runner. Both sides compile against this one
 * declaration, so a renamed function fails the typecheck instead of the run.
 */

/** Who writes or reads: the app's own code path, or raw IndexedDB as the baseline. */
export type Engine = 'riparo' | 'raw';

export interface BenchApi {
  /**
   * Generates a register of `count` complaints (seeded), warms the engine up on
   * a throwaway database, then writes it into a fresh one. Returns the milliseconds
   * of that insert alone: generating, opening and checking are not timed.
   */
  insert(engine: Engine, count: number): Promise<number>;
  /** Generates `count` complaints and stores them, through the app's code path, for `newest` and `queue`. */
  prepareQuery(count: number): Promise<void>;
  /**
   * Runs every queue question (total + first page of 50) `repeat` times and
   * returns each answer's milliseconds; the first round also checks that both
   * engines give the same answer.
   */
  queue(engine: Engine, repeat: number): Promise<number[]>;
  /** Asks every queue question once, each right after an untimed write; returns each answer's milliseconds. */
  queueAfterWrite(engine: Engine): Promise<number[]>;
  queryCount(): number;
  /**
   * Stores a register of `count` complaints in the app's own database on this
   * origin, first run done; with `year`, all of them received in that year.
   */
  fillApp(count: number, year?: number): Promise<void>;
  /** Runs the "newest `limit`" query `repeat` times; returns the mean milliseconds per query. */
  newest(engine: Engine, limit: number, repeat: number): Promise<number>;
  /** Stores `count` complaints received within one year (2025), through the app's code path, for `yearReport`. */
  prepareReport(count: number): Promise<void>;
  /** Builds the periodic report of 2025 once; returns its milliseconds. */
  yearReport(engine: Engine): Promise<number>;
  /** Whether the page is cross-origin isolated, i.e. `performance.now()` has its finest resolution. */
  isolated(): boolean;
}

declare global {
  // Set by bench/page/main.ts; read by the runner through page.evaluate.
  var riparoBench: BenchApi;
}
