import type { ComplaintIntake } from '../domain/complaint';
import { db } from './instance';
import { registerComplaint as register } from './repositories/complaints';

export { useClient, useClientSearch, useComplaintsOfClient } from './hooks/clients';
export { useAuditTrail, useComplaint, useRecentComplaints } from './hooks/complaints';
export { useServiceAreas, useStaff, useSubCauses } from './hooks/studioLists';

/** Registers a complaint in the app's database. */
export const registerComplaint = (intake: ComplaintIntake, now: Date = new Date()) =>
  register(db, intake, now);
