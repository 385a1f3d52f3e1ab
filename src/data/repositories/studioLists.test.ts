import { describe, expect, it } from 'vitest';
import { freshDb } from '../../test/builders';
import {
  addServiceArea,
  addStaffMember,
  addSubCause,
  listServiceAreas,
  listStaff,
  listSubCauses,
  updateListEntry,
} from './studioLists';

const now = new Date(2026, 3, 10, 12);
const later = new Date(2026, 3, 11, 9);

describe('the studio lists', () => {
  it('lists staff in Italian name order, accents included', async () => {
    const db = freshDb();
    for (const name of ['Zanetti Paolo', 'Èrcoli Anna', 'Bassi Lorenzo'])
      await addStaffMember(db, name, '', now);
    expect((await listStaff(db)).map((s) => s.name)).toEqual([
      'Bassi Lorenzo',
      'Èrcoli Anna',
      'Zanetti Paolo',
    ]);
  });

  it('adds active entries with their creation time', async () => {
    const db = freshDb();
    const member = await addStaffMember(db, 'Martina Ferraro', 'Segreteria', now);
    const area = await addServiceArea(db, 'Paghe e contributi', now);
    const subCause = await addSubCause(db, 'pricing', 'Parcella oltre il preventivo', now);
    const stamp = { active: true, createdAt: now.toISOString(), updatedAt: now.toISOString() };
    expect(await listStaff(db)).toEqual([{ ...member, role: 'Segreteria', ...stamp }]);
    expect(await listServiceAreas(db)).toEqual([{ ...area, ...stamp }]);
    expect(await listSubCauses(db)).toEqual([{ ...subCause, cause: 'pricing', ...stamp }]);
  });

  it('renames and retires entries without ever deleting them', async () => {
    const db = freshDb();
    const member = await addStaffMember(db, 'Paolo Greco', 'Praticante', now);
    await updateListEntry(
      db,
      'staff',
      member.id,
      { name: 'Dott. Paolo Greco', role: 'Commercialista' },
      later,
    );
    await updateListEntry(db, 'staff', member.id, { active: false }, later);
    expect(await listStaff(db)).toEqual([
      {
        ...member,
        name: 'Dott. Paolo Greco',
        role: 'Commercialista',
        active: false,
        updatedAt: later.toISOString(),
      },
    ]);
    await updateListEntry(db, 'staff', member.id, { active: true }, later);
    expect((await listStaff(db))[0]?.active).toBe(true);
  });

  it('says so when the entry to change is gone', async () => {
    const db = freshDb();
    await expect(updateListEntry(db, 'serviceAreas', 'missing', { name: 'X' }, now)).rejects.toThrow();
  });
});
