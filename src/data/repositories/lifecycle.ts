import type { Complaint } from '../../domain/complaint';
import { transition, type LifecycleError, type LifecycleEvent } from '../../domain/lifecycle';
import type { RiparoDb } from '../db';
import { fromComplaintRow } from '../rows';
import { appendAudit } from './audit';
import { bumpCounter, stateCounterKey } from './counters';
import { loadDeadlineContext, toStoredComplaint } from './deadlineContext';

export type LifecycleOutcome = { ok: true; complaint: Complaint } | { ok: false; error: LifecycleError };

/**
 * Moves a complaint through its lifecycle. The domain decides whether the
 * event is allowed; here the new state, the per-state counters, the next due
 * date and the audit entry are written together, or not at all.
 */
export async function applyLifecycleEvent(
  db: RiparoDb,
  id: string,
  event: LifecycleEvent,
  now: Date,
  actorId?: string,
): Promise<LifecycleOutcome> {
  const tables = [db.complaints, db.counters, db.auditEvents, db.settings];
  return db.transaction('rw', tables, async () => {
    const row = await db.complaints.get(id);
    if (!row) throw new Error('The complaint is no longer in the register.');
    const current = fromComplaintRow(row);
    const result = transition(current, event);
    if (!result.ok) return result;
    const stamp = now.toISOString();
    const complaint: Complaint = { ...current, ...result.value, updatedAt: stamp };
    await db.complaints.put(toStoredComplaint(complaint, await loadDeadlineContext(db)));
    if (result.audit.from !== result.audit.to) {
      await bumpCounter(db, stateCounterKey(result.audit.from), -1);
      await bumpCounter(db, stateCounterKey(result.audit.to), 1);
    }
    await appendAudit(db, {
      entityId: id,
      at: stamp,
      type: `complaint.${result.audit.type}`,
      from: result.audit.from,
      to: result.audit.to,
      ...(actorId ? { actorId } : {}),
    });
    return { ok: true, complaint };
  });
}
