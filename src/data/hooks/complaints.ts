import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../instance';
import { listAudit } from '../repositories/audit';
import { getComplaint, listRecentComplaints } from '../repositories/complaints';

/** Live list of the newest complaints; `undefined` while loading. */
export const useRecentComplaints = (limit: number) =>
  useLiveQuery(() => listRecentComplaints(db, limit), [limit]);

/** Live complaint by id: `undefined` while loading, `null` when there is none. */
export const useComplaint = (id: string) =>
  useLiveQuery(async () => (await getComplaint(db, id)) ?? null, [id]);

/** Live audit trail of a record, oldest first. */
export const useAuditTrail = (entityId: string) => useLiveQuery(() => listAudit(db, entityId), [entityId]);
