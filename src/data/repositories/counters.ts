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
