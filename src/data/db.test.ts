import { afterEach, describe, expect, it, vi } from 'vitest';
import { anIntake, freshDb } from '../test/builders';
import { DB_NAME, RiparoDb } from './db';
import { registerComplaint } from './repositories/complaints';
import { LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS } from './schema';

afterEach(() => vi.restoreAllMocks());

describe('the database', () => {
  it('keeps its pinned name, so installed registers stay visible after an update', () => {
    expect(DB_NAME).toBe('riparo');
    expect(new RiparoDb().name).toBe('riparo');
  });

  it('asks Chromium for strict durability on every write transaction', async () => {
    // Dexie binds the native transaction() when it opens, so spy before opening.
    const spy = vi.spyOn(IDBDatabase.prototype, 'transaction');
    const db = freshDb();
    await db.open();
    await registerComplaint(db, anIntake(), new Date(2026, 3, 3, 10));
    expect(spy).toHaveBeenCalledWith(expect.anything(), 'readwrite', { durability: 'strict' });
  });

  it('declares versions in ascending order, the newest being the one Dexie opens', async () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    const db = freshDb();
    await db.open();
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
  });

  it('has every table of the latest schema', async () => {
    const db = freshDb();
    await db.open();
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      [
        'auditEvents',
        'clients',
        'complaints',
        'contacts',
        'counters',
        'recoveries',
        'serviceAreas',
        'settings',
        'staff',
        'subCauses',
        'gapAssessments',
        'surveys',
        'followUpItems',
        'promises',
        'monthFigures',
        'improvementActions',
        'clientFitChecks',
      ].sort(),
    );
  });
});
