import type { Page } from '@playwright/test';

/**
 * SHA-256 of every object store of the app's IndexedDB, read with the raw
 * IndexedDB API (not the app's code): stores by name, rows in key order.
 * Equal digests mean the register is exactly the same.
 */
export function registerDigest(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('riparo');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const names = [...db.objectStoreNames].sort();
    const tx = db.transaction(names, 'readonly');
    const all: Record<string, unknown[]> = {};
    for (const name of names) {
      all[name] = await new Promise<unknown[]>((resolve, reject) => {
        const request = tx.objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    }
    db.close();
    const sort = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(sort)
        : v && typeof v === 'object'
          ? Object.fromEntries(
              Object.keys(v)
                .sort()
                .map((k) => [k, sort((v as Record<string, unknown>)[k])]),
            )
          : v;
    const bytes = new TextEncoder().encode(JSON.stringify(sort(all)));
    const hash = await crypto.subtle.digest('SHA-256', bytes);
    return Array.from(new Uint8Array(hash), (b) => b.toString(16).padStart(2, '0')).join('');
  });
}

/** Deletes the app's IndexedDB, as a cleared browser profile would, and reloads. */
export async function wipeRegister(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('riparo');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
      }),
  );
  await page.reload();
}
