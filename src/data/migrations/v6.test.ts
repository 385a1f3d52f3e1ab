import { describe, expect, it } from 'vitest';
import { RiparoDb } from '../db';
import { SCHEMA_VERSIONS } from '../schema';

describe('upgrading to version 6', () => {
  it('keeps the register and counters and adds an empty table of month figures', async () => {
    const name = `riparo-v5-${Math.random()}`;
    const old = new RiparoDb(
      name,
      SCHEMA_VERSIONS.filter((v) => v.version < 6),
    );
    await old.table('complaints').add({ id: 'k1', code: 'R-2026-0001', clientId: 'c1', state: 'received' });
    await old.table('counters').add({ key: 'state:received', value: 1 });
    old.close();

    const db = new RiparoDb(name);
    expect(await db.complaints.get('k1')).toMatchObject({ code: 'R-2026-0001' });
    expect(await db.counters.get('state:received')).toEqual({ key: 'state:received', value: 1 });
    expect(await db.monthFigures.count()).toBe(0);
    db.close();
  });
});
