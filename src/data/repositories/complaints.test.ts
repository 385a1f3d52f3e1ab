import { describe, expect, it } from 'vitest';
import { anIntake, freshDb } from '../../test/builders';
import { RiparoDb } from '../db';
import { listAudit } from './audit';
import { registerComplaint, getComplaint, listComplaintsOfClient, listRecentComplaints } from './complaints';
import { readCounters } from './counters';

const now = new Date(2026, 3, 10, 12);

describe('registering complaints', () => {
  it('numbers complaints per year of receipt, starting again each year', async () => {
    const db = freshDb();
    const codes = [];
    for (const receivedAt of ['2025-12-31T18:00', '2026-01-02T09:00', '2026-01-03T09:00']) {
      codes.push((await registerComplaint(db, anIntake({ receivedAt }), now)).code);
    }
    expect(codes).toEqual(['R-2025-0001', 'R-2026-0001', 'R-2026-0002']);
  });

  it('creates the client named at intake and links the complaint to it', async () => {
    const db = freshDb();
    const complaint = await registerComplaint(db, anIntake({ client: { newName: 'Ferri Anna' } }), now);
    const client = await db.clients.get(complaint.clientId);
    expect(client?.name).toBe('Ferri Anna');
    expect(complaint.clientName).toBe('Ferri Anna');
    expect((await listComplaintsOfClient(db, complaint.clientId)).map((c) => c.id)).toEqual([complaint.id]);
  });

  it('stores a new complaint as received, with empty milestones and pauses, readable by id', async () => {
    const db = freshDb();
    const created = await registerComplaint(db, anIntake(), now);
    const { client: _pick, ...fields } = anIntake();
    expect(await getComplaint(db, created.id)).toEqual({
      ...fields,
      id: created.id,
      clientId: created.clientId,
      clientName: 'Rossi Mario',
      code: 'R-2026-0001',
      state: 'received',
      milestones: {},
      pauses: [],
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    });
  });

  it('counts complaints per state and writes the registration to the audit trail', async () => {
    const db = freshDb();
    const created = await registerComplaint(db, anIntake(), now, 'staff-1');
    await registerComplaint(db, anIntake(), now);
    expect(await readCounters(db, ['state:received'])).toEqual([2]);
    expect(await listAudit(db, created.id)).toMatchObject([
      { entityId: created.id, type: 'complaint.registered', to: 'received', actorId: 'staff-1' },
    ]);
  });

  it('lists the most recently received first, up to the limit', async () => {
    const db = freshDb();
    for (const day of ['01', '03', '02']) {
      await registerComplaint(db, anIntake({ receivedAt: `2026-04-${day}T10:00`, title: day }), now);
    }
    expect((await listRecentComplaints(db, 2)).map((c) => c.title)).toEqual(['03', '02']);
  });

  it('keeps complaints when the database is closed and opened again', async () => {
    const db = freshDb();
    const created = await registerComplaint(db, anIntake(), now);
    db.close();
    expect((await getComplaint(new RiparoDb(db.name), created.id))?.code).toBe('R-2026-0001');
  });

  it('leaves counters, clients and the trail untouched when storing the complaint fails', async () => {
    const db = freshDb();
    await registerComplaint(db, anIntake(), now);
    db.complaints.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(registerComplaint(db, anIntake({ client: { newName: 'Nuovo' } }), now)).rejects.toThrow(
      'disk full',
    );
    expect(await readCounters(db, ['protocol:2026', 'state:received'])).toEqual([1, 1]);
    expect(await db.clients.count()).toBe(1);
    expect(await db.auditEvents.count()).toBe(1);
  });

  it('refuses a client that no longer exists, storing nothing', async () => {
    const db = freshDb();
    await expect(registerComplaint(db, anIntake({ client: { id: 'gone' } }), now)).rejects.toThrow();
    expect(await db.complaints.count()).toBe(0);
  });
});
