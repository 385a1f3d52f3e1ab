import { useLiveQuery } from 'dexie-react-hooks';
import { useSyncExternalStore } from 'react';
import { db } from '../instance';
import {
  countDue,
  firstQueueIds,
  getQueueRows,
  queryQueueIds,
  type QueueFilter,
  type QueueSort,
} from '../queue/queueQuery';
import { complaintsRevision, onComplaintsWritten } from '../queue/snapshot';
import { readCounters, stateCounterKey } from '../repositories/counters';
import { COMPLAINT_STATES } from '../../domain/complaint';

const subscribe = (listener: () => void) => onComplaintsWritten(db, listener);
const revision = () => complaintsRevision(db);

/**
 * Live ordered ids of the queue for a filter and sort; `undefined` while
 * loading. The answer comes from the queue's snapshot in memory, which Dexie's
 * live query cannot watch, so the query also runs again after every write to
 * the complaints.
 */
export function useQueueIds(filter: QueueFilter, sort: QueueSort) {
  const written = useSyncExternalStore(subscribe, revision);
  return useLiveQuery(
    () => queryQueueIds(db, filter, sort),
    [JSON.stringify(filter), sort.key, sort.direction, written],
  );
}

/**
 * The first `limit` ids of the whole register in display order, read from the
 * sort index alone, when `wanted` (nothing narrows the queue); `undefined`
 * otherwise. What the queue shows until its full answer arrives.
 */
export function useFirstQueueIds(sort: QueueSort, limit: number, wanted: boolean) {
  return useLiveQuery(
    () => (wanted ? firstQueueIds(db, sort, limit) : undefined),
    [wanted, sort.key, sort.direction, limit],
  );
}

/** Live rows of one window of the queue. */
export const useQueueRows = (ids: readonly string[]) =>
  useLiveQuery(() => getQueueRows(db, ids), [ids.join(',')]);

/** Live count of complaints in each state, from the counters kept on every write. */
export const useStateCounts = () =>
  useLiveQuery(async () => {
    const counts = await readCounters(db, COMPLAINT_STATES.map(stateCounterKey));
    return Object.fromEntries(COMPLAINT_STATES.map((s, i) => [s, counts[i] ?? 0]));
  }, []);

/** Live counts of overdue complaints and of those due today. */
export const useDueCounts = (today: string) => useLiveQuery(() => countDue(db, today), [today]);
