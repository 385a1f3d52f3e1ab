import { describe, expect, it } from 'vitest';
import { aNewComplaint, freshDb } from '../../test/builders';
import { RiparoDb } from '../db';
import { createComplaint, getComplaint, listRecentComplaints } from './complaints';

const now = new Date(2026, 3, 10, 12);

describe('complaints repository', () => {
  it('numbers complaints per year of receipt, starting again each year', async () => {
    const db = freshDb();
    const a = await createComplaint(db, aNewComplaint({ receivedAt: '2025-12-31T18:00' }), now);
    const b = await createComplaint(db, aNewComplaint({ receivedAt: '2026-01-02T09:00' }), now);
    const c = await createComplaint(db, aNewComplaint({ receivedAt: '2026-01-03T09:00' }), now);
    expect([a.code, b.code, c.code]).toEqual(['R-2025-0001', 'R-2026-0001', 'R-2026-0002']);
  });

  it('stores a new complaint as received, with timestamps, readable by id', async () => {
    const db = freshDb();
    const created = await createComplaint(db, aNewComplaint(), now);
    expect(await getComplaint(db, created.id)).toEqual({
      ...aNewComplaint(),
      id: created.id,
      code: 'R-2026-0001',
      state: 'received',
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    });
  });

  it('lists the most recently received first, up to the limit', async () => {
    const db = freshDb();
    for (const day of ['01', '03', '02']) {
      await createComplaint(db, aNewComplaint({ receivedAt: `2026-04-${day}T10:00`, title: day }), now);
    }
    const titles = (await listRecentComplaints(db, 2)).map((c) => c.title);
    expect(titles).toEqual(['03', '02']);
  });

  it('keeps complaints when the database is closed and opened again', async () => {
    const db = freshDb();
    const created = await createComplaint(db, aNewComplaint(), now);
    db.close();
    const reopened = new RiparoDb(db.name);
    expect((await getComplaint(reopened, created.id))?.code).toBe('R-2026-0001');
  });

  it('leaves the counter untouched when storing the complaint fails', async () => {
    const db = freshDb();
    await createComplaint(db, aNewComplaint(), now);
    db.complaints.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(createComplaint(db, aNewComplaint(), now)).rejects.toThrow('disk full');
    expect((await db.counters.toArray()).map((c) => c.value)).toEqual([1]);
    expect(await db.complaints.count()).toBe(1);
  });
});
