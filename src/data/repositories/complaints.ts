import {
  formatProtocolCode,
  protocolCounterKey,
  yearOf,
  type Complaint,
  type ComplaintIntake,
} from '../../domain/complaint';
import type { RiparoDb } from '../db';
import { newId } from '../ids';
import { fromComplaintRow } from '../rows';
import { appendAudit } from './audit';
import { createClientInTransaction } from './clients';
import { bumpCounter, stateCounterKey, touchMonths } from './counters';
import { loadDeadlineContext, toStoredComplaint } from './deadlineContext';
import { createRecoveryInTransaction, type TemplateLanguage } from './recovery';

/**
 * Registers a complaint, creating its client first when it was named at
 * intake, and gives it the next protocol code of its year. Everything (client,
 * counters, complaint, its recovery checklist, audit entry) is written in one
 * transaction: either all of it is stored or none, so codes never repeat or skip.
 * The checklist comes from the templates in force (defaults in `language`
 * until the studio edits them).
 */
export async function registerComplaint(
  db: RiparoDb,
  intake: ComplaintIntake,
  now: Date,
  actorId?: string,
  language: TemplateLanguage = 'it',
): Promise<Complaint> {
  const tables = [db.complaints, db.clients, db.counters, db.auditEvents, db.settings, db.recoveries];
  return db.transaction('rw', tables, async () => {
    const { client: pick, ...fields } = intake;
    const client =
      'id' in pick
        ? await db.clients.get(pick.id)
        : await createClientInTransaction(db, { name: pick.newName, kind: 'person' }, now);
    if (!client) throw new Error('The chosen client is no longer in the register.');
    const year = yearOf(fields.receivedAt);
    const sequence = await bumpCounter(db, protocolCounterKey(year), 1);
    await bumpCounter(db, stateCounterKey('received'), 1);
    const stamp = now.toISOString();
    const complaint: Complaint = {
      ...fields,
      id: newId(),
      code: formatProtocolCode(year, sequence),
      clientId: client.id,
      clientName: client.name,
      state: 'received',
      milestones: {},
      pauses: [],
      createdAt: stamp,
      updatedAt: stamp,
    };
    await db.complaints.add(toStoredComplaint(complaint, await loadDeadlineContext(db)));
    await touchMonths(db, [complaint.receivedAt]);
    await createRecoveryInTransaction(db, complaint, language, stamp);
    await appendAudit(db, {
      entityId: complaint.id,
      at: stamp,
      type: 'complaint.registered',
      to: 'received',
      ...(actorId ? { actorId } : {}),
    });
    return complaint;
  });
}

/** The most recently received complaints, newest first, read through the index. */
export async function listRecentComplaints(db: RiparoDb, limit: number): Promise<Complaint[]> {
  const rows = await db.complaints.orderBy('receivedAt').reverse().limit(limit).toArray();
  return rows.map(fromComplaintRow);
}

export async function getComplaint(db: RiparoDb, id: string): Promise<Complaint | undefined> {
  const row = await db.complaints.get(id);
  return row && fromComplaintRow(row);
}

/** A client's complaints, newest first. */
export async function listComplaintsOfClient(db: RiparoDb, clientId: string): Promise<Complaint[]> {
  const rows = await db.complaints.where('clientId').equals(clientId).toArray();
  return rows.map(fromComplaintRow).sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
}
