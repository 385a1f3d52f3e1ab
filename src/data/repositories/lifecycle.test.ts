import { describe, expect, it } from 'vitest';
import { anIntake, freshDb } from '../../test/builders';
import { listAudit } from './audit';
import { registerComplaint } from './complaints';
import { readCounters } from './counters';
import { applyLifecycleEvent } from './lifecycle';
import { putSetting } from './settings';

const now = new Date(2026, 3, 3, 12);

async function registered(receivedAt = '2026-04-03T10:00') {
  const db = freshDb();
  await putSetting(db, 'standards', {
    acknowledgeDays: 1,
    respondDays: 10,
    resolveDays: 30,
    followUpDays: 10,
  });
  const complaint = await registerComplaint(db, anIntake({ receivedAt }), now);
  return { db, complaint };
}

describe('applying lifecycle events', () => {
  it('gives a new complaint its acknowledgement deadline, skipping the weekend and Easter Monday', async () => {
    const { db, complaint } = await registered();
    expect((await db.complaints.get(complaint.id))?.dueDate).toBe('2026-04-07');
  });

  it('walks a complaint to closed, keeping counters, milestones and the trail in step', async () => {
    const { db, complaint } = await registered();
    const steps = [
      { type: 'acknowledge', at: '2026-04-03T11:00' },
      { type: 'start_investigation', at: '2026-04-07T09:00' },
      { type: 'propose_solution', at: '2026-04-08T09:00' },
      { type: 'record_client_decision', at: '2026-04-09T09:00', accepted: true },
      { type: 'resolve', at: '2026-04-10T09:00' },
      { type: 'record_follow_up', at: '2026-04-20T09:00' },
      { type: 'close', at: '2026-04-21T09:00' },
    ] as const;
    // With every checklist step done, checklist and lifecycle agree at each step.
    await db.recoveries.toCollection().modify((r, ref) => {
      ref.value = { ...r, items: r.items.map((item) => ({ ...item, done: true })) };
    });
    for (const step of steps) {
      const outcome = await applyLifecycleEvent(db, complaint.id, step, now, 'staff-1');
      expect(outcome.ok).toBe(true);
    }
    const stored = await db.complaints.get(complaint.id);
    expect(stored?.state).toBe('closed');
    expect(stored?.milestones.closedAt).toBe('2026-04-21T09:00');
    expect(stored?.dueDate).toBeUndefined();
    expect(await readCounters(db, ['state:received', 'state:closed'])).toEqual([0, 1]);
    const trail = await listAudit(db, complaint.id);
    expect(trail.map((e) => e.to)).toEqual([
      'received',
      'acknowledged',
      'investigating',
      'solution_proposed',
      'solution_proposed',
      'resolved',
      'followed_up',
      'closed',
    ]);
    expect(trail.every((e) => e.actorId === 'staff-1' || e.type === 'complaint.registered')).toBe(true);
  });

  it('refuses an event the lifecycle does not allow, and changes nothing', async () => {
    const { db, complaint } = await registered();
    const before = await db.complaints.get(complaint.id);
    const outcome = await applyLifecycleEvent(
      db,
      complaint.id,
      { type: 'close', at: '2026-04-04T09:00' },
      now,
    );
    expect(outcome).toEqual({ ok: false, error: 'lifecycle.notAllowed' });
    expect(await db.complaints.get(complaint.id)).toEqual(before);
    expect(await listAudit(db, complaint.id)).toHaveLength(1);
  });

  it('requires a reason to mark a complaint unfounded, and keeps it on the complaint, not in the trail', async () => {
    const { db, complaint } = await registered();
    await applyLifecycleEvent(db, complaint.id, { type: 'acknowledge', at: '2026-04-03T11:00' }, now);
    const noReason = await applyLifecycleEvent(
      db,
      complaint.id,
      { type: 'mark_unfounded', at: '2026-04-03T12:00', reason: ' ' },
      now,
    );
    expect(noReason).toEqual({ ok: false, error: 'lifecycle.reasonRequired' });
    const reason = 'La parcella corrisponde al preventivo firmato il 10 gennaio.';
    await applyLifecycleEvent(
      db,
      complaint.id,
      { type: 'mark_unfounded', at: '2026-04-03T12:00', reason },
      now,
    );
    const stored = await db.complaints.get(complaint.id);
    expect(stored).toMatchObject({ state: 'unfounded', unfoundedReason: reason });
    expect(JSON.stringify(await listAudit(db, complaint.id))).not.toContain('parcella');
  });

  it('drops the due date while the clock waits for the client, and restores it on resume', async () => {
    const { db, complaint } = await registered();
    await applyLifecycleEvent(
      db,
      complaint.id,
      { type: 'pause_clock', at: '2026-04-03T11:00', reason: 'Attendiamo i documenti' },
      now,
    );
    expect((await db.complaints.get(complaint.id))?.dueDate).toBeUndefined();
    await applyLifecycleEvent(db, complaint.id, { type: 'resume_clock', at: '2026-04-09T11:00' }, now);
    expect((await db.complaints.get(complaint.id))?.dueDate).toBeDefined();
  });
});
