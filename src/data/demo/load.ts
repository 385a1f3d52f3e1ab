import { formatProtocolCode, protocolCounterKey, yearOf } from '../../domain/complaint';
import type { RiparoDb } from '../db';
import { toClientRow } from '../rows';
import { bumpCounter, stateCounterKey } from '../repositories/counters';
import { loadDeadlineContext, toStoredComplaint } from '../repositories/deadlineContext';
import { DEFAULT_DEMO_OPTIONS, generateDemoRegister, type DemoOptions, type DemoRegister } from './generate';

/** Every table the demo register writes to or cleans up. */
export const demoTables = (db: RiparoDb) => [
  db.complaints,
  db.clients,
  db.counters,
  db.auditEvents,
  db.staff,
  db.serviceAreas,
  db.subCauses,
  db.settings,
  db.recoveries,
  db.contacts,
];

/** How many demo complaints the register holds; 0 when the demo is not loaded. */
export function countDemoComplaints(db: RiparoDb): Promise<number> {
  return db.complaints.where('demo').equals(1).count();
}

/**
 * Writes a generated demo register, in the caller's transaction (which must
 * include {@link demoTables}). Complaints are numbered in order of receipt
 * with the same per-year counters as `registerComplaint`, so codes never
 * repeat, and the per-state counters and due dates are kept as for any
 * complaint. Refuses to load the demo twice.
 */
export async function writeDemoRegister(db: RiparoDb, register: DemoRegister): Promise<number> {
  if ((await countDemoComplaints(db)) > 0) throw new Error('The demo register is already loaded.');
  const context = await loadDeadlineContext(db);
  await db.staff.bulkAdd([...register.staff]);
  await db.serviceAreas.bulkAdd([...register.serviceAreas]);
  await db.subCauses.bulkAdd([...register.subCauses]);
  await db.clients.bulkAdd(register.clients.map(toClientRow));
  const perState = new Map<string, number>();
  const rows = [];
  for (const complaint of register.complaints) {
    const year = yearOf(complaint.receivedAt);
    const sequence = await bumpCounter(db, protocolCounterKey(year), 1);
    rows.push(toStoredComplaint({ ...complaint, code: formatProtocolCode(year, sequence) }, context));
    perState.set(complaint.state, (perState.get(complaint.state) ?? 0) + 1);
  }
  for (const [state, count] of perState) await bumpCounter(db, stateCounterKey(state), count);
  await db.complaints.bulkAdd(rows);
  await db.auditEvents.bulkAdd([...register.auditEvents]);
  return rows.length;
}

/** Generates the demo register and loads it in one transaction: all of it, or nothing. */
export function loadDemoRegister(
  db: RiparoDb,
  now: Date,
  options: DemoOptions = DEFAULT_DEMO_OPTIONS,
): Promise<number> {
  const register = generateDemoRegister(now, options);
  return db.transaction('rw', demoTables(db), () => writeDemoRegister(db, register));
}
