import type { Cause } from '../../domain/complaint';
import type { ServiceArea, StaffMember, SubCause } from '../../domain/settings/settings';
import type { RiparoDb } from '../db';
import { newId } from '../ids';

/** The studio's own short lists (staff, service areas, sub-causes), in name order. */
const byName = <T extends { name: string }>(rows: T[]) =>
  rows.sort((a, b) => a.name.localeCompare(b.name, 'it'));

export const listStaff = async (db: RiparoDb): Promise<StaffMember[]> => byName(await db.staff.toArray());
export const listServiceAreas = async (db: RiparoDb): Promise<ServiceArea[]> =>
  byName(await db.serviceAreas.toArray());
export const listSubCauses = async (db: RiparoDb): Promise<SubCause[]> =>
  byName(await db.subCauses.toArray());

export async function addStaffMember(
  db: RiparoDb,
  name: string,
  role: string,
  now: Date,
): Promise<StaffMember> {
  const stamp = now.toISOString();
  const member: StaffMember = { id: newId(), name, role, active: true, createdAt: stamp, updatedAt: stamp };
  await db.staff.add(member);
  return member;
}

export async function addServiceArea(db: RiparoDb, name: string, now: Date): Promise<ServiceArea> {
  const stamp = now.toISOString();
  const area: ServiceArea = { id: newId(), name, active: true, createdAt: stamp, updatedAt: stamp };
  await db.serviceAreas.add(area);
  return area;
}

export async function addSubCause(db: RiparoDb, cause: Cause, name: string, now: Date): Promise<SubCause> {
  const stamp = now.toISOString();
  const subCause: SubCause = { id: newId(), cause, name, active: true, createdAt: stamp, updatedAt: stamp };
  await db.subCauses.add(subCause);
  return subCause;
}

type ListTable = 'staff' | 'serviceAreas' | 'subCauses';

/**
 * Renames an entry or retires it. Entries are never deleted: past complaints
 * still point at them, and the register must keep saying who handled what.
 */
export async function updateListEntry(
  db: RiparoDb,
  table: ListTable,
  id: string,
  changes: { name?: string; role?: string; active?: boolean },
  now: Date,
): Promise<void> {
  const updated = await db.table(table).update(id, { ...changes, updatedAt: now.toISOString() });
  if (updated === 0) throw new Error('The entry is no longer in the register.');
}
