import type { Complaint } from '../../domain/complaint';
import {
  canApprove,
  checklistFromTemplates,
  defaultTemplates,
  setItemDone,
  setItemNote,
  validateContact,
  type ChecklistTemplates,
  type CompensationProposal,
  type Contact,
  type ContactError,
  type NewContact,
  type Recovery,
} from '../../domain/recovery';
import type { RiparoDb } from '../db';
import { newId } from '../ids';
import { appendAudit } from './audit';
import { touchMonths } from './counters';
import { getSetting } from './settings';

export type TemplateLanguage = 'it' | 'en';

/** The templates in force: the studio's own, or the defaults in the UI language until it edits them. */
export async function templatesInForce(
  db: RiparoDb,
  language: TemplateLanguage,
): Promise<ChecklistTemplates> {
  return (await getSetting(db, 'checklistTemplates')) ?? defaultTemplates(language);
}

/** A new recovery record with the checklist for the complaint's cause; call inside the registering transaction. */
export async function createRecoveryInTransaction(
  db: RiparoDb,
  complaint: Pick<Complaint, 'id' | 'cause'>,
  language: TemplateLanguage,
  stamp: string,
): Promise<void> {
  const templates = await templatesInForce(db, language);
  await db.recoveries.add({
    id: complaint.id,
    items: checklistFromTemplates(templates, complaint.cause, newId),
    createdAt: stamp,
    updatedAt: stamp,
  });
}

export const getRecovery = (db: RiparoDb, complaintId: string) => db.recoveries.get(complaintId);

/**
 * Gives a complaint that has none (imported, or finished before the workbench
 * existed) a checklist from the templates in force. Does nothing if one exists.
 */
export function createChecklist(db: RiparoDb, complaintId: string, language: TemplateLanguage, now: Date) {
  return db.transaction('rw', db.recoveries, db.complaints, db.settings, async () => {
    if (await db.recoveries.get(complaintId)) return;
    const complaint = await db.complaints.get(complaintId);
    if (!complaint) throw new Error('The complaint is no longer in the register.');
    await createRecoveryInTransaction(db, complaint, language, now.toISOString());
  });
}

async function change(db: RiparoDb, complaintId: string, now: Date, edit: (r: Recovery) => Recovery) {
  const current = await db.recoveries.get(complaintId);
  if (!current) throw new Error('The complaint has no recovery checklist.');
  await db.recoveries.put({ ...edit(current), updatedAt: now.toISOString() });
}

/** Ticks or unticks a checklist item, recording who and when. */
export function setChecklistItemDone(
  db: RiparoDb,
  complaintId: string,
  itemId: string,
  done: boolean,
  now: Date,
  actorId?: string,
) {
  return db.transaction('rw', db.recoveries, () =>
    change(db, complaintId, now, (r) => ({
      ...r,
      items: setItemDone(r.items, itemId, done, now.toISOString(), actorId),
    })),
  );
}

export function setChecklistItemNote(
  db: RiparoDb,
  complaintId: string,
  itemId: string,
  note: string,
  now: Date,
) {
  return db.transaction('rw', db.recoveries, () =>
    change(db, complaintId, now, (r) => ({ ...r, items: setItemNote(r.items, itemId, note.trim()) })),
  );
}

/**
 * Records the proposed compensation. A changed amount needs a new sign-off,
 * so an earlier approval is dropped unless the amount is the same.
 */
export function saveProposal(
  db: RiparoDb,
  complaintId: string,
  draft: Pick<CompensationProposal, 'description' | 'amount' | 'hours'>,
  now: Date,
  actorId?: string,
) {
  return db.transaction('rw', [db.recoveries, db.auditEvents, db.complaints, db.counters], async () => {
    const complaint = await db.complaints.get(complaintId);
    if (!complaint) throw new Error('The complaint is no longer in the register.');
    await touchMonths(db, [complaint.receivedAt]);
    await change(db, complaintId, now, (r) => {
      const approval = r.proposal?.amount === draft.amount ? r.proposal.approval : undefined;
      const proposal: CompensationProposal = {
        description: draft.description.trim(),
        amount: draft.amount,
        hours: draft.hours,
        proposedAt: now.toISOString(),
        ...(actorId ? { proposedBy: actorId } : {}),
        ...(approval ? { approval } : {}),
      };
      return { ...r, proposal };
    });
    await appendAudit(db, {
      entityId: complaintId,
      at: now.toISOString(),
      type: 'recovery.proposal_saved',
      ...(actorId ? { actorId } : {}),
    });
  });
}

export type ApprovalOutcome = { ok: true } | { ok: false; error: 'noProposal' | 'notAuthorised' };

/** The approver's sign-off on a compensation above the handler's limit, recorded in the audit trail as theirs. */
export function approveProposal(db: RiparoDb, complaintId: string, approverId: string, now: Date) {
  return db.transaction(
    'rw',
    db.recoveries,
    db.auditEvents,
    db.settings,
    async (): Promise<ApprovalOutcome> => {
      const recovery = await db.recoveries.get(complaintId);
      const proposal = recovery?.proposal;
      if (!recovery || !proposal) return { ok: false, error: 'noProposal' };
      if (!canApprove(await getSetting(db, 'delegationRules'), approverId, proposal.amount))
        return { ok: false, error: 'notAuthorised' };
      const at = now.toISOString();
      await db.recoveries.put({
        ...recovery,
        proposal: { ...proposal, approval: { approverId, at } },
        updatedAt: at,
      });
      await appendAudit(db, {
        entityId: complaintId,
        at,
        type: 'recovery.proposal_approved',
        actorId: approverId,
      });
      return { ok: true };
    },
  );
}

export type ContactOutcome =
  { ok: true; contact: Contact } | { ok: false; errors: Partial<Record<string, ContactError>> };

/**
 * Logs a contact with the client and, when asked, ticks the checklist item it
 * fulfils, in one transaction. A letter is stored exactly as sent.
 */
export function addContact(
  db: RiparoDb,
  complaintId: string,
  draft: NewContact,
  now: Date,
  options: { tickItemId?: string; actorId?: string } = {},
) {
  return db.transaction(
    'rw',
    db.contacts,
    db.recoveries,
    db.auditEvents,
    async (): Promise<ContactOutcome> => {
      const errors = validateContact(draft);
      if (Object.keys(errors).length > 0) return { ok: false, errors };
      const stamp = now.toISOString();
      const { nextContact, letter, ...fields } = draft;
      const contact: Contact = {
        ...fields,
        summary: fields.summary.trim(),
        ...(nextContact ? { nextContact } : {}),
        ...(letter ? { letter } : {}),
        id: newId(),
        complaintId,
        createdAt: stamp,
        updatedAt: stamp,
      };
      await db.contacts.add(contact);
      const { tickItemId, actorId } = options;
      if (tickItemId) {
        await change(db, complaintId, now, (r) => ({
          ...r,
          items: setItemDone(r.items, tickItemId, true, stamp, actorId),
        }));
      }
      await appendAudit(db, {
        entityId: complaintId,
        at: stamp,
        type: letter ? 'recovery.letter_sent' : 'recovery.contact_logged',
        ...(actorId ? { actorId } : {}),
      });
      return { ok: true, contact };
    },
  );
}

/** A complaint's contacts, newest first. */
export async function listContacts(db: RiparoDb, complaintId: string): Promise<Contact[]> {
  const rows = await db.contacts.where('complaintId').equals(complaintId).toArray();
  return rows.sort((a, b) => b.at.localeCompare(a.at) || b.id.localeCompare(a.id));
}

/** The recovery records of the given complaints (those that have one), for the queue's indicator. */
export async function getRecoveries(db: RiparoDb, ids: readonly string[]): Promise<Recovery[]> {
  return (await db.recoveries.bulkGet([...ids])).filter((r) => r !== undefined);
}

/** Complaints resolved whose follow-up falls due on or before `today`: the day's calls to make. */
export function countFollowUpsDue(db: RiparoDb, today: string): Promise<number> {
  return db.complaints
    .where('dueDate')
    .belowOrEqual(today)
    .filter((c) => c.state === 'resolved')
    .count();
}
