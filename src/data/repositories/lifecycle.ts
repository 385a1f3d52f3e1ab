import type { Complaint } from '../../domain/complaint';
import { transition, type LifecycleError, type LifecycleEvent } from '../../domain/lifecycle';
import { incompleteStepsFor, proposalAuthority, type RecoveryStep } from '../../domain/recovery';
import type { RiparoDb } from '../db';
import { fromComplaintRow } from '../rows';
import { appendAudit } from './audit';
import { bumpCounter, stateCounterKey, touchMonths } from './counters';
import { loadDeadlineContext, toStoredComplaint } from './deadlineContext';
import { getSetting } from './settings';

export type LifecycleOutcome =
  | { ok: true; complaint: Complaint }
  | { ok: false; error: LifecycleError }
  /** Steps the event expects done are not: the studio may confirm and go ahead anyway. */
  | { ok: false; error: 'checklist.incomplete'; steps: RecoveryStep[] }
  /** A compensation above the handler's limit has no sign-off yet: it cannot be carried out. */
  | { ok: false; error: 'recovery.approvalRequired' };

export interface LifecycleOptions {
  /** The studio confirmed going ahead with checklist steps still open; recorded in the audit trail. */
  readonly override?: boolean;
}

/**
 * Moves a complaint through its lifecycle. The domain decides whether the
 * event is allowed; the recovery checklist and the delegation rules must
 * agree (an open step needs the studio's confirmation, an unapproved
 * compensation above the handler's limit blocks resolving). The new state,
 * the per-state counters, the next due date and the audit entries are
 * written together, or not at all.
 */
export async function applyLifecycleEvent(
  db: RiparoDb,
  id: string,
  event: LifecycleEvent,
  now: Date,
  actorId?: string,
  options: LifecycleOptions = {},
): Promise<LifecycleOutcome> {
  const tables = [db.complaints, db.counters, db.auditEvents, db.settings, db.recoveries];
  return db.transaction('rw', tables, async (): Promise<LifecycleOutcome> => {
    const row = await db.complaints.get(id);
    if (!row) throw new Error('The complaint is no longer in the register.');
    const current = fromComplaintRow(row);
    const result = transition(current, event);
    if (!result.ok) return result;
    const recovery = await db.recoveries.get(id);
    const proposal = recovery?.proposal;
    if (event.type === 'resolve' && proposal) {
      const rules = await getSetting(db, 'delegationRules');
      const authority = proposalAuthority(proposal, current.handlerId ?? proposal.proposedBy, rules);
      if (authority.kind === 'needs_approval') return { ok: false, error: 'recovery.approvalRequired' };
    }
    const steps = recovery ? incompleteStepsFor(event.type, recovery.items) : [];
    if (steps.length > 0 && !options.override) return { ok: false, error: 'checklist.incomplete', steps };

    const stamp = now.toISOString();
    const complaint: Complaint = { ...current, ...result.value, updatedAt: stamp };
    await db.complaints.put(toStoredComplaint(complaint, await loadDeadlineContext(db)));
    await touchMonths(db, [current.receivedAt, complaint.receivedAt]);
    if (result.audit.from !== result.audit.to) {
      await bumpCounter(db, stateCounterKey(result.audit.from), -1);
      await bumpCounter(db, stateCounterKey(result.audit.to), 1);
    }
    const actor = actorId ? { actorId } : {};
    if (steps.length > 0) {
      // Step keys only: the trail says which steps were skipped, never free text.
      await appendAudit(db, {
        entityId: id,
        at: stamp,
        type: 'complaint.checklist_override',
        from: result.audit.type,
        to: steps.join(','),
        ...actor,
      });
    }
    await appendAudit(db, {
      entityId: id,
      at: stamp,
      type: `complaint.${result.audit.type}`,
      from: result.audit.from,
      to: result.audit.to,
      ...actor,
    });
    return { ok: true, complaint };
  });
}
