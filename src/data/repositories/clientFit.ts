import type { ClientFitCheck } from '../../domain/quality';
import type { RiparoDb } from '../db';
import { newId } from '../ids';

export type ClientFitDraft = Omit<ClientFitCheck, 'id' | 'createdAt' | 'updatedAt'>;

export async function addClientFitCheck(
  db: RiparoDb,
  draft: ClientFitDraft,
  now: Date,
): Promise<ClientFitCheck> {
  const stamp = now.toISOString();
  const check: ClientFitCheck = { ...draft, id: newId(), createdAt: stamp, updatedAt: stamp };
  await db.clientFitChecks.add(check);
  return check;
}

/** A client's fit checks, newest first. */
export async function listClientFitChecks(db: RiparoDb, clientId: string): Promise<ClientFitCheck[]> {
  const rows = await db.clientFitChecks.where('clientId').equals(clientId).toArray();
  return rows.sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
}
