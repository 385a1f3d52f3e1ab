import { describe, expect, it } from 'vitest';
import { decodeBackup, encodeBackup } from '../../domain/backup';
import { freshDb } from '../../test/builders';
import { RiparoDb } from '../db';
import { LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../schema';
import { restoreSnapshot } from './backup';
import { snapshotBeforeUpgrade } from './beforeUpgrade';

/** A register left by an older Riparo, at schema version 3, with one audit event. */
async function anOlderRegister(): Promise<string> {
  const name = `riparo-v3-${Math.random().toString(36).slice(2)}`;
  const old = new RiparoDb(
    name,
    SCHEMA_VERSIONS.filter((v) => v.version <= 3),
  );
  await old.auditEvents.add({ id: '01A', entityId: 'x', at: '2026-01-01T00:00:00.000Z', type: 't' });
  old.close();
  return name;
}

describe('the backup taken before a schema upgrade', () => {
  it('holds the register as stored, at its older version, without upgrading it', async () => {
    const name = await anOlderRegister();

    const snapshot = await snapshotBeforeUpgrade(name, new Date('2026-04-03T08:00:00Z'));

    expect(snapshot?.schemaVersion).toBe(3);
    expect(snapshot?.createdAt).toBe('2026-04-03T08:00:00.000Z');
    expect(snapshot?.tables['auditEvents']).toEqual([
      { id: '01A', entityId: 'x', at: '2026-01-01T00:00:00.000Z', type: 't' },
    ]);
    expect(Object.keys(snapshot?.tables ?? {})).not.toContain('surveys');
  });

  it('lets the app open and upgrade the register afterwards', async () => {
    const name = await anOlderRegister();
    await snapshotBeforeUpgrade(name);

    const upgraded = new RiparoDb(name);
    await upgraded.open();
    expect(upgraded.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(await upgraded.auditEvents.get('01A')).toMatchObject({ seq: 1 });
    upgraded.close();
  });

  it('can be restored through the usual checked path, upgrading it on the way', async () => {
    const snapshot = await snapshotBeforeUpgrade(await anOlderRegister());
    if (!snapshot) throw new Error('expected a snapshot');
    const decoded = await decodeBackup(new TextEncoder().encode(await encodeBackup(snapshot)));
    if (!decoded.ok) throw new Error(decoded.problem);

    const db = freshDb();
    expect(await restoreSnapshot(db, decoded.snapshot)).toMatchObject({ ok: true });
    expect(await db.auditEvents.get('01A')).toMatchObject({ seq: 1 });
  });

  it('is not taken when there is no register yet', async () => {
    expect(await snapshotBeforeUpgrade(`riparo-none-${Math.random()}`)).toBeUndefined();
  });

  it('is not taken when the register is already at the latest version', async () => {
    const db = freshDb();
    await db.open();
    db.close();
    expect(await snapshotBeforeUpgrade(db.name)).toBeUndefined();
  });
});
