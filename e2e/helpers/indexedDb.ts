import type { Page } from '@playwright/test';

// Source text, as in registerDigest.ts: the e2e project is typed for Node, without the DOM library.
const DUMP_SCRIPT = `(async () => {
  const request = (r) => new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  const db = await request(indexedDB.open('riparo'));
  const names = [...db.objectStoreNames];
  const tx = db.transaction(names, 'readonly');
  const dump = {};
  for (const name of names) dump[name] = JSON.stringify(await request(tx.objectStore(name).getAll()));
  db.close();
  return dump;
})()`;

/**
 * Every table of the app's IndexedDB, each as the JSON of all its rows, read
 * with the raw IndexedDB API (not the app's code).
 */
export function dumpIndexedDb(page: Page): Promise<Record<string, string>> {
  return page.evaluate<Record<string, string>>(DUMP_SCRIPT);
}
