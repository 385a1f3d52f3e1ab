import { describe, expect, it } from 'vitest';
import type { ImportedComplaint, RegisterImportPlan } from '../../domain/registerImport';
import { anIntake, freshDb } from '../../test/builders';
import type { RiparoDb } from '../db';
import { verifyAuditChain } from './audit';
import { registerComplaint } from './complaints';
import { readCounters, stateCounterKey } from './counters';
import { importRegister, listKnownClients } from './registerImport';

const now = new Date(2026, 3, 10, 12);
const { client: _pick, ...fields } = anIntake();

const planned = (receivedAt: string, client: ImportedComplaint['client'], extra = {}): ImportedComplaint => ({
  row: 2,
  client,
  clientName: 'Bianchi Srl',
  fields: { ...fields, receivedAt },
  state: 'received',
  ...extra,
});

const newClient = {
  name: 'Bianchi Srl',
  kind: 'company' as const,
  email: '',
  phone: '',
  pec: '',
  taxId: '01234567897',
  notes: '',
};

async function snapshot(db: RiparoDb) {
  return Promise.all(db.tables.map((table) => table.toArray()));
}

describe('importing a planned register', () => {
  it('continues each year’s protocol codes in order of receipt and keeps the counters', async () => {
    const db = freshDb();
    await registerComplaint(db, anIntake({ receivedAt: '2026-01-05T09:00' }), now);
    const plan: RegisterImportPlan = {
      clients: [newClient],
      complaints: [
        planned('2026-03-02T10:00', { newIndex: 0 }),
        planned('2025-11-20T10:00', { newIndex: 0 }, { state: 'closed', closedAt: '2025-11-30T10:00' }),
        planned('2026-02-01T10:00', { newIndex: 0 }),
      ],
    };
    expect(await importRegister(db, plan, now)).toEqual({ complaints: 3, clients: 1 });
    const stored = await db.complaints.orderBy('code').toArray();
    expect(stored.map((c) => [c.code, c.receivedAt, c.state])).toEqual([
      ['R-2025-0001', '2025-11-20T10:00', 'closed'],
      ['R-2026-0001', '2026-01-05T09:00', 'received'],
      ['R-2026-0002', '2026-02-01T10:00', 'received'],
      ['R-2026-0003', '2026-03-02T10:00', 'received'],
    ]);
    expect(stored[0]?.milestones).toEqual({ closedAt: '2025-11-30T10:00' });
    expect(
      await readCounters(db, [
        'protocol:2025',
        'protocol:2026',
        stateCounterKey('received'),
        stateCounterKey('closed'),
      ]),
    ).toEqual([1, 3, 3, 1]);
    expect(new Set(stored.map((c) => c.clientId)).size).toBe(2);
  });

  it('links rows to a client already in the registry without changing it, and chains an audit event per complaint', async () => {
    const db = freshDb();
    const first = await registerComplaint(db, anIntake(), now);
    const [known] = await listKnownClients(db);
    expect(known).toEqual({ id: first.clientId, name: 'Rossi Mario', taxId: '', email: '' });
    const before = await db.clients.toArray();
    await importRegister(
      db,
      { clients: [], complaints: [planned('2026-02-01T10:00', { existingId: first.clientId })] },
      now,
    );
    expect(await db.clients.toArray()).toEqual(before);
    expect(await db.complaints.where('clientId').equals(first.clientId).count()).toBe(2);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, count: 2 });
    expect((await db.auditEvents.orderBy('seq').last())?.type).toBe('complaint.imported');
  });

  it('refuses a plan whose matched client was deleted meanwhile, storing nothing', async () => {
    const db = freshDb();
    await registerComplaint(db, anIntake(), now);
    const before = await snapshot(db);
    const plan: RegisterImportPlan = {
      clients: [newClient],
      complaints: [
        planned('2026-02-01T10:00', { newIndex: 0 }),
        planned('2026-02-02T10:00', { existingId: 'gone' }),
      ],
    };
    await expect(importRegister(db, plan, now)).rejects.toThrow(/no longer in the register/);
    expect(await snapshot(db)).toEqual(before);
  });

  it('leaves the store exactly as it was when the last write fails', async () => {
    const db = freshDb();
    await registerComplaint(db, anIntake(), now);
    const before = await snapshot(db);
    db.auditEvents.hook('creating', () => {
      throw new Error('disk full');
    });
    const plan: RegisterImportPlan = {
      clients: [newClient],
      complaints: [planned('2026-02-01T10:00', { newIndex: 0 })],
    };
    await expect(importRegister(db, plan, now)).rejects.toThrow('disk full');
    expect(await snapshot(db)).toEqual(before);
  });
});
