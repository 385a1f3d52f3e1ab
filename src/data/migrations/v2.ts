import type { Transaction } from 'dexie';
import { complaintSearchWords, clientSearchFields } from '../rows';
import { newId } from '../ids';

interface V1Complaint {
  id: string;
  code: string;
  clientName: string;
  receivedAt: string;
  channel: string;
  cause: string;
  title: string;
  description: string;
  state: string;
  createdAt: string;
  updatedAt: string;
}

/**
 * Version 1 kept the client as a name on each complaint. Version 2 gives every
 * distinct name a client record, renames the description to the client's own
 * words, fills the new fields with neutral values, indexes the words for
 * search, and starts the per-state counters the queue reads.
 */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  const complaints = (await tx.table('complaints').toArray()) as V1Complaint[];
  const clientIdByName = new Map<string, string>();
  const stateCounts = new Map<string, number>();

  for (const old of complaints) {
    let clientId = clientIdByName.get(old.clientName);
    if (clientId === undefined) {
      clientId = newId();
      clientIdByName.set(old.clientName, clientId);
      await tx.table('clients').add({
        id: clientId,
        name: old.clientName,
        kind: 'person',
        email: '',
        phone: '',
        pec: '',
        taxId: '',
        notes: '',
        createdAt: old.createdAt,
        updatedAt: old.createdAt,
        ...clientSearchFields(old.clientName),
      });
    }
    const { description, ...rest } = old;
    const upgraded = {
      ...rest,
      clientId,
      clientWords: description,
      severity: 'medium',
      expectation: '',
      feelings: [],
      remedyRequested: '',
      milestones: {},
      pauses: [],
    };
    await tx.table('complaints').put({ ...upgraded, searchWords: complaintSearchWords(upgraded) });
    stateCounts.set(old.state, (stateCounts.get(old.state) ?? 0) + 1);
  }
  for (const [state, count] of stateCounts) {
    await tx.table('counters').put({ key: `state:${state}`, value: count });
  }
}
