import { Dexie } from 'dexie';
import type { RegisterSnapshot } from '../../domain/backup';
import { LATEST_SCHEMA_VERSION } from '../schema';

/**
 * The register as it is stored, when this version of Riparo is about to
 * upgrade its schema; `undefined` when there is nothing to upgrade (no
 * register yet, or already at the latest version).
 *
 * IndexedDB runs an upgrade the moment a database is opened at a higher
 * version, so the backup cannot be taken from inside the upgrade. Instead the
 * register is opened first without declaring any version: Dexie then opens it
 * at the version it has, upgrades nothing, and exposes its tables as they
 * are. The snapshot carries that older version, and restoring it runs the
 * same upgrades again. The connection is closed before returning, so the
 * app's own open (which upgrades) is not blocked by it.
 */
export async function snapshotBeforeUpgrade(
  name: string,
  now: Date = new Date(),
): Promise<RegisterSnapshot | undefined> {
  if (!(await Dexie.exists(name))) return undefined;
  const installed = new Dexie(name);
  try {
    await installed.open();
    if (installed.verno >= LATEST_SCHEMA_VERSION) return undefined;
    const tables = await installed.transaction('r', installed.tables, async () => {
      const rows: Record<string, Record<string, unknown>[]> = {};
      for (const table of installed.tables)
        rows[table.name] = (await table.toArray()) as Record<string, unknown>[];
      return rows;
    });
    return { schemaVersion: installed.verno, createdAt: now.toISOString(), tables };
  } finally {
    installed.close();
  }
}
