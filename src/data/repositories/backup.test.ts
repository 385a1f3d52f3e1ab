import { describe, expect, it } from 'vitest';
import { decodeBackup, encodeBackup, type RegisterSnapshot } from '../../domain/backup';
import { anIntake, freshDb } from '../../test/builders';
import { RiparoDb } from '../db';
import { SCHEMA_VERSIONS } from '../schema';
import { countRecords, isRegisterEmpty, registerDigest, restoreSnapshot, takeSnapshot } from './backup';
import { registerComplaint } from './complaints';

async function aRegister() {
  const db = freshDb();
  await registerComplaint(db, anIntake(), new Date(2026, 3, 3, 10));
  await registerComplaint(db, anIntake({ client: { newName: 'Bianchi Lucia' } }), new Date(2026, 3, 3, 11));
  return db;
}

describe('backup and restore of the register', () => {
  it('tells an empty register from one holding only a client or complaints, and counts both', async () => {
    const empty = freshDb();
    expect(await isRegisterEmpty(empty)).toBe(true);
    expect(await countRecords(empty)).toBe(0);
    const db = await aRegister();
    expect(await isRegisterEmpty(db)).toBe(false);
    expect(await countRecords(db)).toBe(4);
    await db.complaints.clear();
    expect(await isRegisterEmpty(db)).toBe(false);
    await db.clients.clear();
    expect(await isRegisterEmpty(db)).toBe(true);
  });

  it('gives back an identical register: backup, wipe, restore', async () => {
    const db = await aRegister();
    const before = await registerDigest(db);
    const file = await encodeBackup(await takeSnapshot(db));
    await db.delete();

    const wiped = new RiparoDb(db.name);
    const decoded = await decodeBackup(new TextEncoder().encode(file));
    if (!decoded.ok) throw new Error(decoded.problem);
    expect(await restoreSnapshot(wiped, decoded.snapshot)).toEqual({ ok: true, complaints: 2, clients: 2 });
    expect(await registerDigest(wiped)).toBe(before);
  });

  it('backs up every table the database has, whoever added it', async () => {
    const db = await aRegister();
    await db.open();
    const snapshot = await takeSnapshot(db);
    expect(Object.keys(snapshot.tables).sort()).toEqual(db.tables.map((t) => t.name).sort());
    expect(snapshot.schemaVersion).toBe(db.verno);
  });

  it('replaces the register rather than merging into it', async () => {
    const source = await aRegister();
    const snapshot = await takeSnapshot(source);
    const target = freshDb();
    await registerComplaint(target, anIntake({ client: { newName: 'Verdi Carlo' } }), new Date(2026, 5, 1));
    await restoreSnapshot(target, snapshot);
    expect(await registerDigest(target)).toBe(await registerDigest(source));
  });

  it('leaves the register untouched when a row cannot be written', async () => {
    const db = await aRegister();
    const before = await registerDigest(db);
    const snapshot = await takeSnapshot(db);
    const [one] = snapshot.tables['complaints'] ?? [];
    // Two complaints with the same protocol code break a unique index halfway through.
    const broken: RegisterSnapshot = {
      ...snapshot,
      tables: {
        ...snapshot.tables,
        complaints: [...(snapshot.tables['complaints'] ?? []), { ...one, id: 'zz' }],
      },
    };
    expect(await restoreSnapshot(db, broken)).toEqual({ ok: false, problem: 'damaged' });
    expect(await registerDigest(db)).toBe(before);
  });

  it('refuses a snapshot with unknown or missing tables, or rows without keys', async () => {
    const db = await aRegister();
    const before = await registerDigest(db);
    const snapshot = await takeSnapshot(db);
    const { complaints: _gone, ...missing } = snapshot.tables;
    for (const tables of [
      missing,
      { ...snapshot.tables, invoices: [] },
      { ...snapshot.tables, clients: [{ name: 'senza id' }] },
    ]) {
      expect(await restoreSnapshot(db, { ...snapshot, tables })).toEqual({
        ok: false,
        problem: 'foreignTables',
      });
    }
    expect(await restoreSnapshot(db, { ...snapshot, schemaVersion: 999 })).toEqual({
      ok: false,
      problem: 'newerSchema',
    });
    expect(await registerDigest(db)).toBe(before);
  });

  it('upgrades a backup taken by an older version before restoring it', async () => {
    const name = `riparo-v2-${Math.random()}`;
    const old = new RiparoDb(
      name,
      SCHEMA_VERSIONS.filter((v) => v.version <= 2),
    );
    await old.open();
    await old.auditEvents.add({ id: '01A', entityId: 'x', at: '2026-01-01T00:00:00.000Z', type: 't' });
    const snapshot = await takeSnapshot(old);
    old.close();
    expect(snapshot.schemaVersion).toBe(2);

    const db = freshDb();
    expect(await restoreSnapshot(db, snapshot)).toMatchObject({ ok: true });
    expect(await db.auditEvents.get('01A')).toMatchObject({ seq: 1 });
  });
});
