import type { Table } from 'dexie';
import { canonicalJson, sha256Hex, type BackupProblem, type RegisterSnapshot } from '../../domain/backup';
import { RiparoDb } from '../db';
import { newId } from '../ids';
import { LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../schema';

type Rows = Record<string, Record<string, unknown>[]>;

async function readTables(db: RiparoDb): Promise<Rows> {
  // Every table there is, whoever added it: a backup never misses a new one.
  return db.transaction('r', db.tables, async () => {
    const tables: Rows = {};
    for (const table of db.tables) tables[table.name] = (await table.toArray()) as Record<string, unknown>[];
    return tables;
  });
}

/** Every row of every table, read in one transaction so the backup is one consistent moment. */
export async function takeSnapshot(db: RiparoDb, now: Date = new Date()): Promise<RegisterSnapshot> {
  await db.open();
  return { schemaVersion: db.verno, createdAt: now.toISOString(), tables: await readTables(db) };
}

/**
 * A fingerprint of the whole register: SHA-256 of every table's rows in key
 * order. Equal digests mean equal registers (used to prove a restore exact).
 */
export async function registerDigest(db: RiparoDb): Promise<string> {
  return sha256Hex(canonicalJson(await readTables(db)));
}

/** How many records the studio would lose: complaints and clients. */
/** Whether the register holds no complaint and no client; reads at most one key of each. */
export async function isRegisterEmpty(db: RiparoDb): Promise<boolean> {
  const [complaint, client] = await Promise.all([
    db.complaints.limit(1).primaryKeys(),
    db.clients.limit(1).primaryKeys(),
  ]);
  return complaint.length === 0 && client.length === 0;
}

/** Complaints plus clients. Counting visits every key: seconds at 100,000 complaints. */
export async function countRecords(db: RiparoDb): Promise<number> {
  return (await db.complaints.count()) + (await db.clients.count());
}

export type RestoreOutcome =
  | { readonly ok: true; readonly complaints: number; readonly clients: number }
  | { readonly ok: false; readonly problem: BackupProblem };

const primaryKeyOf = (table: Table) => table.schema.primKey.keyPath;

/** Checks that the snapshot has exactly the database's tables, each row with its key. */
function fitsTables(db: RiparoDb, tables: Rows): boolean {
  const names = db.tables.map((t) => t.name).sort();
  if (canonicalJson(names) !== canonicalJson(Object.keys(tables).sort())) return false;
  return db.tables.every((table) => {
    const key = primaryKeyOf(table);
    if (typeof key !== 'string') return false;
    return (tables[table.name] ?? []).every((row) => {
      const value = row[key];
      return typeof value === 'string' || typeof value === 'number';
    });
  });
}

/**
 * Brings an older backup up to today's schema: it is written into a scratch
 * database at its own version, which is then opened at the latest version so
 * the same upgrades an installed register went through run on it.
 */
async function upgradeOlder(snapshot: RegisterSnapshot): Promise<Rows | undefined> {
  const name = `riparo-restore-${newId()}`;
  const versions = SCHEMA_VERSIONS.filter((v) => v.version <= snapshot.schemaVersion);
  const staging = new RiparoDb(name, versions);
  try {
    await staging.open();
    if (!fitsTables(staging, snapshot.tables as Rows)) return undefined;
    await staging.transaction('rw', staging.tables, async () => {
      for (const table of staging.tables) await table.bulkAdd(snapshot.tables[table.name] ?? []);
    });
    staging.close();
    const upgraded = new RiparoDb(name);
    try {
      return await readTables(upgraded);
    } finally {
      upgraded.close();
    }
  } finally {
    staging.close();
    await RiparoDb.delete(name);
  }
}

/**
 * Replaces the whole register with a decoded backup. Everything is checked
 * first (schema version, table set, keys); then every table is cleared and
 * refilled in ONE transaction, so a failure at any row leaves the register
 * exactly as it was.
 */
export async function restoreSnapshot(db: RiparoDb, snapshot: RegisterSnapshot): Promise<RestoreOutcome> {
  await db.open();
  if (snapshot.schemaVersion > LATEST_SCHEMA_VERSION) return { ok: false, problem: 'newerSchema' };
  let tables: Rows | undefined = snapshot.tables as Rows;
  if (snapshot.schemaVersion < db.verno) {
    try {
      tables = await upgradeOlder(snapshot);
    } catch {
      return { ok: false, problem: 'damaged' };
    }
  }
  if (!tables || !fitsTables(db, tables)) return { ok: false, problem: 'foreignTables' };
  const rows = tables;
  try {
    await db.transaction('rw', db.tables, async () => {
      for (const table of db.tables) {
        await table.clear();
        await table.bulkAdd(rows[table.name] ?? []);
      }
    });
  } catch {
    return { ok: false, problem: 'damaged' };
  }
  return { ok: true, complaints: rows['complaints']?.length ?? 0, clients: rows['clients']?.length ?? 0 };
}
