import {
  addAreaTallies,
  splitByMonth,
  tallyByArea,
  type AreaTallies,
  type DateRange,
  type TalliedComplaint,
} from '../../domain/dashboard';
import type { MonthFiguresRow, RiparoDb } from '../db';
import { monthCounterKey, readCounters } from '../repositories/counters';
import { loadDeadlineContext, type DeadlineContext } from '../repositories/deadlineContext';
import { getSetting } from '../repositories/settings';

/** The complaints received from `from` to `to` (days, inclusive), each with its recovery, tallied by service area. */
async function tallyDays(
  db: RiparoDb,
  { from, to }: DateRange,
  context: DeadlineContext,
): Promise<AreaTallies> {
  const rows = await db.complaints.where('receivedAt').between(from, `${to}T99:99`, true, true).toArray();
  const recoveries = await db.recoveries.bulkGet(rows.map((row) => row.id));
  const handled = rows.map((complaint, i): TalliedComplaint => {
    const recovery = recoveries[i];
    return { complaint, ...(recovery && { recovery }) };
  });
  return tallyByArea(handled, context.standards, context.calendar);
}

/** The deadline context, and the settings it is counted on as one string: a month kept on another is stale. */
function loadContext(db: RiparoDb): Promise<{ context: DeadlineContext; basis: string }> {
  return db.transaction('r', db.settings, async () => {
    const [context, standards, closures] = await Promise.all([
      loadDeadlineContext(db),
      getSetting(db, 'standards'),
      getSetting(db, 'closures'),
    ]);
    return { context, basis: JSON.stringify([standards, closures]) };
  });
}

/** A month tallied from its complaints, with the month's counter read in the same transaction. */
function tallyMonth(db: RiparoDb, month: string, basis: string, context: DeadlineContext) {
  return db.transaction(
    'r',
    [db.complaints, db.recoveries, db.counters],
    async (): Promise<MonthFiguresRow> => {
      const [revision = 0] = await readCounters(db, [monthCounterKey(month)]);
      const areas = await tallyDays(db, { from: `${month}-01`, to: `${month}-31` }, context);
      return { month, revision, basis, areas };
    },
  );
}

/**
 * Stores freshly tallied months once the current task is over: a live query
 * may not write, and a write that fails only means tallying them again.
 */
function keepMonthFigures(db: RiparoDb, rows: readonly MonthFiguresRow[]) {
  setTimeout(() => {
    db.monthFigures.bulkPut([...rows]).catch(() => undefined);
  }, 0);
}

/**
 * A period's complaints tallied by service area. Each whole month comes from
 * the figures kept for it while they are current (its counter has not moved
 * and the standards and closures are the same), and is tallied from its
 * complaints otherwise, then kept; the days at the ends of a period that are
 * not whole months are always tallied from their complaints.
 */
export async function loadPeriodTallies(db: RiparoDb, range: DateRange): Promise<AreaTallies> {
  const { wholeMonths, partDays } = splitByMonth(range);
  const [{ context, basis }, kept, revisions] = await Promise.all([
    loadContext(db),
    db.monthFigures.bulkGet(wholeMonths),
    readCounters(db, wholeMonths.map(monthCounterKey)),
  ]);
  const fresh: MonthFiguresRow[] = [];
  const months = await Promise.all(
    wholeMonths.map(async (month, i) => {
      const row = kept[i];
      if (row && row.revision === revisions[i] && row.basis === basis) return row.areas;
      const tallied = await tallyMonth(db, month, basis, context);
      fresh.push(tallied);
      return tallied.areas;
    }),
  );
  const parts = await Promise.all(partDays.map((days) => tallyDays(db, days, context)));
  if (fresh.length > 0) keepMonthFigures(db, fresh);
  return [...months, ...parts].reduce(addAreaTallies, {});
}
