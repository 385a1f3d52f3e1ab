import type { Cause, Channel, ComplaintState, Severity } from '../../domain/complaint';
import { queryWords } from '../../domain/search';
import type { RiparoDb } from '../db';
import { toQueueRow, type QueueRow } from '../rows';
import { orderedKeys } from './sortOrder';

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

type KeySet = Set<string>;

const intersect = (a: KeySet | null, b: KeySet): KeySet =>
  a === null ? b : new Set([...a].filter((k) => b.has(k)));

/**
 * The primary keys of the complaints that pass every filter, found through the
 * indexes (keys only, no record is read), or `null` when nothing narrows the
 * register. Each filter is one index range; the sets are intersected.
 */
async function matchingKeys(db: RiparoDb, filter: QueueFilter): Promise<KeySet | null> {
  const t = db.complaints;
  const keys = async (collection: { primaryKeys(): Promise<string[]> }) =>
    new Set(await collection.primaryKeys());
  let result: KeySet | null = null;
  const anyOf = async (index: string, values: readonly string[] | undefined) => {
    if (values && values.length > 0)
      result = intersect(result, await keys(t.where(index).anyOf([...values])));
  };
  for (const word of queryWords(filter.search ?? '')) {
    result = intersect(result, await keys(t.where('searchWords').startsWith(word).distinct()));
  }
  await anyOf('state', filter.states);
  await anyOf('cause', filter.causes);
  await anyOf('channel', filter.channels);
  await anyOf('severity', filter.severities);
  await anyOf('handlerId', filter.handlerIds);
  await anyOf('serviceAreaId', filter.serviceAreaIds);
  if (filter.receivedFrom || filter.receivedTo) {
    const from = filter.receivedFrom ?? '';
    const to = `${filter.receivedTo ?? '9999-12-31'}T99:99`;
    result = intersect(result, await keys(t.where('receivedAt').between(from, to, true, true)));
  }
  if (filter.dueBefore) result = intersect(result, await keys(t.where('dueDate').below(filter.dueBefore)));
  if (filter.dueBy) result = intersect(result, await keys(t.where('dueDate').belowOrEqual(filter.dueBy)));
  return result;
}

/**
 * The ids of the queue, in display order: the ordered keys of the sort index
 * (kept in memory between writes, see sortOrder.ts), kept when they match. Rows are read later, only for the window on screen
 * (`getComplaintsByIds`), so a 100,000-complaint register is never read whole.
 * Complaints without a value for the sort key (no deadline) come last.
 */
export async function queryQueueIds(db: RiparoDb, filter: QueueFilter, sort: QueueSort): Promise<string[]> {
  const [matching, ordered] = await Promise.all([matchingKeys(db, filter), orderedKeys(db, sort.key)]);
  const sorted = sort.direction === 'desc' ? ordered.toReversed() : [...ordered];
  if (sort.key === 'dueDate') {
    const withDue = new Set(sorted);
    const all = await orderedKeys(db, ':id');
    sorted.push(...all.filter((k) => !withDue.has(k)));
  }
  return matching === null ? sorted : sorted.filter((k) => matching.has(k));
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
