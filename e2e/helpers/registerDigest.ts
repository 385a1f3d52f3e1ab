import type { Page } from '@playwright/test';

// The in-page code is kept as source text: the e2e project is typed for Node,
// without the DOM library, and should stay so (electron/ shares its settings).
const DIGEST_SCRIPT = `(async () => {
  const request = (r) => new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  const db = await request(indexedDB.open('riparo'));
  const names = [...db.objectStoreNames].sort();
  const tx = db.transaction(names, 'readonly');
  const all = {};
  for (const name of names) all[name] = await request(tx.objectStore(name).getAll());
  db.close();
  const sort = (v) => Array.isArray(v) ? v.map(sort)
    : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sort(v[k])]))
    : v;
  const hash = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(JSON.stringify(sort(all))));
  return Array.from(new Uint8Array(hash), (b) => b.toString(16).padStart(2, '0')).join('');
})()`;

// The same reading, limited to the rows whose primary key is listed per store.
const ROWS_DIGEST_SCRIPT = `async (keys) => {
  const request = (r) => new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  const db = await request(indexedDB.open('riparo'));
  const names = Object.keys(keys).sort();
  const tx = db.transaction(names, 'readonly');
  const all = {};
  for (const name of names) {
    const wanted = new Set(keys[name].map((k) => JSON.stringify(k)));
    const store = tx.objectStore(name);
    const [primary, rows] = [await request(store.getAllKeys()), await request(store.getAll())];
    all[name] = rows.filter((_, i) => wanted.has(JSON.stringify(primary[i])));
  }
  db.close();
  const sort = (v) => Array.isArray(v) ? v.map(sort)
    : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sort(v[k])]))
    : v;
  const hash = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(JSON.stringify(sort(all))));
  return Array.from(new Uint8Array(hash), (b) => b.toString(16).padStart(2, '0')).join('');
}`;

const KEYS_SCRIPT = `(async () => {
  const request = (r) => new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  const db = await request(indexedDB.open('riparo'));
  const names = [...db.objectStoreNames];
  const tx = db.transaction(names, 'readonly');
  const keys = {};
  for (const name of names) keys[name] = await request(tx.objectStore(name).getAllKeys());
  db.close();
  return keys;
})()`;

/** The primary keys of every object store, by store name. */
export type StoreKeys = Record<string, unknown[]>;

/** Lists the primary keys of every store of the app's IndexedDB, read with the raw API. */
export function storeKeys(page: Page): Promise<StoreKeys> {
  return page.evaluate<StoreKeys>(KEYS_SCRIPT);
}

/**
 * SHA-256 of just the listed rows (by store and primary key), read like
 * {@link registerDigest}: equal digests mean those records are exactly the same,
 * whatever was added beside them.
 */
export function rowsDigest(page: Page, keys: StoreKeys): Promise<string> {
  return page.evaluate<string>(`(${ROWS_DIGEST_SCRIPT})(${JSON.stringify(keys)})`);
}

const WIPE_SCRIPT = `new Promise((resolve, reject) => {
  const r = indexedDB.deleteDatabase('riparo');
  r.onsuccess = () => resolve(true);
  r.onerror = () => reject(r.error);
})`;

/**
 * SHA-256 of every object store of the app's IndexedDB, read with the raw
 * IndexedDB API (not the app's code): stores by name, rows in key order.
 * Equal digests mean the register is exactly the same.
 */
export function registerDigest(page: Page): Promise<string> {
  return page.evaluate<string>(DIGEST_SCRIPT);
}

/** Deletes the app's IndexedDB, as cleared browser data would, and reloads. */
export async function wipeRegister(page: Page): Promise<void> {
  await page.evaluate(WIPE_SCRIPT);
  await page.reload();
}
