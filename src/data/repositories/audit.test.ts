import { describe, expect, it } from 'vitest';
import { anIntake, freshDb } from '../../test/builders';
import { applyLifecycleEvent } from './lifecycle';
import { registerComplaint } from './complaints';
import { verifyAuditChain } from './audit';

describe('the audit trail', () => {
  it('chains each new event to the one before, and holds', async () => {
    const db = freshDb();
    const first = await registerComplaint(db, anIntake(), new Date(2026, 3, 3, 10));
    await registerComplaint(db, anIntake({ client: { newName: 'Bianchi Lucia' } }), new Date(2026, 3, 3, 11));
    await applyLifecycleEvent(
      db,
      first.id,
      { type: 'acknowledge', at: '2026-04-03T12:00' },
      new Date(2026, 3, 3, 12),
    );
    const events = await db.auditEvents.orderBy('seq').toArray();
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, count: events.length });
  });

  it('reports, without repairing, an event rewritten behind its back', async () => {
    const db = freshDb();
    await registerComplaint(db, anIntake(), new Date(2026, 3, 3, 10));
    await registerComplaint(db, anIntake({ client: { newName: 'Bianchi Lucia' } }), new Date(2026, 3, 3, 11));
    const [firstEvent] = await db.auditEvents.orderBy('seq').toArray();
    await db.auditEvents.update(firstEvent?.id ?? '', { at: '2020-01-01T00:00:00.000Z' });
    const check = await verifyAuditChain(db);
    expect(check).toMatchObject({ ok: false, reason: 'altered', brokenAt: { seq: 2 } });
    expect((await db.auditEvents.get(firstEvent?.id ?? ''))?.at).toBe('2020-01-01T00:00:00.000Z');
  });
});
