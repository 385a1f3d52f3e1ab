import { Dexie } from 'dexie';
import { GENESIS_HASH, linkHash, verifyChain, type ChainCheck, type ChainLink } from '../../domain/backup';
import type { AuditEventRow, RiparoDb } from '../db';
import { newId } from '../ids';

export type AuditEntry = Omit<AuditEventRow, 'id' | 'seq' | 'prevHash'>;

/**
 * Appends one event to the trail, chained to the last one: it takes the next
 * `seq` and carries the last event's hash. Call inside the transaction that
 * makes the change (it must include `auditEvents`), so the chain grows in step.
 */
export function appendAudit(db: RiparoDb, entry: AuditEntry): Promise<void> {
  return appendAuditEntries(db, [entry]);
}

/**
 * Appends events to the trail in the order given, each chained to the one
 * before, as {@link appendAudit} does for one; written with one bulk add, so a
 * large import does not pay a round trip per event.
 */
export async function appendAuditEntries(db: RiparoDb, entries: readonly AuditEntry[]): Promise<void> {
  const last = (await db.auditEvents.orderBy('seq').last()) as ChainLink | undefined;
  // WebCrypto is asynchronous: waitFor keeps the caller's transaction open meanwhile.
  const events = await Dexie.waitFor(chainAfter(last, entries));
  await db.auditEvents.bulkAdd(events);
}

async function chainAfter(last: ChainLink | undefined, entries: readonly AuditEntry[]) {
  const events: AuditEventRow[] = [];
  let previous = last;
  for (const entry of entries) {
    const prevHash = previous ? await linkHash(previous) : GENESIS_HASH;
    const event = { id: newId(), ...entry, seq: (previous?.seq ?? 0) + 1, prevHash };
    events.push(event);
    previous = event;
  }
  return events;
}

/** A record's trail, oldest first, read through the compound index. */
export function listAudit(db: RiparoDb, entityId: string): Promise<AuditEventRow[]> {
  return db.auditEvents.where('[entityId+id]').between([entityId, ''], [entityId, '\uffff']).toArray();
}

/** Checks the whole chained trail, in `seq` order; see {@link verifyChain}. */
export async function verifyAuditChain(db: RiparoDb): Promise<ChainCheck> {
  const events = (await db.auditEvents.orderBy('seq').toArray()) as ChainLink[];
  return verifyChain(events);
}
