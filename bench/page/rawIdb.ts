import type { ComplaintRow } from '../../src/data/rows';
import type { StoreSpec } from './storeSpec';

/**
 * The baseline: the same work done with the bare IndexedDB API, no library.
 * The store has the app's key and indexes (see storeSpec.ts) and writes use
 * the 'strict' durability RiparoDb asks for, so what differs is the app's
 * code path (Dexie, row mapping) alone.
 */

function settle<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

/** A fresh database holding one `complaints` store built from `spec`. */
export function openRawDb(name: string, spec: StoreSpec): Promise<IDBDatabase> {
  const request = indexedDB.open(name, 1);
  request.onupgradeneeded = () => {
    const store = request.result.createObjectStore('complaints', { keyPath: spec.keyPath });
    for (const { name: index, keyPath, unique, multiEntry } of spec.indexes) {
      store.createIndex(index, keyPath, { unique, multiEntry });
    }
  };
  return settle(request);
}

/** Opens a database some other code created, at whatever version it has. */
export function openExistingDb(name: string): Promise<IDBDatabase> {
  return settle(indexedDB.open(name));
}

/** Adds every row in one transaction and resolves once it has committed. */
export function rawBulkAdd(db: IDBDatabase, rows: readonly ComplaintRow[]): Promise<void> {
  const tx = db.transaction('complaints', 'readwrite', { durability: 'strict' });
  const store = tx.objectStore('complaints');
  for (const row of rows) store.add(row);
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
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

export async function countRaw(db: IDBDatabase): Promise<number> {
  return settle(db.transaction('complaints', 'readonly').objectStore('complaints').count());
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
