import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../instance';
import { countComplaints, getComplaint, listRecentComplaints } from '../repositories/complaints';

/** Live list of the newest complaints; `undefined` while loading. */
export const useRecentComplaints = (limit: number) =>
  useLiveQuery(() => listRecentComplaints(db, limit), [limit]);

/** Live count of all complaints; `undefined` while loading. */
export const useComplaintCount = () => useLiveQuery(() => countComplaints(db), []);

/** Live complaint by id: `undefined` while loading, `null` when there is none. */
export const useComplaint = (id: string) =>
  useLiveQuery(async () => (await getComplaint(db, id)) ?? null, [id]);
