import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../instance';
import { countDue, getQueueRows, queryQueueIds, type QueueFilter, type QueueSort } from '../queue/queueQuery';
import { readCounters, stateCounterKey } from '../repositories/counters';
import { COMPLAINT_STATES } from '../../domain/complaint';

/** Live ordered ids of the queue for a filter and sort; `undefined` while loading. */
export const useQueueIds = (filter: QueueFilter, sort: QueueSort) =>
  useLiveQuery(() => queryQueueIds(db, filter, sort), [JSON.stringify(filter), sort.key, sort.direction]);

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
