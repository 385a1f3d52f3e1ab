import { COMPLAINT_STATES, formatProtocolCode, protocolCounterKey, yearOf } from '../../domain/complaint';
import type { RiparoDb } from '../db';
import { putSetting, getSetting } from '../repositories/settings';
import { stateCounterKey, touchMonths } from '../repositories/counters';
import { demoTables } from './load';

/** The sequence number of a protocol code `R-<year>-<sequence>`. */
const sequenceOf = (code: string) => Number(code.slice(code.lastIndexOf('-') + 1)) || 0;

/** Drops the demo mark from entries a real record still points at: they are the studio's own now. */
async function keepAsReal(
  table: RiparoDb['clients'] | RiparoDb['staff'] | RiparoDb['serviceAreas'] | RiparoDb['subCauses'],
  ids: readonly string[],
) {
  await table
    .where('id')
    .anyOf([...ids])
    .modify((row: { demo?: 1 }) => {
      delete row.demo;
    });
}

/** Deletes the demo's invented history; events of the chained trail are evidence and stay. */
async function deleteTrails(db: RiparoDb, entityIds: readonly string[]) {
  for (const id of entityIds) {
    await db.auditEvents
      .where('[entityId+id]')
      .between([id, ''], [id, '\uffff'])
      .filter((event) => event.seq === undefined)
      .delete();
  }
}

/**
 * Removes the demo register in one transaction: its complaints and their
 * audit trail, and its clients, staff, service areas and sub-causes — except
 * those a real record has come to use (a real complaint for a demo client, a
 * demo colleague who acted on a real one), which stay as the studio's own.
 * Then the counters are made right again: each state's count is recounted,
 * and each year's protocol counter goes back to the highest code still in
 * the register, so the next real complaint takes the number after the last
 * real one and no code is ever given twice. Returns how many complaints went.
 */
export async function removeDemoRegister(db: RiparoDb): Promise<number> {
  return db.transaction('rw', demoTables(db), async () => {
    const demo = await db.complaints.where('demo').equals(1).toArray();
    await db.complaints.bulkDelete(demo.map((c) => c.id));
    await db.recoveries.bulkDelete(demo.map((c) => c.id));
    await touchMonths(
      db,
      demo.map((c) => c.receivedAt),
    );
    await db.contacts
      .where('complaintId')
      .anyOf(demo.map((c) => c.id))
      .delete();
    await deleteTrails(
      db,
      demo.map((c) => c.id),
    );
    const real = await db.complaints.toArray();

    const used = new Set<string>();
    for (const c of real)
      for (const id of [c.clientId, c.handlerId, c.serviceAreaId, c.subCauseId]) if (id) used.add(id);
    await db.auditEvents.each((event) => {
      if (event.actorId) used.add(event.actorId);
    });

    const gone: string[] = [];
    for (const table of [db.clients, db.staff, db.serviceAreas, db.subCauses] as const) {
      const ids = (await table.toArray()).filter((row) => row.demo === 1).map((row) => row.id);
      const [kept, removed] = [ids.filter((id) => used.has(id)), ids.filter((id) => !used.has(id))];
      await table.bulkDelete(removed);
      await keepAsReal(table, kept);
      gone.push(...removed);
    }
    await deleteTrails(db, gone);
    if (gone.includes(await getSetting(db, 'currentStaffId'))) await putSetting(db, 'currentStaffId', '');

    for (const state of COMPLAINT_STATES) {
      await db.counters.put({
        key: stateCounterKey(state),
        value: await db.complaints.where('state').equals(state).count(),
      });
    }
    for (const year of new Set(demo.map((c) => yearOf(c.receivedAt)))) {
      // Codes of one year share the prefix of its first code, e.g. `R-2026-`.
      const prefix = formatProtocolCode(year, 1).replace(/\d+$/, '');
      const codes = await db.complaints.where('code').between(prefix, `${prefix}\uffff`).keys();
      const last = Math.max(0, ...codes.map((code) => (typeof code === 'string' ? sequenceOf(code) : 0)));
      const key = protocolCounterKey(year);
      if (last === 0) await db.counters.delete(key);
      else await db.counters.put({ key, value: last });
    }
    return demo.length;
  });
}
