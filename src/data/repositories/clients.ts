import type { Client, NewClient } from '../../domain/client/client';
import { queryWords } from '../../domain/search';
import type { RiparoDb } from '../db';
import { newId } from '../ids';
import { fromClientRow, toClientRow } from '../rows';
import { appendAudit } from './audit';
import { touchMonths } from './counters';

type ClientDraft = Pick<NewClient, 'name' | 'kind'> & Partial<NewClient>;

/** Creates a client; the caller's transaction must include `clients`. */
export async function createClientInTransaction(
  db: RiparoDb,
  draft: ClientDraft,
  now: Date,
): Promise<Client> {
  const stamp = now.toISOString();
  const client: Client = {
    email: '',
    phone: '',
    pec: '',
    taxId: '',
    notes: '',
    ...draft,
    id: newId(),
    createdAt: stamp,
    updatedAt: stamp,
  };
  await db.clients.add(toClientRow(client));
  return client;
}

export function createClient(db: RiparoDb, draft: NewClient, now: Date): Promise<Client> {
  return db.transaction('rw', db.clients, () => createClientInTransaction(db, draft, now));
}

/** Saves edited client details; the name on past complaints stays as registered. */
export async function updateClient(db: RiparoDb, id: string, changes: NewClient, now: Date): Promise<void> {
  await db.transaction('rw', db.clients, async () => {
    const current = await db.clients.get(id);
    if (!current) throw new Error('The client is no longer in the register.');
    const { annualValue: _a, clientSince: _s, ...kept } = fromClientRow(current);
    await db.clients.put(toClientRow({ ...kept, ...changes, updatedAt: now.toISOString() }));
  });
}

export async function getClient(db: RiparoDb, id: string): Promise<Client | undefined> {
  const row = await db.clients.get(id);
  return row && fromClientRow(row);
}

/**
 * Clients whose name, e-mail or tax id has words starting with every word of
 * the query, in name order. Uses the word index for the first word, so it
 * never reads the whole registry.
 */
export async function searchClients(db: RiparoDb, query: string, limit: number): Promise<Client[]> {
  const [first, ...rest] = queryWords(query);
  if (first === undefined) {
    const rows = await db.clients.orderBy('nameKey').limit(limit).toArray();
    return rows.map(fromClientRow);
  }
  const rows = await db.clients
    .where('searchWords')
    .startsWith(first)
    .distinct()
    .filter((row) => rest.every((w) => row.searchWords.some((s) => s.startsWith(w))))
    .limit(limit)
    .toArray();
  return rows.map(fromClientRow).sort((a, b) => a.name.localeCompare(b.name, 'it'));
}

/**
 * One page of the registry in name order. Reads just that page through the
 * name index, so a registry of thousands never loads whole for one screen.
 */
export async function listClientsPage(db: RiparoDb, offset: number, limit: number): Promise<Client[]> {
  const rows = await db.clients.orderBy('nameKey').offset(offset).limit(limit).toArray();
  return rows.map(fromClientRow);
}

/** How many clients the registry holds (IndexedDB counts without reading rows). */
export function countClients(db: RiparoDb): Promise<number> {
  return db.clients.count();
}

export type DeleteClientOutcome = 'deleted' | 'has_complaints';

/** Deletes a client with no complaints; one with complaints is kept (it can only be anonymised). */
export async function deleteClient(db: RiparoDb, id: string): Promise<DeleteClientOutcome> {
  return db.transaction('rw', db.clients, db.complaints, async () => {
    if ((await db.complaints.where('clientId').equals(id).count()) > 0) return 'has_complaints';
    await db.clients.delete(id);
    return 'deleted';
  });
}

/**
 * Merges a duplicate into the client that is kept: the duplicate's complaints
 * move over, empty details of the kept client are filled from the duplicate,
 * and the duplicate is removed. The audit trail records the merge by ids.
 */
export async function mergeClients(
  db: RiparoDb,
  keepId: string,
  duplicateId: string,
  now: Date,
  actorId?: string,
): Promise<void> {
  if (keepId === duplicateId) throw new Error('A client cannot be merged into itself.');
  await db.transaction('rw', [db.clients, db.complaints, db.auditEvents, db.counters], async () => {
    const [keep, duplicate] = await db.clients.bulkGet([keepId, duplicateId]);
    if (!keep || !duplicate) throw new Error('Both clients must still be in the register.');
    const stamp = now.toISOString();
    const filled = { ...keep } as Record<string, unknown>;
    for (const [key, value] of Object.entries(duplicate)) {
      const current = filled[key];
      if ((current === undefined || current === '') && value !== undefined && value !== '')
        filled[key] = value;
    }
    await db.clients.put(
      toClientRow({ ...fromClientRow(filled as unknown as typeof keep), updatedAt: stamp }),
    );
    const moved: string[] = [];
    await db.complaints
      .where('clientId')
      .equals(duplicateId)
      .modify((row) => {
        moved.push(row.receivedAt);
        Object.assign(row, { clientId: keepId, updatedAt: stamp });
      });
    await touchMonths(db, moved);
    await db.clients.delete(duplicateId);
    await appendAudit(db, {
      entityId: keepId,
      at: stamp,
      type: 'client.merged',
      from: duplicateId,
      to: keepId,
      ...(actorId ? { actorId } : {}),
    });
  });
}
