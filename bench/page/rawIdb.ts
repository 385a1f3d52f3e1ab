import type { ComplaintRow } from '../../src/data/rows';
import type { QueueFilter, QueueSort } from '../../src/data/queue/queueQuery';
import { queryWords } from '../../src/domain/search';
import type { StoredRegister } from './register';
import type { StoreSpec } from './storeSpec';

/**
 * The baseline: the same work done with the bare IndexedDB API, no library.
 * The stores have the app's keys and indexes (see storeSpec.ts) and writes use
 * the 'strict' durability RiparoDb asks for, so what differs is the app's
 * code path (Dexie, row mapping, counters) alone.
 */

function settle<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

function committed(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

/** A fresh database with one store per table of `specs`. */
export function openRawDb(name: string, specs: ReadonlyMap<string, StoreSpec>): Promise<IDBDatabase> {
  const request = indexedDB.open(name, 1);
  request.onupgradeneeded = () => {
    for (const [table, spec] of specs) {
      const store = request.result.createObjectStore(table, { keyPath: spec.keyPath });
      for (const { name: index, keyPath, unique, multiEntry } of spec.indexes) {
        store.createIndex(index, keyPath, { unique, multiEntry });
      }
    }
  };
  return settle(request);
}

/** Opens a database some other code created, at whatever version it has. */
export function openExistingDb(name: string): Promise<IDBDatabase> {
  return settle(indexedDB.open(name));
}

/** Adds a whole register in one transaction, as the app's demo load does, and resolves once committed. */
export function rawAddRegister(
  db: IDBDatabase,
  register: Pick<StoredRegister, 'complaints' | 'clients' | 'counterDeltas'> & {
    readonly others: Readonly<Record<string, readonly object[]>>;
  },
): Promise<void> {
  const tables = ['complaints', 'clients', 'counters', ...Object.keys(register.others)];
  const tx = db.transaction(tables, 'readwrite', { durability: 'strict' });
  const add = (table: string, rows: readonly object[]) => {
    const store = tx.objectStore(table);
    for (const row of rows) store.add(row);
  };
  for (const [table, rows] of Object.entries(register.others)) add(table, rows);
  add('clients', register.clients);
  add(
    'counters',
    [...register.counterDeltas].map(([key, value]) => ({ key, value })),
  );
  add('complaints', register.complaints);
  return committed(tx);
}

/** The `limit` most recently received complaints: a 'prev' cursor on the receivedAt index. */
export function rawNewest(db: IDBDatabase, limit: number): Promise<ComplaintRow[]> {
  const request = db
    .transaction('complaints', 'readonly')
    .objectStore('complaints')
    .index('receivedAt')
    .openCursor(null, 'prev');
  const rows: ComplaintRow[] = [];
  return new Promise((resolve, reject) => {
    request.onsuccess = () => {
      const cursor = request.result;
      if (cursor && rows.length < limit) {
        rows.push(cursor.value as ComplaintRow);
        cursor.continue();
      } else {
        resolve(rows);
      }
    };
    request.onerror = () => reject(request.error ?? new Error('IndexedDB cursor failed'));
  });
}

export function countRaw(db: IDBDatabase, table: string): Promise<number> {
  return settle(db.transaction(table, 'readonly').objectStore(table).count());
}

/**
 * The queue's first page with the bare API, answered afresh each time: primary
 * keys from one index range per filter, intersected, kept in the order of the
 * sort index; then the page's rows. No row is read to filter or sort. The app
 * keeps what these reads return in memory between questions (its queue
 * snapshot); this baseline is what one question costs the engine without it.
 * Only what the bench's queries use is implemented.
 */
export async function rawQueuePage(
  db: IDBDatabase,
  filter: QueueFilter,
  sort: QueueSort,
  limit: number,
): Promise<{ total: number; rows: ComplaintRow[] }> {
  const store = db.transaction('complaints', 'readonly').objectStore('complaints');
  const keysOf = async (index: string, range: IDBKeyRange) =>
    new Set((await settle(store.index(index).getAllKeys(range))) as string[]);
  const anyOf = async (index: string, values: readonly string[]) => {
    const sets = await Promise.all(values.map((value) => keysOf(index, IDBKeyRange.only(value))));
    return new Set(sets.flatMap((set) => [...set]));
  };
  const sets: Promise<Set<string>>[] = queryWords(filter.search ?? '').map((word) =>
    keysOf('searchWords', IDBKeyRange.bound(word, `${word}\uffff`)),
  );
  if (filter.states?.length) sets.push(anyOf('state', filter.states));
  if (filter.causes?.length) sets.push(anyOf('cause', filter.causes));
  if (filter.channels?.length) sets.push(anyOf('channel', filter.channels));
  if (filter.dueBefore) sets.push(keysOf('dueDate', IDBKeyRange.upperBound(filter.dueBefore, true)));
  const [ordered, ...matching] = await Promise.all([
    settle(store.index(sort.key).getAllKeys()) as Promise<string[]>,
    ...sets,
  ]);
  if (sort.direction === 'desc') ordered.reverse();
  const ids = ordered.filter((key) => matching.every((set) => set.has(key)));
  const rows = await Promise.all(
    ids.slice(0, limit).map((id) => settle(store.get(id)) as Promise<ComplaintRow>),
  );
  return { total: ids.length, rows };
}

/** Every row whose `index` lies between `lower` and `upper`, both included, in one getAll. */
export function rawRange(
  db: IDBDatabase,
  index: string,
  lower: string,
  upper: string,
): Promise<ComplaintRow[]> {
  const request = db
    .transaction('complaints', 'readonly')
    .objectStore('complaints')
    .index(index)
    .getAll(IDBKeyRange.bound(lower, upper));
  return settle(request) as Promise<ComplaintRow[]>;
}
