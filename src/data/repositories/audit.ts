import type { AuditEventRow, RiparoDb } from '../db';
import { newId } from '../ids';

export type AuditEntry = Omit<AuditEventRow, 'id'>;

/** Appends one event to the trail; call inside the transaction that makes the change. */
export async function appendAudit(db: RiparoDb, entry: AuditEntry): Promise<void> {
  await db.auditEvents.add({ id: newId(), ...entry });
}

/** A record's trail, oldest first, read through the compound index. */
export function listAudit(db: RiparoDb, entityId: string): Promise<AuditEventRow[]> {
  return db.auditEvents.where('[entityId+id]').between([entityId, ''], [entityId, '\uffff']).toArray();
}
