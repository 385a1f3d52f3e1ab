import { Dexie } from 'dexie';
import type { RiparoDb } from '../db';

/** An index of the complaints whose key order the queue sorts by, or `:id` for all keys. */
export type OrderIndex = 'receivedAt' | 'code' | 'clientName' | 'dueDate' | ':id';

interface Orders {
  /** Bumped by every committed write to the complaints; a read started before a bump is not kept. */
  revision: number;
  readonly keys: Map<OrderIndex, Promise<string[]>>;
  readonly listeners: Set<() => void>;
}

const byDatabase = new Map<string, Orders>();

function ordersOf(db: RiparoDb): Orders {
  let orders = byDatabase.get(db.name);
  if (!orders) {
    orders = { revision: 0, keys: new Map(), listeners: new Set() };
    byDatabase.set(db.name, orders);
  }
  return orders;
}

// Dexie announces every committed write, in this window or another one on the
// same profile, as the index ranges it touched: `idb://<db>/<table>/<index>`.
Dexie.on('storagemutated', (parts) => {
  for (const [name, orders] of byDatabase) {
    const prefix = `idb://${name}/complaints/`;
    if (!Object.keys(parts).some((part) => part.startsWith(prefix))) continue;
    orders.revision += 1;
    orders.keys.clear();
    for (const listener of orders.listeners) listener();
  }
});

/**
 * The primary keys of every complaint in the order of one index, kept in
 * memory until the next write to the complaints (callers must not mutate the
 * array). Reading 100,000 keys costs
 * tens of milliseconds; the queue asks for the same order on every keystroke
 * of a search, and gets it from memory.
 */
export function orderedKeys(db: RiparoDb, index: OrderIndex): Promise<string[]> {
  const orders = ordersOf(db);
  const cached = orders.keys.get(index);
  if (cached) return cached;
  const revision = orders.revision;
  const table = db.complaints;
  const read = (index === ':id' ? table.toCollection() : table.orderBy(index)).primaryKeys();
  const keys = read.then((result) => {
    // A write committed while reading: this order may miss it, so it is not kept.
    if (orders.revision !== revision) orders.keys.delete(index);
    return result;
  });
  orders.keys.set(index, keys);
  keys.catch(() => orders.keys.delete(index));
  return keys;
}

/** How many writes to the complaints this window has seen; changes whenever a cached order is dropped. */
export function complaintsRevision(db: RiparoDb): number {
  return ordersOf(db).revision;
}

/** Calls `listener` after every committed write to the complaints; returns the unsubscribe. */
export function onComplaintsWritten(db: RiparoDb, listener: () => void): () => void {
  const { listeners } = ordersOf(db);
  listeners.add(listener);
  return () => listeners.delete(listener);
}
