import { Dexie, type Transaction } from 'dexie';
import { GENESIS_HASH, linkHash } from '../../domain/backup';
import type { AuditEventRow } from '../db';

/** Tables whose demo rows' trails are invented history, left out of the chain. */
const DEMO_TABLES = ['complaints', 'clients', 'staff', 'serviceAreas', 'subCauses'];

/**
 * Version 5 chains the audit trail: every existing event, in the order it was
 * written (its ULID), gets its place `seq` and the hash of the event before.
 * The demo register's invented events stay outside the chain. Works whatever
 * versions 3 and 4 added: it reads only tables of version 2.
 */
export async function upgradeToV5(tx: Transaction): Promise<void> {
  const demoIds = new Set<string>();
  for (const name of DEMO_TABLES) {
    const rows = (await tx.table(name).toArray()) as { id: string; demo?: 1 }[];
    for (const row of rows) if (row.demo === 1) demoIds.add(row.id);
  }
  const events = ((await tx.table('auditEvents').toArray()) as AuditEventRow[])
    .filter((event) => !demoIds.has(event.entityId))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // WebCrypto is asynchronous: waitFor keeps the upgrade transaction open meanwhile.
  const chained = await Dexie.waitFor(
    (async () => {
      const out: AuditEventRow[] = [];
      let prevHash = GENESIS_HASH;
      for (const [index, event] of events.entries()) {
        const linked = { ...event, seq: index + 1, prevHash };
        out.push(linked);
        prevHash = await linkHash(linked);
      }
      return out;
    })(),
  );
  await tx.table('auditEvents').bulkPut(chained);
}
