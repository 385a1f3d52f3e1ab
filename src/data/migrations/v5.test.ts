import { describe, expect, it } from 'vitest';
import { verifyChain, type ChainLink } from '../../domain/backup';
import { RiparoDb } from '../db';
import { LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../schema';

const before5 = SCHEMA_VERSIONS.filter((v) => v.version < 5);
const event = (id: string, entityId: string) => ({
  id,
  entityId,
  at: '2026-04-03T08:00:00.000Z',
  type: 'complaint.registered',
  to: 'received',
});

describe('upgrading to version 5', () => {
  it('chains every real audit event in the order it was written, leaving the demo out', async () => {
    const name = `riparo-v4-${Math.random()}`;
    const old = new RiparoDb(name, before5);
    await old.table('complaints').bulkAdd([
      { id: 'real', code: 'R-2026-0001', state: 'received', searchWords: [] },
      { id: 'demo', code: 'R-2026-0002', state: 'received', searchWords: [], demo: 1 },
    ]);
    await old
      .table('auditEvents')
      .bulkAdd([event('01B', 'real'), event('01A', 'real'), event('01C', 'demo'), event('01D', 'client-1')]);
    old.close();

    const db = new RiparoDb(name);
    const chained = await db.auditEvents.orderBy('seq').toArray();
    expect(chained.map((e) => [e.id, e.seq])).toEqual([
      ['01A', 1],
      ['01B', 2],
      ['01D', 3],
    ]);
    expect(await verifyChain(chained as ChainLink[])).toMatchObject({ ok: true, count: 3 });
    expect((await db.auditEvents.get('01C'))?.seq).toBeUndefined();
  });

  it('opens an empty version-1 register at the latest version', async () => {
    const name = `riparo-v1-${Math.random()}`;
    const old = new RiparoDb(
      name,
      SCHEMA_VERSIONS.filter((v) => v.version === 1),
    );
    await old.open();
    old.close();
    const db = new RiparoDb(name);
    await db.open();
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(await db.auditEvents.count()).toBe(0);
  });
});
