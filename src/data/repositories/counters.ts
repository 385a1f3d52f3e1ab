import type { RiparoDb } from '../db';

/** Adds `delta` to a counter and returns its new value; call inside a transaction that includes `counters`. */
export async function bumpCounter(db: RiparoDb, key: string, delta: number): Promise<number> {
  const value = ((await db.counters.get(key))?.value ?? 0) + delta;
  await db.counters.put({ key, value });
  return value;
}

export async function readCounters(db: RiparoDb, keys: readonly string[]): Promise<number[]> {
  const rows = await db.counters.bulkGet([...keys]);
  return rows.map((row) => row?.value ?? 0);
}

export const stateCounterKey = (state: string) => `state:${state}`;

/** The counter that moves whenever a complaint received in `month` (`YYYY-MM`), or its recovery, is written. */
export const monthCounterKey = (month: string) => `month:${month}`;

/**
 * Records that complaints received at these times were written, so the
 * dashboard tallies their months again; call inside the writing transaction,
 * which must include `counters`.
 */
export async function touchMonths(db: RiparoDb, receivedAts: Iterable<string>): Promise<void> {
  const months = new Set([...receivedAts].map((at) => at.slice(0, 7)));
  for (const month of months) await bumpCounter(db, monthCounterKey(month), 1);
}
