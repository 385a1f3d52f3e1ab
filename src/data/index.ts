import type { Cause, ComplaintIntake } from '../domain/complaint';
import type { NewClient } from '../domain/client/client';
import { db } from './instance';
import * as clients from './repositories/clients';
import { registerComplaint as register } from './repositories/complaints';
import { applyLifecycleEvent, type LifecycleOptions } from './repositories/lifecycle';
import type { TemplateLanguage } from './repositories/recovery';
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
import type { ActionStatus, ImprovementActionDraft } from '../domain/improvement';
import type { DimensionScores } from '../domain/quality';
import type { CsvSurveyRow, SurveyDraft } from '../domain/surveys';
import * as silent from './dashboard/silent';
import * as clientFit from './repositories/clientFit';
import * as improvement from './repositories/improvement';
import * as privacy from './repositories/privacy';
import * as promises from './repositories/promises';
import * as quality from './repositories/quality';
import * as surveys from './repositories/surveys';
import * as registerImport from './repositories/registerImport';
import type { RegisterImportPlan } from '../domain/registerImport';
import type { ReviewNotes } from '../domain/reports';
import { loadItalianPublicHolidays } from '../domain/deadlines';

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

/** Registers a complaint in the app's database; its checklist defaults to the UI language's template. */
export const registerComplaint = async (
  intake: ComplaintIntake,
  now: Date = new Date(),
  language: TemplateLanguage = 'it',
) => register(db, intake, now, await currentActor(), language);

/** Moves a complaint through its lifecycle, recording who did it (and any confirmed checklist override). */
export const applyComplaintEvent = async (
  id: string,
  event: LifecycleEvent,
  now: Date = new Date(),
  options: LifecycleOptions = {},
) => applyLifecycleEvent(db, id, event, now, await currentActor(), options);
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
export { useDueCounts, useFirstQueueIds, useQueueIds, useQueueRows, useStateCounts } from './hooks/queue';
export { narrows, SORT_KEYS } from './queue/queueQuery';
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
export const completeSetup = async (
  setup: settings.FirstRunSetup,
  withDemo: boolean,
  now: Date = new Date(),
) =>
  settings.completeSetup(
    db,
    setup,
    now,
    withDemo ? generateDemoRegister(now, await loadItalianPublicHolidays()) : undefined,
  );
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

export { useContacts, useFollowUpsDue, useRecoveries, useRecovery } from './hooks/recovery';
export * from './recoveryActions';
export {
  useClientFitChecks,
  useComplaintAssessment,
  useDashboard,
  useDashboardNow,
  useImprovementActions,
  useOpenFollowUps,
  usePromisesOfClient,
  useRecentSurveys,
  useSelfAssessments,
  useSilentDissatisfaction,
  useSurveyCount,
} from './hooks/quality';
export type { DashboardData, DashboardFilter, DashboardNow, MonthPoint, Count } from './dashboard/aggregate';
export type { SilentClient, SilentSignal } from './dashboard/silent';
export type { ImportResolutionError } from './repositories/surveys';
export type { ClientFitDraft } from './repositories/clientFit';

/** Gap assessments, surveys, follow-ups, promises, improvement actions and client fit, bound to the app's database. */
export const saveComplaintAssessment = (complaintId: string, scores: DimensionScores, date: string) =>
  quality.saveComplaintAssessment(db, complaintId, scores, date, new Date());
export const addSelfAssessment = (serviceAreaId: string | undefined, date: string, scores: DimensionScores) =>
  quality.addSelfAssessment(db, serviceAreaId, date, scores, new Date());
export const addSurvey = (draft: SurveyDraft, today: string) =>
  surveys.addSurvey(db, draft, today, new Date());
export const importSurveys = (rows: readonly CsvSurveyRow[], today: string) =>
  surveys.importSurveys(db, rows, today, new Date());

/** The register import: the clients rows are matched against, and the all-or-nothing write. */
export const listKnownClients = () => registerImport.listKnownClients(db);
export const importRegister = async (plan: RegisterImportPlan, now: Date = new Date()) =>
  registerImport.importRegister(db, plan, now, await currentActor());
export type { ImportOutcome } from './repositories/registerImport';
export const completeFollowUp = (id: string, outcome: string, today: string) =>
  surveys.completeFollowUp(db, id, outcome, today, new Date());
export const recordClientCall = (clientId: string, outcome: string, today: string) =>
  silent.recordClientCall(db, clientId, outcome, today, new Date());
export const saveSilenceDays = (days: number) => silent.saveSilenceDays(db, days);
export const createImprovementAction = (draft: ImprovementActionDraft) =>
  improvement.createImprovementAction(db, draft, new Date());
export const setActionStatus = (id: string, status: ActionStatus) =>
  improvement.setActionStatus(db, id, status, new Date());
export const checkEffectiveness = (id: string, checkedOn: string, note: string) =>
  improvement.checkEffectiveness(db, id, checkedOn, note, new Date());
export const addPromise = (draft: Parameters<typeof promises.addPromise>[1]) =>
  promises.addPromise(db, draft, new Date());
export const setPromiseBroken = (promiseId: string, complaintId: string, broken: boolean) =>
  promises.setPromiseBroken(db, promiseId, complaintId, broken, new Date());
export const addClientFitCheck = (draft: clientFit.ClientFitDraft) =>
  clientFit.addClientFitCheck(db, draft, new Date());
export * from './backup';
export { useRegisterEmpty } from './hooks/backup';
export { listRegister, type RegisterEntry } from './transfer';
export {
  useClientReport,
  useDocumentBasics,
  useDossier,
  useLetter,
  usePeriodicReport,
} from './hooks/reports';
export type {
  ClientReportData,
  DocumentBasics,
  DossierData,
  LetterData,
  PeriodicReportData,
} from './repositories/reports';

/** The complaint policy and the management review's notes, bound to the app's database. */
export const saveComplaintPolicy = (text: string, now: Date = new Date()) =>
  reports.savePolicy(db, text, now);
export const saveReviewNotes = (periodKey: string, notes: ReviewNotes) =>
  reports.saveReviewNotes(db, periodKey, notes);

export { useRetentionPreview } from './hooks/privacy';
export type { PersonExport, RetentionCandidate } from './repositories/privacy';

/** Privacy: a person's data export, anonymisation and the retention, bound to the app's database. */
export const exportPerson = (clientId: string, now: Date = new Date()) =>
  privacy.exportPerson(db, clientId, now);
export const anonymiseClient = async (clientId: string, now: Date = new Date()) =>
  privacy.anonymiseClient(db, clientId, now, await currentActor());
export const saveRetentionYears = (years: number | null) => settings.putSetting(db, 'retentionYears', years);
export const runRetention = async (today: string, now: Date = new Date()) =>
  privacy.runRetention(db, today, now, await currentActor());
