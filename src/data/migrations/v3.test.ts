import { describe, expect, it } from 'vitest';
import { RiparoDb } from '../db';
import { SCHEMA_VERSIONS } from '../schema';

const upToV2 = SCHEMA_VERSIONS.filter((v) => v.version <= 2);

const v2Complaint = (id: string, state: string, cause: string, demo?: 1) => ({
  id,
  code: `R-2026-000${id}`,
  clientId: 'c1',
  clientName: 'Ferri Anna',
  receivedAt: '2026-04-03T09:30',
  channel: 'email',
  cause,
  severity: 'medium',
  title: 'Parcella più alta del previsto',
  clientWords: 'Perché nessuno mi ha avvisato?',
  expectation: '',
  feelings: [],
  remedyRequested: '',
  state,
  milestones: {},
  pauses: [],
  searchWords: [],
  ...(demo ? { demo } : {}),
  createdAt: '2026-04-03T08:00:00.000Z',
  updatedAt: '2026-04-03T08:00:00.000Z',
});

describe('upgrading from version 2 to version 3', () => {
  it('gives every complaint still being worked an open checklist for its cause', async () => {
    const name = `riparo-v2-${Math.random()}`;
    const old = new RiparoDb(name, upToV2);
    await old
      .table('complaints')
      .bulkAdd([
        v2Complaint('1', 'investigating', 'pricing'),
        v2Complaint('2', 'closed', 'quality'),
        v2Complaint('3', 'received', 'quality', 1),
      ]);
    old.close();

    const db = new RiparoDb(name);
    const recoveries = await db.recoveries.toArray();
    expect(recoveries.map((r) => r.id).sort()).toEqual(['1', '3']);
    const pricing = recoveries.find((r) => r.id === '1');
    expect(pricing?.items.every((i) => !i.done)).toBe(true);
    expect(pricing?.items.some((i) => i.text.includes('preventivo'))).toBe(true);
    expect(recoveries.find((r) => r.id === '3')?.demo).toBe(1);
    expect(await db.contacts.count()).toBe(0);
    expect(await db.complaints.count()).toBe(3);
  });
});
