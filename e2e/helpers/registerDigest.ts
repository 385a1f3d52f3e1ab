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
