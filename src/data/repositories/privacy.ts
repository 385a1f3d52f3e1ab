import type { EntityTable } from 'dexie';
import type { Client } from '../../domain/client/client';
import {
  anonymisedClient,
  anonymousName,
  closedOn,
  isRetentionDue,
  mentionRedactor,
  redactClientFitCheck,
  redactComplaint,
  redactContact,
  redactFollowUpItem,
  redactImprovementAction,
  redactOtherClient,
  redactPromise,
  redactRecovery,
  redactReviewNotes,
  redactSurvey,
  type PersonIdentity,
  type Redact,
} from '../../domain/privacy';
import type { AuditEventRow, RiparoDb } from '../db';
import {
  complaintSearchWords,
  fromClientRow,
  fromComplaintRow,
  toClientRow,
  type ComplaintRow,
} from '../rows';
import { appendAudit } from './audit';
import { touchMonths } from './counters';
import { getSetting, putSetting } from './settings';

/** The records tied to a client, found through their complaints and survey answers. */
async function recordsOf(db: RiparoDb, clientId: string) {
  const complaints = (await db.complaints.where('clientId').equals(clientId).toArray()).map(fromComplaintRow);
  const complaintIds = complaints.map((c) => c.id);
  const ownComplaint = new Set(complaintIds);
  const surveys = (await db.surveys.toArray()).filter(
    (s) => s.clientId === clientId || (s.complaintId !== undefined && ownComplaint.has(s.complaintId)),
  );
  const ownSurvey = new Set(surveys.map((s) => s.id));
  return {
    complaints,
    contacts: await db.contacts.where('complaintId').anyOf(complaintIds).toArray(),
    recoveries: (await db.recoveries.bulkGet(complaintIds)).filter((r) => r !== undefined),
    gapAssessments: await db.gapAssessments.where('complaintId').anyOf(complaintIds).toArray(),
    surveys,
    followUpItems: (await db.followUpItems.toArray()).filter(
      (f) => f.clientId === clientId || (f.surveyId !== undefined && ownSurvey.has(f.surveyId)),
    ),
    promises: await db.promises.where('clientId').equals(clientId).toArray(),
    clientFitChecks: await db.clientFitChecks.where('clientId').equals(clientId).toArray(),
    improvementActions: await db.improvementActions
      .where('complaintIds')
      .anyOf(complaintIds)
      .distinct()
      .toArray(),
  };
}

/** Everything the register holds about one client, as handed to them on request (GDPR art. 15 and 20). */
export type PersonExport = {
  readonly format: 'riparo-person-export';
  readonly exportedAt: string;
  readonly client: Client;
  readonly auditEvents: readonly AuditEventRow[];
} & Awaited<ReturnType<typeof recordsOf>>;

/** Everything about one client, or undefined when there is no such client. */
export function exportPerson(db: RiparoDb, clientId: string, now: Date): Promise<PersonExport | undefined> {
  return db.transaction('r', db.tables, async () => {
    const row = await db.clients.get(clientId);
    if (!row) return undefined;
    const records = await recordsOf(db, clientId);
    const ids = [clientId, ...records.complaints.map((c) => c.id)];
    const auditEvents = await db.auditEvents
      .filter((e) => ids.includes(e.entityId))
      .toArray()
      .then((events) => events.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0)));
    return {
      format: 'riparo-person-export',
      exportedAt: now.toISOString(),
      client: fromClientRow(row),
      ...records,
      auditEvents,
    } satisfies PersonExport;
  });
}

/**
 * Writes back, stamped `updatedAt`, the rows of a table that `redactRow`
 * changes (all rows unless given); rows it leaves as they were are not written.
 */
async function rewrite<T extends { readonly id: string; readonly updatedAt: string }>(
  table: EntityTable<T, 'id'>,
  stamp: string,
  redactRow: (row: T) => T,
  rows?: readonly T[],
): Promise<void> {
  const changed = (rows ?? (await table.toArray()))
    .map((row) => [row, redactRow(row)] as const)
    .filter(([before, after]) => JSON.stringify(before) !== JSON.stringify(after))
    .map(([, after]) => ({ ...after, updatedAt: stamp }));
  if (changed.length > 0) await table.bulkPut(changed);
}

/** A complaint row cleaned with its search words rebuilt, so the old name no longer finds it. */
function redactComplaintRow(row: ComplaintRow, redact: Redact, clientName?: string): ComplaintRow {
  const complaint = redactComplaint(row, redact, clientName);
  return { ...row, ...complaint, searchWords: complaintSearchWords(complaint) };
}

const identityOf = (client: Client | undefined, fallbackName: string): PersonIdentity =>
  client ?? { name: fallbackName, email: '', phone: '', pec: '', taxId: '' };

/**
 * Takes one complaint's personal data out, with that of the records tied to it
 * (contacts, recovery, survey answers and the follow-ups they opened). Call in a
 * transaction over every table.
 */
async function anonymiseComplaintIn(
  db: RiparoDb,
  row: ComplaintRow,
  client: Client | undefined,
  stamp: string,
) {
  const redact = mentionRedactor(identityOf(client, row.clientName), 'own');
  const name = anonymousName(row.clientId);
  await db.complaints.put({
    ...redactComplaintRow(row, redact, name),
    anonymisedAt: stamp,
    updatedAt: stamp,
  });
  await touchMonths(db, [row.receivedAt]);
  await rewrite(
    db.contacts,
    stamp,
    (c) => redactContact(c, redact),
    await db.contacts.where('complaintId').equals(row.id).toArray(),
  );
  const recovery = await db.recoveries.get(row.id);
  if (recovery) await rewrite(db.recoveries, stamp, (r) => redactRecovery(r, redact), [recovery]);
  const surveys = await db.surveys.where('complaintId').equals(row.id).toArray();
  await rewrite(db.surveys, stamp, (s) => redactSurvey(s, redact), surveys);
  const surveyIds = surveys.map((s) => s.id);
  await rewrite(
    db.followUpItems,
    stamp,
    (f) => redactFollowUpItem(f, redact),
    await db.followUpItems.where('surveyId').anyOf(surveyIds).toArray(),
  );
}

/** A client being anonymised: how to redact their mentions, and which records are theirs. */
interface Subject {
  readonly client: Client;
  readonly own: Redact;
  readonly elsewhere: Redact;
  readonly name: string;
  readonly complaints: ReadonlySet<string>;
  readonly surveys: ReadonlySet<string>;
  readonly followUps: ReadonlySet<string>;
}

async function subjectOf(db: RiparoDb, client: Client): Promise<Subject> {
  const mine = await recordsOf(db, client.id);
  return {
    client,
    own: mentionRedactor(client, 'own'),
    elsewhere: mentionRedactor(client, 'elsewhere'),
    name: anonymousName(client.id),
    complaints: new Set(mine.complaints.map((c) => c.id)),
    surveys: new Set(mine.surveys.map((s) => s.id)),
    followUps: new Set(mine.followUpItems.map((f) => f.id)),
  };
}

/**
 * Takes clients' personal data out of the whole register: their own fields,
 * and every mention of their name, e-mail, phone, PEC or tax id in free text.
 * In their own records every word of the name goes; elsewhere the whole name
 * (see `MentionScope`), also in the management review's notes. Causes, dates,
 * severities, amounts and scores stay. Each table is read once for all the
 * clients. Call in a transaction over every table.
 */
async function anonymiseClientsIn(db: RiparoDb, clients: readonly Client[], stamp: string) {
  const subjects = await Promise.all(clients.map((c) => subjectOf(db, c)));
  const by = (s: Subject, isOwn: boolean) => (isOwn ? s.own : s.elsewhere);
  const forAll =
    <T>(apply: (row: T, s: Subject) => T) =>
    (row: T) =>
      subjects.reduce(apply, row);

  await rewrite(
    db.complaints,
    stamp,
    forAll((row, s) =>
      row.clientId === s.client.id
        ? { ...redactComplaintRow(row, s.own, s.name), anonymisedAt: row.anonymisedAt ?? stamp }
        : redactComplaintRow(row, s.elsewhere),
    ),
  );
  await rewrite(
    db.contacts,
    stamp,
    forAll((c, s) => redactContact(c, by(s, s.complaints.has(c.complaintId)))),
  );
  await rewrite(
    db.recoveries,
    stamp,
    forAll((r, s) => redactRecovery(r, by(s, s.complaints.has(r.id)))),
  );
  await rewrite(
    db.surveys,
    stamp,
    forAll((v, s) => redactSurvey(v, by(s, s.surveys.has(v.id)))),
  );
  await rewrite(
    db.followUpItems,
    stamp,
    forAll((f, s) => redactFollowUpItem(f, by(s, s.followUps.has(f.id)))),
  );
  await rewrite(
    db.promises,
    stamp,
    forAll((p, s) => redactPromise(p, by(s, p.clientId === s.client.id))),
  );
  await rewrite(
    db.clientFitChecks,
    stamp,
    forAll((f, s) => redactClientFitCheck(f, by(s, f.clientId === s.client.id))),
  );
  await rewrite(
    db.improvementActions,
    stamp,
    forAll((a, s) =>
      redactImprovementAction(
        a,
        by(
          s,
          a.complaintIds.some((id) => s.complaints.has(id)),
        ),
      ),
    ),
  );
  const reviews = await getSetting(db, 'reviewNotes');
  const cleaned = Object.fromEntries(
    Object.entries(reviews).map(([period, review]) => [
      period,
      subjects.reduce((r, s) => redactReviewNotes(r, s.elsewhere), review),
    ]),
  );
  if (JSON.stringify(cleaned) !== JSON.stringify(reviews)) await putSetting(db, 'reviewNotes', cleaned);
  await rewrite(db.clients, stamp, (row) =>
    toClientRow(
      subjects.reduce(
        (c, s) => (c.id === s.client.id ? anonymisedClient(c, stamp) : redactOtherClient(c, s.elsewhere)),
        fromClientRow(row),
      ),
    ),
  );
}

/**
 * Anonymises a client in one transaction over every table: all of it, or
 * nothing when a write fails. The audit trail records it, on the client and on
 * each of their complaints, by id only.
 */
export async function anonymiseClient(
  db: RiparoDb,
  clientId: string,
  now: Date,
  actorId?: string,
): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    const row = await db.clients.get(clientId);
    if (!row) throw new Error('The client is no longer in the register.');
    const stamp = now.toISOString();
    await anonymiseClientsIn(db, [fromClientRow(row)], stamp);
    const actor = actorId ? { actorId } : {};
    await appendAudit(db, { entityId: clientId, at: stamp, type: 'privacy.client_anonymised', ...actor });
    // Each complaint's own history says so too, by its id.
    const complaintIds = await db.complaints.where('clientId').equals(clientId).primaryKeys();
    for (const id of complaintIds) {
      await appendAudit(db, { entityId: id, at: stamp, type: 'privacy.complaint_anonymised', ...actor });
    }
  });
}

/** A complaint past the retention, as the preview lists it. */
export interface RetentionCandidate {
  readonly complaintId: string;
  readonly code: string;
  readonly clientName: string;
  /** `YYYY-MM-DD` */
  readonly closedOn: string;
}

async function dueComplaints(db: RiparoDb, years: number, today: string): Promise<ComplaintRow[]> {
  const closed = await db.complaints.where('state').anyOf('closed', 'unfounded').toArray();
  return closed.filter((c) => {
    const day = closedOn(c);
    return c.anonymisedAt === undefined && day !== undefined && isRetentionDue(day, years, today);
  });
}

/** The complaints a retention of `years` would anonymise on `today` (`YYYY-MM-DD`), oldest closed first. */
export async function previewRetention(
  db: RiparoDb,
  years: number,
  today: string,
): Promise<RetentionCandidate[]> {
  const due = await dueComplaints(db, years, today);
  return due
    .map((c) => ({ complaintId: c.id, code: c.code, clientName: c.clientName, closedOn: closedOn(c) ?? '' }))
    .sort((a, b) => a.closedOn.localeCompare(b.closedOn) || a.code.localeCompare(b.code));
}

/**
 * Anonymises every complaint past the saved retention, in one transaction, and
 * records the day it ran. A client whose complaints are then all anonymised
 * and who has none open is anonymised whole. Returns how many complaints it
 * anonymised; none when no retention is set.
 */
export function runRetention(db: RiparoDb, today: string, now: Date, actorId?: string): Promise<number> {
  return db.transaction('rw', db.tables, async () => {
    const years = await getSetting(db, 'retentionYears');
    if (years === null) return 0;
    const due = await dueComplaints(db, years, today);
    const stamp = now.toISOString();
    const actor = actorId ? { actorId } : {};
    const clientIds = new Set<string>();
    for (const row of due) {
      const client = await db.clients.get(row.clientId);
      await anonymiseComplaintIn(db, row, client && fromClientRow(client), stamp);
      await appendAudit(db, { entityId: row.id, at: stamp, type: 'privacy.complaint_retention', ...actor });
      if (client && client.anonymisedAt === undefined) clientIds.add(client.id);
    }
    const whole: Client[] = [];
    for (const clientId of clientIds) {
      const complaints = await db.complaints.where('clientId').equals(clientId).toArray();
      const client = await db.clients.get(clientId);
      if (client && complaints.every((c) => c.anonymisedAt !== undefined)) whole.push(fromClientRow(client));
    }
    await anonymiseClientsIn(db, whole, stamp);
    for (const { id } of whole) {
      await appendAudit(db, { entityId: id, at: stamp, type: 'privacy.client_anonymised', ...actor });
    }
    await putSetting(db, 'retentionLastRun', today);
    return due.length;
  });
}
