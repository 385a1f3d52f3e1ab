import type { Cause, Channel, ComplaintState, Severity } from '../../domain/complaint';
import { queryWords } from '../../domain/search';
import type { RiparoDb } from '../db';
import { toQueueRow, type QueueRow } from '../rows';
import { queueSnapshot, type QueueSnapshot } from './snapshot';

/** What the queue can be narrowed to. Every field is optional; empty lists mean "any". */
export interface QueueFilter {
  readonly states?: readonly ComplaintState[];
  readonly causes?: readonly Cause[];
  readonly channels?: readonly Channel[];
  readonly severities?: readonly Severity[];
  readonly handlerIds?: readonly string[];
  readonly serviceAreaIds?: readonly string[];
  /** Received on or after this day, `YYYY-MM-DD`. */
  readonly receivedFrom?: string;
  /** Received on or before this day, `YYYY-MM-DD`. */
  readonly receivedTo?: string;
  /** Only complaints whose next deadline is before this day, `YYYY-MM-DD` (today for "overdue"). */
  readonly dueBefore?: string;
  /** Only complaints whose next deadline is on or before this day (today for "due by today"). */
  readonly dueBy?: string;
  readonly search?: string;
}

export const SORT_KEYS = ['receivedAt', 'code', 'clientName', 'dueDate'] as const;
export type QueueSortKey = (typeof SORT_KEYS)[number];
export interface QueueSort {
  readonly key: QueueSortKey;
  readonly direction: 'asc' | 'desc';
}

type ListIndex = 'state' | 'cause' | 'channel' | 'severity' | 'handlerId' | 'serviceAreaId';

/**
 * The complaints that pass every filter, one byte per slot (1 = kept), or
 * `null` when nothing narrows the register. Each filter value is one index
 * range, read as keys only (no record is read) and kept in the queue's
 * snapshot; the values of one filter are joined, the filters intersected.
 */
async function matching(
  snapshot: QueueSnapshot,
  db: RiparoDb,
  filter: QueueFilter,
): Promise<Uint8Array | null> {
  const t = db.complaints;
  const sets: Promise<Uint8Array>[] = [];
  const anyOf = (index: ListIndex, values: readonly string[] | undefined) => {
    if (!values || values.length === 0) return;
    const each = values.map((value) =>
      snapshot.members(
        `${index}=${value}`,
        () => t.where(index).equals(value).primaryKeys(),
        (row) => row[index] === value,
      ),
    );
    sets.push(Promise.all(each).then(union));
  };
  for (const word of queryWords(filter.search ?? '')) {
    // A complaint with two words starting alike comes twice; the set keeps it once.
    sets.push(
      snapshot.members(
        `searchWords^${word}`,
        () => t.where('searchWords').startsWith(word).primaryKeys(),
        (row) => row.searchWords.some((w) => w.startsWith(word)),
      ),
    );
  }
  anyOf('state', filter.states);
  anyOf('cause', filter.causes);
  anyOf('channel', filter.channels);
  anyOf('severity', filter.severities);
  anyOf('handlerId', filter.handlerIds);
  anyOf('serviceAreaId', filter.serviceAreaIds);
  if (filter.receivedFrom || filter.receivedTo) {
    const from = filter.receivedFrom ?? '';
    const to = `${filter.receivedTo ?? '9999-12-31'}T99:99`;
    sets.push(
      snapshot.members(
        `receivedAt=${from}..${to}`,
        () => t.where('receivedAt').between(from, to, true, true).primaryKeys(),
        (row) => from <= row.receivedAt && row.receivedAt <= to,
      ),
    );
  }
  const { dueBefore, dueBy } = filter;
  if (dueBefore) sets.push(dueSet(snapshot, db, 'before', dueBefore));
  if (dueBy) sets.push(dueSet(snapshot, db, 'by', dueBy));
  return sets.length === 0 ? null : intersection(await Promise.all(sets));
}

/** The complaints whose next deadline falls before `day`, or on or before it. */
const dueSet = (snapshot: QueueSnapshot, db: RiparoDb, bound: 'before' | 'by', day: string) =>
  snapshot.members(
    `dueDate-${bound}-${day}`,
    () => {
      const due = db.complaints.where('dueDate');
      return (bound === 'before' ? due.below(day) : due.belowOrEqual(day)).primaryKeys();
    },
    ({ dueDate }) => dueDate !== undefined && (bound === 'before' ? dueDate < day : dueDate <= day),
  );

/** The sets combined byte by byte with `op`: `|` for "in any", `&` for "in all". */
function combine(sets: readonly Uint8Array[], op: (a: number, b: number) => number): Uint8Array {
  const [first, ...others] = sets;
  if (!first) throw new Error('no sets to combine');
  if (others.length === 0) return first;
  const combined = first.slice();
  for (const set of others)
    for (let n = 0; n < combined.length; n += 1) combined[n] = op(combined[n] ?? 0, set[n] ?? 0);
  return combined;
}

const union = (sets: readonly Uint8Array[]) => combine(sets, (a, b) => a | b);
const intersection = (sets: readonly Uint8Array[]) => combine(sets, (a, b) => a & b);

/**
 * The ids of the queue, in display order, answered from the queue's snapshot
 * of the indexes (see snapshot.ts): the filters' sets are intersected and the
 * sort index's order is walked once. Rows are read later, only for the window
 * on screen (`getQueueRows`), so a 100,000-complaint register is never read
 * whole. Complaints without a value for the sort key (no deadline) come last.
 */
export async function queryQueueIds(db: RiparoDb, filter: QueueFilter, sort: QueueSort): Promise<string[]> {
  const snapshot = queueSnapshot(db);
  const [keys, order, kept] = await Promise.all([
    snapshot.primaryKeys(),
    snapshot.order(sort.key),
    matching(snapshot, db, filter),
  ]);
  const ids: string[] = [];
  const take = (n: number) => {
    if (kept === null || kept[n] === 1) ids.push(keys[n] as string);
  };
  const { indexed, rest } = order;
  if (sort.direction === 'asc') for (const n of indexed) take(n);
  else for (let i = indexed.length - 1; i >= 0; i -= 1) take(indexed[i] as number);
  for (const n of rest) take(n);
  return ids;
}

/** Whether `filter` leaves any complaint out: a list with values, a word, a period or a deadline bound. */
export function narrows(filter: QueueFilter): boolean {
  const lists = [
    filter.states,
    filter.causes,
    filter.channels,
    filter.severities,
    filter.handlerIds,
    filter.serviceAreaIds,
  ];
  return (
    lists.some((list) => list !== undefined && list.length > 0) ||
    queryWords(filter.search ?? '').length > 0 ||
    Boolean(filter.receivedFrom || filter.receivedTo || filter.dueBefore || filter.dueBy)
  );
}

/**
 * The first `limit` ids of the whole register in display order, read from the
 * sort index alone: what the queue shows while its snapshot is still being
 * read, the first time after start-up (at 100,000 complaints, a few seconds).
 * Complaints with no value for the sort key come after these, as in
 * `queryQueueIds`, and are left out here.
 */
export function firstQueueIds(db: RiparoDb, sort: QueueSort, limit: number): Promise<string[]> {
  const ordered = db.complaints.orderBy(sort.key);
  return (sort.direction === 'desc' ? ordered.reverse() : ordered).limit(limit).primaryKeys();
}

/** The rows for one window of the queue, in the order of `ids`. */
export async function getQueueRows(db: RiparoDb, ids: readonly string[]): Promise<QueueRow[]> {
  const rows = await db.complaints.bulkGet([...ids]);
  return rows.filter((row) => row !== undefined).map(toQueueRow);
}

/** How many complaints are overdue and how many fall due today, counted on the due-date index. */
export async function countDue(db: RiparoDb, today: string): Promise<{ overdue: number; dueToday: number }> {
  const [overdue, dueToday] = await Promise.all([
    db.complaints.where('dueDate').below(today).count(),
    db.complaints.where('dueDate').equals(today).count(),
  ]);
  return { overdue, dueToday };
}
