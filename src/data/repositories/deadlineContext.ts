import type { Complaint } from '../../domain/complaint';
import {
  clocksOf,
  createWorkingCalendar,
  dateOf,
  evaluateStandards,
  nextDueDate,
  type Standards,
  type WorkingCalendar,
} from '../../domain/deadlines';
import type { RiparoDb } from '../db';
import { toComplaintRow, type ComplaintRow } from '../rows';
import { getSetting } from './settings';

/** What deadlines are counted with: the studio's standards and its working calendar. */
export interface DeadlineContext {
  readonly standards: Standards;
  readonly calendar: WorkingCalendar;
}

/** Reads the standards and closure days from the settings; call inside a transaction that includes `settings`. */
export async function loadDeadlineContext(db: RiparoDb): Promise<DeadlineContext> {
  const [standards, closures] = await Promise.all([getSetting(db, 'standards'), getSetting(db, 'closures')]);
  return { standards, calendar: createWorkingCalendar({ closures }) };
}

/** A complaint as stored, with the due date of its next running deadline. */
export function toStoredComplaint(complaint: Complaint, context: DeadlineContext): ComplaintRow {
  const checks = evaluateStandards(
    clocksOf(complaint),
    context.standards,
    context.calendar,
    dateOf(complaint.receivedAt),
  );
  const dueDate = nextDueDate(checks);
  return { ...toComplaintRow(complaint), ...(dueDate ? { dueDate } : {}) };
}

/**
 * Recomputes every complaint's next due date after the standards or the
 * closure days change. It walks the table once, in one transaction.
 */
export async function refreshDueDates(db: RiparoDb): Promise<void> {
  await db.transaction('rw', db.complaints, db.settings, async () => {
    const context = await loadDeadlineContext(db);
    await db.complaints.toCollection().modify((row, ref) => {
      ref.value = toStoredComplaint(row, context);
    });
  });
}
