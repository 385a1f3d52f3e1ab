import type { Client } from '../../domain/client/client';
import { formatProtocolCode, protocolCounterKey, yearOf, type Complaint } from '../../domain/complaint';
import type { ClientRef, KnownClient, RegisterImportPlan } from '../../domain/registerImport';
import type { RiparoDb } from '../db';
import { newId } from '../ids';
import { toClientRow } from '../rows';
import { appendAuditEntries } from './audit';
import { bumpCounter, readCounters, stateCounterKey, touchMonths } from './counters';
import { loadDeadlineContext, toStoredComplaint } from './deadlineContext';

/** The clients an import matches rows against: every client, with just what matching reads. */
export async function listKnownClients(db: RiparoDb): Promise<KnownClient[]> {
  const rows = await db.clients.toArray();
  return rows.map(({ id, name, taxId, email }) => ({ id, name, taxId, email }));
}

const CHUNK = 500;

/** What an import stored. */
export interface ImportOutcome {
  readonly complaints: number;
  readonly clients: number;
}

/**
 * Stores a planned import in ONE transaction: the new clients, the complaints
 * numbered in order of receipt after each year's last protocol code (as intake
 * numbers them), the per-state counters, due dates and search words as for any
 * complaint, and an audit event per complaint. If anything fails (a matched
 * client was deleted meanwhile, the disk is full, the window is closed) the
 * transaction aborts and the register is exactly as it was.
 */
export function importRegister(
  db: RiparoDb,
  plan: RegisterImportPlan,
  now: Date,
  actorId?: string,
): Promise<ImportOutcome> {
  const tables = [db.complaints, db.clients, db.counters, db.auditEvents, db.settings];
  return db.transaction('rw', tables, async () => {
    const matched = [
      ...new Set(
        plan.complaints.flatMap(({ client }) => ('existingId' in client ? [client.existingId] : [])),
      ),
    ];
    if ((await db.clients.bulkGet(matched)).some((row) => row === undefined)) {
      throw new Error('A client matched by the import is no longer in the register.');
    }
    const stamp = now.toISOString();
    const clients: Client[] = plan.clients.map((draft) => ({
      ...draft,
      id: newId(),
      createdAt: stamp,
      updatedAt: stamp,
    }));
    const clientId = (ref: ClientRef) => {
      if ('existingId' in ref) return ref.existingId;
      const client = clients[ref.newIndex];
      if (!client) throw new Error(`The import plan names a client it does not create (${ref.newIndex}).`);
      return client.id;
    };

    // A stable sort: complaints received at the same minute keep the file's order.
    const byReceipt = [...plan.complaints].sort((a, b) =>
      a.fields.receivedAt.localeCompare(b.fields.receivedAt),
    );
    const years = [...new Set(byReceipt.map((c) => yearOf(c.fields.receivedAt)))];
    const lastCodes = await readCounters(db, years.map(protocolCounterKey));
    const sequence = new Map(years.map((year, i) => [year, lastCodes[i] ?? 0]));
    const perState = new Map<string, number>();
    const context = await loadDeadlineContext(db);
    const complaints: Complaint[] = byReceipt.map((planned) => {
      const year = yearOf(planned.fields.receivedAt);
      const next = (sequence.get(year) ?? 0) + 1;
      sequence.set(year, next);
      perState.set(planned.state, (perState.get(planned.state) ?? 0) + 1);
      return {
        ...planned.fields,
        id: newId(),
        code: formatProtocolCode(year, next),
        clientId: clientId(planned.client),
        clientName: planned.clientName,
        state: planned.state,
        milestones: planned.closedAt === undefined ? {} : { closedAt: planned.closedAt },
        pauses: [],
        createdAt: stamp,
        updatedAt: stamp,
      };
    });

    await db.clients.bulkAdd(clients.map(toClientRow));
    // A due date costs about a millisecond to work out: hand each chunk to
    // IndexedDB as soon as it is ready, so the store writes while the next is computed.
    const writes: Promise<unknown>[] = [];
    for (let start = 0; start < complaints.length; start += CHUNK) {
      const chunk = complaints.slice(start, start + CHUNK).map((c) => toStoredComplaint(c, context));
      writes.push(db.complaints.bulkAdd(chunk));
    }
    await Promise.all(writes);
    await Promise.all(
      years.map((year) => db.counters.put({ key: protocolCounterKey(year), value: sequence.get(year) ?? 0 })),
    );
    for (const [state, count] of perState) await bumpCounter(db, stateCounterKey(state), count);
    await touchMonths(
      db,
      complaints.map((c) => c.receivedAt),
    );
    await appendAuditEntries(
      db,
      complaints.map((c) => ({
        entityId: c.id,
        at: stamp,
        type: 'complaint.imported',
        to: c.state,
        ...(actorId ? { actorId } : {}),
      })),
    );
    return { complaints: complaints.length, clients: clients.length };
  });
}
