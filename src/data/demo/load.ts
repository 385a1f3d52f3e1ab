import { formatProtocolCode, protocolCounterKey, yearOf } from '../../domain/complaint';
import type { RiparoDb } from '../db';
import { toClientRow, type ComplaintRow } from '../rows';
import { bumpCounter, monthCounterKey, readCounters, stateCounterKey } from '../repositories/counters';
import {
  loadDeadlineContext,
  toStoredComplaint,
  type DeadlineContext,
} from '../repositories/deadlineContext';
import { DEFAULT_DEMO_OPTIONS, generateDemoRegister, type DemoOptions, type DemoRegister } from './generate';
import { loadItalianPublicHolidays } from '../../domain/deadlines';

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

/** The demo complaints as stored, and how far each counter moves when they are. */
export interface DemoRows {
  readonly complaints: ComplaintRow[];
  /** Counter key → the amount to add (protocol sequences per year, complaints per state, writes per month). */
  readonly counterDeltas: ReadonlyMap<string, number>;
}

/**
 * Numbers the demo complaints in order of receipt, continuing each year's
 * protocol sequence from `lastSequence`, and gives each its due date, as
 * `registerComplaint` would have. Pure: the caller reads and writes counters.
 */
export function toDemoRows(
  register: DemoRegister,
  context: DeadlineContext,
  lastSequence: (year: number) => number,
): DemoRows {
  const counterDeltas = new Map<string, number>();
  const bump = (key: string) => {
    const delta = (counterDeltas.get(key) ?? 0) + 1;
    counterDeltas.set(key, delta);
    return delta;
  };
  const complaints = register.complaints.map((complaint) => {
    const year = yearOf(complaint.receivedAt);
    const sequence = lastSequence(year) + bump(protocolCounterKey(year));
    bump(stateCounterKey(complaint.state));
    bump(monthCounterKey(complaint.receivedAt.slice(0, 7)));
    return toStoredComplaint({ ...complaint, code: formatProtocolCode(year, sequence) }, context);
  });
  return { complaints, counterDeltas };
}

const yearsOf = (register: DemoRegister) => [
  ...new Set(register.complaints.map((complaint) => yearOf(complaint.receivedAt))),
];

/**
 * Writes a generated demo register, in the caller's transaction (which must
 * include {@link demoTables}). Complaints continue the register's per-year
 * protocol sequences, so codes never repeat, and the per-state counters and
 * due dates are kept as for any complaint. Refuses to load the demo twice.
 */
export async function writeDemoRegister(db: RiparoDb, register: DemoRegister): Promise<number> {
  if ((await countDemoComplaints(db)) > 0) throw new Error('The demo register is already loaded.');
  const context = await loadDeadlineContext(db);
  const years = yearsOf(register);
  const sequences = await readCounters(db, years.map(protocolCounterKey));
  const last = new Map(years.map((year, i) => [year, sequences[i] ?? 0]));
  const { complaints, counterDeltas } = toDemoRows(register, context, (year) => last.get(year) ?? 0);
  await db.staff.bulkAdd([...register.staff]);
  await db.serviceAreas.bulkAdd([...register.serviceAreas]);
  await db.subCauses.bulkAdd([...register.subCauses]);
  await db.clients.bulkAdd(register.clients.map(toClientRow));
  for (const [key, delta] of counterDeltas) await bumpCounter(db, key, delta);
  await db.complaints.bulkAdd(complaints);
  await db.auditEvents.bulkAdd([...register.auditEvents]);
  return complaints.length;
}

/** Generates the demo register and loads it in one transaction: all of it, or nothing. */
export async function loadDemoRegister(
  db: RiparoDb,
  now: Date,
  options: DemoOptions = DEFAULT_DEMO_OPTIONS,
): Promise<number> {
  const register = generateDemoRegister(now, await loadItalianPublicHolidays(), options);
  return db.transaction('rw', demoTables(db), () => writeDemoRegister(db, register));
}
