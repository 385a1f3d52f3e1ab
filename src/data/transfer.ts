import type { Client } from '../domain/client/client';
import type { Complaint } from '../domain/complaint';
import { db } from './instance';
import { fromClientRow, fromComplaintRow } from './rows';

/** A complaint of the register with its client, as an export lists it. */
export interface RegisterEntry {
  readonly complaint: Complaint;
  readonly client?: Client;
}

/** The whole register in order of receipt, each complaint with its client, read in one transaction. */
export function listRegister(): Promise<RegisterEntry[]> {
  return db.transaction('r', db.complaints, db.clients, async () => {
    const clients = new Map((await db.clients.toArray()).map((row) => [row.id, fromClientRow(row)]));
    const complaints = await db.complaints.orderBy('receivedAt').toArray();
    return complaints.map((row) => {
      const client = clients.get(row.clientId);
      return { complaint: fromComplaintRow(row), ...(client && { client }) };
    });
  });
}
