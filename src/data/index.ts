import type { NewComplaint } from '../domain/complaint';
import { db } from './instance';
import { createComplaint } from './repositories/complaints';

export { useComplaint, useComplaintCount, useRecentComplaints } from './hooks/complaints';

/** Registers a complaint in the app's database. */
export const registerComplaint = (input: NewComplaint, now: Date = new Date()) =>
  createComplaint(db, input, now);
