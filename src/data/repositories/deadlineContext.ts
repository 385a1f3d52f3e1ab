import Dexie from 'dexie';
import type { Complaint } from '../../domain/complaint';
import {
  clocksOf,
  createWorkingCalendar,
  dateOf,
  evaluateStandards,
  loadItalianPublicHolidays,
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

/**
 * Reads the standards and closure days from the settings; call inside a
 * transaction that includes `settings`. The first call also loads the holiday
 * rules, and keeps the transaction alive meanwhile.
 */
export async function loadDeadlineContext(db: RiparoDb): Promise<DeadlineContext> {
  const [standards, closures, publicHolidays] = await Promise.all([
    getSetting(db, 'standards'),
    getSetting(db, 'closures'),
    Dexie.waitFor(loadItalianPublicHolidays()),
  ]);
  return { standards, calendar: createWorkingCalendar({ closures, publicHolidays }) };
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
