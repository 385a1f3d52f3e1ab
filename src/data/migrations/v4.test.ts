import { describe, expect, it } from 'vitest';
import { RiparoDb } from '../db';
import { SCHEMA_VERSIONS } from '../schema';

describe('upgrading to version 4', () => {
  it('keeps every complaint and client and adds empty quality, survey and action tables', async () => {
    const name = `riparo-v3-${Math.random()}`;
    const old = new RiparoDb(
      name,
      SCHEMA_VERSIONS.filter((v) => v.version < 4),
    );
    await old.table('clients').add({ id: 'c1', name: 'Ferri Anna', nameKey: 'ferri anna', searchWords: [] });
    await old.table('complaints').add({ id: 'k1', code: 'R-2026-0001', clientId: 'c1', state: 'received' });
    old.close();

    const db = new RiparoDb(name);
    expect(await db.clients.get('c1')).toMatchObject({ name: 'Ferri Anna' });
    expect(await db.complaints.get('k1')).toMatchObject({ code: 'R-2026-0001' });
    for (const table of [
      db.gapAssessments,
      db.surveys,
      db.followUpItems,
      db.promises,
      db.improvementActions,
      db.clientFitChecks,
    ])
      expect(await table.count()).toBe(0);
  });
});
