import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../instance';
import { countFollowUpsDue, getRecoveries, getRecovery, listContacts } from '../repositories/recovery';

/** Live recovery record of a complaint: `undefined` while loading, `null` when it has none. */
export const useRecovery = (complaintId: string) =>
  useLiveQuery(async () => (await getRecovery(db, complaintId)) ?? null, [complaintId]);

/** Live contact log of a complaint, newest first. */
export const useContacts = (complaintId: string) =>
  useLiveQuery(() => listContacts(db, complaintId), [complaintId]);

/** Live recovery records of the complaints on screen, for the queue's progress indicator. */
export const useRecoveries = (ids: readonly string[]) =>
  useLiveQuery(() => getRecoveries(db, ids), [ids.join(',')]);

/** Live number of follow-ups due today or earlier. */
export const useFollowUpsDue = (today: string) => useLiveQuery(() => countFollowUpsDue(db, today), [today]);
