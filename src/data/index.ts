import type { Cause, ComplaintIntake } from '../domain/complaint';
import type { NewClient } from '../domain/client/client';
import { db } from './instance';
import * as clients from './repositories/clients';
import { registerComplaint as register } from './repositories/complaints';
import { applyLifecycleEvent } from './repositories/lifecycle';
import { getSetting } from './repositories/settings';
import * as settings from './repositories/settings';
import * as studioLists from './repositories/studioLists';
import * as reports from './repositories/reports';
import { generateDemoRegister } from './demo/generate';
import * as demo from './demo/load';
import { removeDemoRegister as removeDemo } from './demo/remove';
import type { Standards } from '../domain/deadlines';
import type { ClosureRange, StudioProfile } from '../domain/settings';
import type { LifecycleEvent } from '../domain/lifecycle';
import type { ReviewNotes } from '../domain/reports';

export {
  useClient,
  useClientCount,
  useClientSearch,
  useClientsPage,
  useComplaintsOfClient,
} from './hooks/clients';
export { useAuditTrail, useComplaint, useRecentComplaints } from './hooks/complaints';
export { useServiceAreas, useStaff, useSubCauses } from './hooks/studioLists';

/** Who is using Riparo on this PC, for the audit trail; undefined when nobody was chosen. */
const currentActor = async () => (await getSetting(db, 'currentStaffId')) || undefined;

/** Registers a complaint in the app's database. */
export const registerComplaint = async (intake: ComplaintIntake, now: Date = new Date()) =>
  register(db, intake, now, await currentActor());

/** Moves a complaint through its lifecycle, recording who did it. */
export const applyComplaintEvent = async (id: string, event: LifecycleEvent, now: Date = new Date()) =>
  applyLifecycleEvent(db, id, event, now, await currentActor());
export { useDeadlineContext } from './hooks/deadlines';
export type { LifecycleOutcome } from './repositories/lifecycle';

/** The client registry's writes, bound to the app's database. */
export const createClient = (draft: NewClient, now: Date = new Date()) =>
  clients.createClient(db, draft, now);
export const updateClient = (id: string, changes: NewClient, now: Date = new Date()) =>
  clients.updateClient(db, id, changes, now);
export const deleteClient = (id: string) => clients.deleteClient(db, id);
export const mergeClients = (keepId: string, duplicateId: string, now: Date = new Date()) =>
  clients.mergeClients(db, keepId, duplicateId, now);
export { useDueCounts, useQueueIds, useQueueRows, useStateCounts } from './hooks/queue';
export { SORT_KEYS } from './queue/queueQuery';
export type { QueueFilter, QueueSort, QueueSortKey } from './queue/queueQuery';
export type { QueueRow } from './rows';

export { useDemoComplaintCount, useSetting } from './hooks/settings';
export type { FirstRunSetup } from './repositories/settings';

/** Settings, the studio's lists and the demo register, bound to the app's database. */
export const saveStudioProfile = (profile: StudioProfile) =>
  settings.putSetting(db, 'studioProfile', profile);
export const saveStandards = (standards: Standards) => settings.saveStandards(db, standards);
export const addClosure = (closure: ClosureRange) => settings.addClosure(db, closure);
export const removeClosure = (closure: ClosureRange) => settings.removeClosure(db, closure);
export const setCurrentStaff = (staffId: string) => settings.putSetting(db, 'currentStaffId', staffId);
export const completeSetup = (setup: settings.FirstRunSetup, withDemo: boolean, now: Date = new Date()) =>
  settings.completeSetup(db, setup, now, withDemo ? generateDemoRegister(now) : undefined);
export const addStaffMember = (name: string, role: string, now: Date = new Date()) =>
  studioLists.addStaffMember(db, name, role, now);
export const addServiceArea = (name: string, now: Date = new Date()) =>
  studioLists.addServiceArea(db, name, now);
export const addSubCause = (cause: Cause, name: string, now: Date = new Date()) =>
  studioLists.addSubCause(db, cause, name, now);
export const updateListEntry = (
  table: 'staff' | 'serviceAreas' | 'subCauses',
  id: string,
  changes: { name?: string; role?: string; active?: boolean },
  now: Date = new Date(),
) => studioLists.updateListEntry(db, table, id, changes, now);
export const loadDemoRegister = (now: Date = new Date()) => demo.loadDemoRegister(db, now);
export const removeDemoRegister = () => removeDemo(db);

export { useClientReport, useDocumentBasics, useDossier, usePeriodicReport } from './hooks/reports';
export type {
  ClientReportData,
  DocumentBasics,
  DossierData,
  PeriodicReportData,
} from './repositories/reports';

/** The complaint policy and the management review's notes, bound to the app's database. */
export const saveComplaintPolicy = (text: string, now: Date = new Date()) =>
  reports.savePolicy(db, text, now);
export const saveReviewNotes = (periodKey: string, notes: ReviewNotes) =>
  reports.saveReviewNotes(db, periodKey, notes);
