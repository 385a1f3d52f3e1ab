import type { Client } from '../domain/client/client';
import type { Complaint } from '../domain/complaint';
import { foldText, searchWords } from '../domain/search';

/**
 * A complaint as stored: the domain record plus what the queue finds and sorts
 * it by: its search words and the day its next deadline falls due (absent when
 * no deadline is running), kept up to date on every write.
 */
export type ComplaintRow = Complaint & { readonly searchWords: readonly string[]; readonly dueDate?: string };

/** A complaint as the queue shows it. */
export type QueueRow = Complaint & { readonly dueDate?: string };

/** A client as stored: the domain record plus a folded sort key and its search words. */
export type ClientRow = Client & { readonly nameKey: string; readonly searchWords: readonly string[] };

/** The words a complaint is found by: code, client, subject, the client's words and expectation. */
export function complaintSearchWords(
  c: Pick<Complaint, 'code' | 'clientName' | 'title' | 'clientWords' | 'expectation'>,
): string[] {
  return searchWords(c.code, c.clientName, c.title, c.clientWords, c.expectation);
}

export function toComplaintRow(complaint: Complaint): ComplaintRow {
  return { ...complaint, searchWords: complaintSearchWords(complaint) };
}

export function fromComplaintRow(row: ComplaintRow): Complaint {
  const { searchWords: _words, dueDate: _due, ...complaint } = row;
  return complaint;
}

export function toQueueRow(row: ComplaintRow): QueueRow {
  const { searchWords: _words, ...complaint } = row;
  return complaint;
}

/** Sort key and search words of a client's name. */
export function clientSearchFields(name: string, ...more: string[]) {
  return { nameKey: foldText(name).trim(), searchWords: searchWords(name, ...more) };
}

export function toClientRow(client: Client): ClientRow {
  return { ...client, ...clientSearchFields(client.name, client.email, client.taxId) };
}

export function fromClientRow(row: ClientRow): Client {
  const { nameKey: _key, searchWords: _words, ...client } = row;
  return client;
}
