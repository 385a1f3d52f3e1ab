import type { Client } from '../../domain/client/client';
import { toLocalDateTime, type Complaint } from '../../domain/complaint';
import { dateOf } from '../../domain/deadlines';
import {
  addPolicyVersion,
  buildPeriodicFigures,
  EMPTY_REVIEW_NOTES,
  type Period,
  type PeriodicFigures,
  type PolicyHistory,
  type ReviewNotes,
} from '../../domain/reports';
import { linkHash, type ChainLink } from '../../domain/backup';
import { actionsForPeriod, type ImprovementAction } from '../../domain/improvement';
import type { GapAssessment } from '../../domain/quality';
import type { Contact, Recovery, RecoveryEconomics } from '../../domain/recovery';
import type { ServiceArea, StaffMember, StudioProfile, SubCause } from '../../domain/settings';
import type { AuditEventRow, RiparoDb } from '../db';
import { fromComplaintRow } from '../rows';
import { loadPeriodQuality, type PeriodQuality } from '../dashboard/aggregate';
import { listAudit } from './audit';
import { listImprovementActions } from './improvement';
import { getClient } from './clients';
import { getComplaint, listComplaintsOfClient } from './complaints';
import { getComplaintAssessment } from './quality';
import { getRecovery, listContacts } from './recovery';
import { loadDeadlineContext, type DeadlineContext } from './deadlineContext';
import { getSetting, putSetting } from './settings';
import { listServiceAreas, listStaff, listSubCauses } from './studioLists';

/** What every document needs: the letterhead, the standards and calendar, and the studio's lists for names. */
export interface DocumentBasics extends DeadlineContext {
  readonly studio: StudioProfile;
  readonly staff: readonly StaffMember[];
  readonly serviceAreas: readonly ServiceArea[];
  readonly subCauses: readonly SubCause[];
}

export async function loadDocumentBasics(db: RiparoDb): Promise<DocumentBasics> {
  const [studio, context, staff, serviceAreas, subCauses] = await Promise.all([
    getSetting(db, 'studioProfile'),
    loadDeadlineContext(db),
    listStaff(db),
    listServiceAreas(db),
    listSubCauses(db),
  ]);
  return { studio, ...context, staff, serviceAreas, subCauses };
}

/**
 * A complaint's dossier: the complaint, its client as the registry knows it
 * now, its audit trail, and what its recovery kept: the checklist and
 * compensation, the contacts and letters (oldest first), the gap assessment
 * and the figures its economics are judged with.
 */
export interface DossierData extends DocumentBasics {
  readonly complaint: Complaint;
  readonly client?: Client;
  readonly trail: readonly AuditEventRow[];
  readonly recovery?: Recovery;
  readonly contacts: readonly Contact[];
  readonly assessment?: GapAssessment;
  readonly economics: RecoveryEconomics;
}

/** Everything the dossier prints, read in one transaction; null when there is no such complaint. */
export function loadDossier(db: RiparoDb, complaintId: string): Promise<DossierData | null> {
  return db.transaction('r', db.tables, async () => {
    const complaint = await getComplaint(db, complaintId);
    if (!complaint) return null;
    const [basics, client, trail, recovery, contacts, assessment, economics] = await Promise.all([
      loadDocumentBasics(db),
      getClient(db, complaint.clientId),
      listAudit(db, complaint.id),
      getRecovery(db, complaint.id),
      listContacts(db, complaint.id),
      getComplaintAssessment(db, complaint.id),
      getSetting(db, 'recoveryEconomics'),
    ]);
    return {
      ...basics,
      complaint,
      trail,
      contacts: [...contacts].reverse(),
      economics,
      ...(client && { client }),
      ...(recovery && { recovery }),
      ...(assessment && { assessment }),
    };
  });
}

/** A letter from the contact log, with the complaint and client it was sent about. */
export interface LetterData extends DocumentBasics {
  readonly contact: Contact & { readonly letter: NonNullable<Contact['letter']> };
  readonly complaint: Complaint;
  readonly client?: Client;
}

/** The letter logged as contact `contactId`; null when there is no such contact or it carries no letter. */
export function loadLetter(db: RiparoDb, contactId: string): Promise<LetterData | null> {
  return db.transaction('r', db.tables, async () => {
    const contact = await db.contacts.get(contactId);
    const letter = contact?.letter;
    if (!contact || !letter) return null;
    const complaint = await getComplaint(db, contact.complaintId);
    if (!complaint) return null;
    const [basics, client] = await Promise.all([loadDocumentBasics(db), getClient(db, complaint.clientId)]);
    return { ...basics, contact: { ...contact, letter }, complaint, ...(client && { client }) };
  });
}

/** One client's complaints, oldest first, for the client report. */
export interface ClientReportData extends DocumentBasics {
  readonly client: Client;
  readonly complaints: readonly Complaint[];
}

export function loadClientReport(db: RiparoDb, clientId: string): Promise<ClientReportData | null> {
  return db.transaction('r', db.tables, async () => {
    const client = await getClient(db, clientId);
    if (!client) return null;
    const [basics, complaints] = await Promise.all([
      loadDocumentBasics(db),
      listComplaintsOfClient(db, clientId),
    ]);
    const oldestFirst = [...complaints].sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
    return { ...basics, client, complaints: oldestFirst };
  });
}

/** The audit trail's last link as of printing: anyone can later check the register was not rewritten before it. */
export interface ChainHead {
  /** Events in the trail. */
  readonly count: number;
  /** The hash the next event will carry: SHA-256 of the last event. */
  readonly head: string;
  /** When the last event happened (ISO instant). */
  readonly at: string;
}

export interface PeriodicReportData extends DocumentBasics {
  readonly figures: PeriodicFigures;
  readonly review: ReviewNotes;
  /** Surveys, NPS, CSAT and the quality gap of the period, aggregated as the dashboard does. */
  readonly quality: PeriodQuality;
  readonly actions: readonly ImprovementAction[];
  /** Absent while the trail is empty. */
  readonly chainHead?: ChainHead;
}

/**
 * The periodic report's figures, aggregated while reading: only the period's
 * complaints are read (through the `receivedAt` index), and none is kept once
 * counted, so a year of ten thousand stays quick. The chain's head is hashed
 * after the read transaction, since hashing is not a database operation.
 */
export async function loadPeriodicReport(
  db: RiparoDb,
  period: Period,
  today: Date,
): Promise<PeriodicReportData> {
  const todayDate = dateOf(toLocalDateTime(today));
  const { lastEvent, ...data } = await db.transaction('r', db.tables, async () => {
    const basics = await loadDocumentBasics(db);
    const rows = await db.complaints
      .where('receivedAt')
      .between(`${period.from}T00:00`, `${period.to}T23:59\uffff`, true, true)
      .toArray();
    const figures = buildPeriodicFigures(
      rows.map(fromComplaintRow),
      period,
      basics.standards,
      basics.calendar,
      todayDate,
    );
    const [reviewNotes, quality, actions, last] = await Promise.all([
      getSetting(db, 'reviewNotes'),
      loadPeriodQuality(db, { from: period.from, to: period.to }),
      listImprovementActions(db),
      // Only chained events are in the `seq` index, so the last one is a full link.
      db.auditEvents.orderBy('seq').last() as Promise<ChainLink | undefined>,
    ]);
    return {
      ...basics,
      figures,
      review: reviewNotes[period.key] ?? EMPTY_REVIEW_NOTES,
      quality,
      actions: actionsForPeriod(actions, period),
      lastEvent: last,
    };
  });
  if (!lastEvent) return data;
  const chainHead = { count: lastEvent.seq, head: await linkHash(lastEvent), at: lastEvent.at };
  return { ...data, chainHead };
}

/** Saves the policy text as a new version (when it changed); returns the history as stored. */
export function savePolicy(db: RiparoDb, text: string, now: Date): Promise<PolicyHistory> {
  return db.transaction('rw', db.settings, async () => {
    const history = addPolicyVersion(await getSetting(db, 'complaintPolicy'), text, now);
    await putSetting(db, 'complaintPolicy', history);
    return history;
  });
}

/** Saves one period's review notes, leaving the other periods' as they were. */
export function saveReviewNotes(db: RiparoDb, periodKey: string, notes: ReviewNotes): Promise<void> {
  return db.transaction('rw', db.settings, async () => {
    const all = await getSetting(db, 'reviewNotes');
    await putSetting(db, 'reviewNotes', { ...all, [periodKey]: notes });
  });
}
