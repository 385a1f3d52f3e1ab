import type { FollowUpRecord } from '../../domain/recovery';
import type { RiparoDb } from '../db';
import { touchMonths } from './counters';
import { applyLifecycleEvent, type LifecycleOptions, type LifecycleOutcome } from './lifecycle';

/**
 * Stores what the follow-up call found out and, for a resolved complaint,
 * records the follow-up milestone at the call's time, in one transaction: a
 * refused step (e.g. open checklist steps not confirmed) stores nothing.
 * A complaint already past the follow-up just gets its record corrected.
 */
export function recordFollowUp(
  db: RiparoDb,
  complaintId: string,
  record: FollowUpRecord,
  now: Date,
  actorId?: string,
  options: LifecycleOptions = {},
) {
  const tables = [db.complaints, db.counters, db.auditEvents, db.settings, db.recoveries];
  return db.transaction('rw', tables, async (): Promise<LifecycleOutcome | { ok: true }> => {
    const complaint = await db.complaints.get(complaintId);
    const recovery = await db.recoveries.get(complaintId);
    if (!complaint || !recovery) throw new Error('The complaint has no recovery record.');
    if (complaint.state === 'resolved') {
      const outcome = await applyLifecycleEvent(
        db,
        complaintId,
        { type: 'record_follow_up', at: record.at },
        now,
        actorId,
        options,
      );
      if (!outcome.ok) return outcome;
    }
    await db.recoveries.put({ ...recovery, followUp: record, updatedAt: now.toISOString() });
    await touchMonths(db, [complaint.receivedAt]);
    return { ok: true };
  });
}
