import { describe, expect, it } from 'vitest';
import { RiparoDb } from '../db';
import { SCHEMA_VERSIONS } from '../schema';

const v1 = SCHEMA_VERSIONS.filter((v) => v.version === 1);

const v1Complaint = (id: string, code: string, clientName: string, state: string) => ({
  id,
  code,
  clientName,
  receivedAt: '2026-04-03T09:30',
  channel: 'email',
  cause: 'pricing',
  title: 'Parcella più alta del previsto',
  description: 'Perché nessuno mi ha avvisato?',
  state,
  createdAt: '2026-04-03T08:00:00.000Z',
  updatedAt: '2026-04-03T08:00:00.000Z',
});

describe('upgrading from version 1 to version 2', () => {
  it('gives each distinct client name a client record and keeps every complaint', async () => {
    const name = `riparo-v1-${Math.random()}`;
    const old = new RiparoDb(name, v1);
    await old
      .table('complaints')
      .bulkAdd([
        v1Complaint('a', 'R-2026-0001', 'Ferri Anna', 'received'),
        v1Complaint('b', 'R-2026-0002', 'Ferri Anna', 'received'),
        v1Complaint('c', 'R-2026-0003', 'Bianchi srl', 'closed'),
      ]);
    await old.table('counters').put({ key: 'protocol:2026', value: 3 });
    old.close();

    const db = new RiparoDb(name);
    const [a, b, c] = await db.complaints.bulkGet(['a', 'b', 'c']);
    expect(a?.clientId).toBe(b?.clientId);
    expect(c?.clientId).not.toBe(a?.clientId);
    expect((await db.clients.toArray()).map((cl) => cl.name).sort()).toEqual(['Bianchi srl', 'Ferri Anna']);
    expect(a).toMatchObject({
      clientWords: 'Perché nessuno mi ha avvisato?',
      severity: 'medium',
      feelings: [],
      milestones: {},
      pauses: [],
    });
    expect(a && 'description' in a).toBe(false);
    expect(await db.counters.get('protocol:2026')).toEqual({ key: 'protocol:2026', value: 3 });
    expect(await db.counters.bulkGet(['state:received', 'state:closed'])).toEqual([
      { key: 'state:received', value: 2 },
      { key: 'state:closed', value: 1 },
    ]);
  });

  it('makes upgraded complaints findable by accent-folded words', async () => {
    const name = `riparo-v1-${Math.random()}`;
    const old = new RiparoDb(name, v1);
    await old.table('complaints').add(v1Complaint('a', 'R-2026-0001', 'Ferri Anna', 'received'));
    old.close();

    const db = new RiparoDb(name);
    expect(await db.complaints.where('searchWords').equals('perche').primaryKeys()).toEqual(['a']);
  });
});
