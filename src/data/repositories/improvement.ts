import type { Cause } from '../../domain/complaint';
import {
  effectivenessWindows,
  type ActionStatus,
  type ImprovementAction,
  type ImprovementActionDraft,
} from '../../domain/improvement';
import type { DateRange } from '../../domain/dashboard';
import type { RiparoDb } from '../db';
import { newId } from '../ids';

export async function createImprovementAction(
  db: RiparoDb,
  draft: ImprovementActionDraft,
  now: Date,
): Promise<ImprovementAction> {
  const stamp = now.toISOString();
  const action: ImprovementAction = {
    ...draft,
    id: newId(),
    status: 'planned',
    checks: [],
    createdAt: stamp,
    updatedAt: stamp,
  };
  await db.improvementActions.add(action);
  return action;
}

/** Every action: open ones first, then by due date. */
export async function listImprovementActions(db: RiparoDb): Promise<ImprovementAction[]> {
  const closed = (a: ImprovementAction) => (a.status === 'done' || a.status === 'dropped' ? 1 : 0);
  return (await db.improvementActions.toArray()).sort(
    (a, b) => closed(a) - closed(b) || a.dueDate.localeCompare(b.dueDate),
  );
}

export async function setActionStatus(
  db: RiparoDb,
  id: string,
  status: ActionStatus,
  now: Date,
): Promise<void> {
  await db.improvementActions.update(id, { status, updatedAt: now.toISOString() });
}

/** Links a complaint to an action (once). */
export async function linkComplaintToAction(db: RiparoDb, id: string, complaintId: string, now: Date) {
  await db.transaction('rw', db.improvementActions, async () => {
    const action = await db.improvementActions.get(id);
    if (!action || action.complaintIds.includes(complaintId)) return;
    await db.improvementActions.update(id, {
      complaintIds: [...action.complaintIds, complaintId],
      updatedAt: now.toISOString(),
    });
  });
}

/** How many complaints of a cause were received in a range, counted on the indexes alone. */
export async function countComplaintsOfCause(db: RiparoDb, cause: Cause, range: DateRange): Promise<number> {
  const [ofCause, inRange] = await Promise.all([
    db.complaints.where('cause').equals(cause).primaryKeys(),
    db.complaints.where('receivedAt').between(range.from, `${range.to}T99:99`, true, true).primaryKeys(),
  ]);
  const wanted = new Set(ofCause);
  return inRange.filter((k) => wanted.has(k)).length;
}

/**
 * Records an effectiveness check: complaints of the action's cause in the
 * window before it started and in an equally long window after.
 */
export async function checkEffectiveness(
  db: RiparoDb,
  id: string,
  checkedOn: string,
  note: string,
  now: Date,
): Promise<void> {
  await db.transaction('rw', db.improvementActions, db.complaints, async () => {
    const action = await db.improvementActions.get(id);
    if (!action) throw new Error('The improvement action is no longer there.');
    const windows = effectivenessWindows(action.startedOn, checkedOn);
    const [before, after] = await Promise.all([
      countComplaintsOfCause(db, action.cause, windows.before),
      countComplaintsOfCause(db, action.cause, windows.after),
    ]);
    await db.improvementActions.update(id, {
      checks: [...action.checks, { checkedOn, before, after, note }],
      updatedAt: now.toISOString(),
    });
  });
}
