import { useLiveQuery } from 'dexie-react-hooks';
import { loadDashboard, loadDashboardNow, type DashboardFilter } from '../dashboard/aggregate';
import { listSilentDissatisfaction } from '../dashboard/silent';
import { db } from '../instance';
import { listClientFitChecks } from '../repositories/clientFit';
import { listImprovementActions } from '../repositories/improvement';
import { listPromisesOfClient } from '../repositories/promises';
import { getComplaintAssessment, listSelfAssessments } from '../repositories/quality';
import { countSurveys, listOpenFollowUps, listRecentSurveys } from '../repositories/surveys';

/** Live gap assessment of a complaint: `undefined` while loading, `null` when none was filled. */
export const useComplaintAssessment = (complaintId: string) =>
  useLiveQuery(async () => (await getComplaintAssessment(db, complaintId)) ?? null, [complaintId]);
export const useSelfAssessments = () => useLiveQuery(() => listSelfAssessments(db), []);
export const useRecentSurveys = (limit: number) => useLiveQuery(() => listRecentSurveys(db, limit), [limit]);
export const useSurveyCount = () => useLiveQuery(() => countSurveys(db), []);
export const useOpenFollowUps = () => useLiveQuery(() => listOpenFollowUps(db), []);
export const useImprovementActions = () => useLiveQuery(() => listImprovementActions(db), []);
export const usePromisesOfClient = (clientId: string) =>
  useLiveQuery(() => listPromisesOfClient(db, clientId), [clientId]);
export const useClientFitChecks = (clientId: string) =>
  useLiveQuery(() => listClientFitChecks(db, clientId), [clientId]);

/** Live dashboard figures for a period and service area, aggregated in the data layer. */
export const useDashboard = (filter: DashboardFilter) =>
  useLiveQuery(() => loadDashboard(db, filter), [filter.range.from, filter.range.to, filter.serviceAreaId]);

/** Live dashboard figures about `today`, whatever the period. */
export const useDashboardNow = (today: string) => useLiveQuery(() => loadDashboardNow(db, today), [today]);

export const useSilentDissatisfaction = (today: string) =>
  useLiveQuery(() => listSilentDissatisfaction(db, today), [today]);
