import { useLiveQuery } from 'dexie-react-hooks';
import type { Period } from '../../domain/reports';
import { db } from '../instance';
import {
  loadClientReport,
  loadDocumentBasics,
  loadDossier,
  loadLetter,
  loadPeriodicReport,
} from '../repositories/reports';

/** Live letterhead, standards and studio lists for a document; `undefined` while loading. */
export const useDocumentBasics = () => useLiveQuery(() => loadDocumentBasics(db), []);

/** Live dossier of a complaint: `undefined` while loading, `null` when there is none. */
export const useDossier = (complaintId: string) =>
  useLiveQuery(() => loadDossier(db, complaintId), [complaintId]);

/** Live client report: `undefined` while loading, `null` when there is no such client. */
export const useClientReport = (clientId: string) =>
  useLiveQuery(() => loadClientReport(db, clientId), [clientId]);

/** Live periodic report of a period, judged as of today. */
export const usePeriodicReport = (period: Period) =>
  useLiveQuery(() => loadPeriodicReport(db, period, new Date()), [period.key]);

/** Live letter logged as a contact: `undefined` while loading, `null` when there is none. */
export const useLetter = (contactId: string) => useLiveQuery(() => loadLetter(db, contactId), [contactId]);
