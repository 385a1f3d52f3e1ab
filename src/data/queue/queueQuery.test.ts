import { describe, expect, it, vi } from 'vitest';
import { anIntake, freshDb } from '../../test/builders';
import { registerComplaint } from '../repositories/complaints';
import type { RiparoDb } from '../db';
import type { ComplaintRow } from '../rows';
import {
  countDue,
  firstQueueIds,
  narrows,
  queryQueueIds,
  SORT_KEYS,
  type QueueFilter,
  type QueueSort,
} from './queueQuery';
import { complaintsRevision, onComplaintsWritten } from './snapshot';

const now = new Date(2026, 5, 1, 12);
const newest = { key: 'receivedAt', direction: 'desc' } as const;

async function seeded() {
  const db = freshDb();
  const a = await registerComplaint(
    db,
    anIntake({
      receivedAt: '2026-04-01T09:00',
      title: 'Perché la parcella è così alta?',
      cause: 'pricing',
      clientWords: 'Non era nel preventivo.',
    }),
    now,
  );
  const b = await registerComplaint(
    db,
    anIntake({
      receivedAt: '2026-04-03T09:00',
      title: 'Pratica in ritardo',
      channel: 'email',
      severity: 'high',
      clientWords: 'Aspetto da un mese.',
    }),
    now,
  );
  const c = await registerComplaint(
    db,
    anIntake({
      receivedAt: '2026-05-10T09:00',
      title: 'Città sbagliata nel contratto',
      client: { newName: 'Zeta srl' },
      clientWords: 'Errore di battitura.',
    }),
    now,
  );
  return { db, a, b, c };
}

describe('queue query', () => {
  it('lists every complaint newest first when nothing narrows it', async () => {
    const { db, a, b, c } = await seeded();
    expect(await queryQueueIds(db, {}, newest)).toEqual([c.id, b.id, a.id]);
  });

  it('finds accented words typed without accents, by word prefix', async () => {
    const { db, a, b, c } = await seeded();
    expect(await queryQueueIds(db, { search: 'perche' }, newest)).toEqual([a.id]);
    expect(await queryQueueIds(db, { search: 'CITTA contr' }, newest)).toEqual([c.id]);
    expect(await queryQueueIds(db, { search: 'R-2026-0002' }, newest)).toEqual([b.id]);
  });

  it('combines filters: every one must hold', async () => {
    const { db, b } = await seeded();
    expect(await queryQueueIds(db, { channels: ['email'], severities: ['high'] }, newest)).toEqual([b.id]);
    expect(await queryQueueIds(db, { channels: ['email'], causes: ['pricing'] }, newest)).toEqual([]);
  });

  it('narrows to a received period, both ends included', async () => {
    const { db, a, b } = await seeded();
    const april = { receivedFrom: '2026-04-01', receivedTo: '2026-04-30' };
    expect(await queryQueueIds(db, april, newest)).toEqual([b.id, a.id]);
  });

  it('sorts by client name or protocol code in either direction', async () => {
    const { db, a, b, c } = await seeded();
    const byClient = await queryQueueIds(db, {}, { key: 'clientName', direction: 'desc' });
    expect(byClient[0]).toBe(c.id);
    expect(new Set(byClient.slice(1))).toEqual(new Set([a.id, b.id]));
    expect(await queryQueueIds(db, {}, { key: 'code', direction: 'asc' })).toEqual([a.id, b.id, c.id]);
  });

  it('treats an empty filter list as "any"', async () => {
    const { db } = await seeded();
    expect(await queryQueueIds(db, { states: [], causes: [] }, newest)).toHaveLength(3);
  });

  it('announces every write and answers with it at once', async () => {
    const { db, a, b, c } = await seeded();
    expect(await queryQueueIds(db, {}, newest)).toEqual([c.id, b.id, a.id]);
    const before = complaintsRevision(db);
    let announced = 0;
    const stop = onComplaintsWritten(db, () => (announced += 1));
    const d = await registerComplaint(db, anIntake({ receivedAt: '2026-05-20T09:00', title: 'Nuova' }), now);
    stop();
    expect(announced).toBeGreaterThan(0);
    expect(complaintsRevision(db)).toBeGreaterThan(before);
    expect(await queryQueueIds(db, {}, newest)).toEqual([d.id, c.id, b.id, a.id]);
    expect(await queryQueueIds(db, {}, { key: 'receivedAt', direction: 'asc' })).toEqual([
      a.id,
      b.id,
      c.id,
      d.id,
    ]);
  });

  it('gives the first ids of the whole register straight from the sort index, as the full answer orders them', async () => {
    const { db } = await seeded();
    for (const key of ['receivedAt', 'code', 'clientName'] as const) {
      for (const direction of ['asc', 'desc'] as const) {
        const all = await queryQueueIds(db, {}, { key, direction });
        expect(await firstQueueIds(db, { key, direction }, 2)).toEqual(all.slice(0, 2));
      }
    }
  });

  it('tells a filter that leaves complaints out from one that does not', () => {
    expect(narrows({})).toBe(false);
    expect(narrows({ states: [], causes: [], search: '  ' })).toBe(false);
    expect(narrows({ states: ['received'] })).toBe(true);
    expect(narrows({ search: 'parcella' })).toBe(true);
    expect(narrows({ receivedTo: '2026-04-30' })).toBe(true);
    expect(narrows({ dueBefore: '2026-04-30' })).toBe(true);
  });

  it('reads again after a refused read instead of failing every later question', async () => {
    const { db, a, b, c } = await seeded();
    const refused = { primaryKeys: () => Promise.reject(new Error('refused')) };
    const orderBy = vi.spyOn(db.complaints, 'orderBy').mockImplementationOnce(() => refused as never);
    await expect(queryQueueIds(db, {}, newest)).rejects.toThrow('refused');
    orderBy.mockImplementationOnce(() => refused as never);
    await expect(queryQueueIds(db, {}, { key: 'code', direction: 'asc' })).rejects.toThrow('refused');
    expect(await queryQueueIds(db, {}, { key: 'code', direction: 'asc' })).toEqual([a.id, b.id, c.id]);
  });

  it('answers as the stored rows say after writes patched into what it keeps in memory', async () => {
    const { db, a, b, c } = await seeded();
    const questions: QueueFilter[] = [
      {},
      { states: ['received'] },
      { states: ['acknowledged', 'received'], causes: ['pricing', 'communication'] },
      { search: 'parc' },
      { dueBefore: '2026-04-08' },
      { dueBy: '2026-04-07', channels: ['email'] },
      { receivedFrom: '2026-04-02', receivedTo: '2026-05-15' },
    ];
    const sorts: QueueSort[] = SORT_KEYS.flatMap((key) => [
      { key, direction: 'asc' as const },
      { key, direction: 'desc' as const },
    ]);
    const expectAllAnswersRight = async () => {
      const rows = await db.complaints.toArray();
      for (const filter of questions) {
        for (const sort of sorts) {
          const answer = await queryQueueIds(db, filter, sort);
          expect({ filter, sort, answer }).toEqual({ filter, sort, answer: expectedIds(rows, filter, sort) });
        }
      }
    };
    await expectAllAnswersRight();

    const d = await written(db, () =>
      registerComplaint(db, anIntake({ receivedAt: '2026-04-02T10:00', title: 'Parcella doppia' }), now),
    );
    await written(db, () =>
      db.complaints.update(b.id, { state: 'acknowledged', dueDate: '2026-04-30', clientName: 'Aaa spa' }),
    );
    await written(db, () => db.complaints.update(c.id, { dueDate: undefined, searchWords: ['parcheggio'] }));
    await written(db, () => db.complaints.delete(a.id));
    await expectAllAnswersRight();
    expect(await queryQueueIds(db, {}, newest)).toContain(d.id);

    // Sixty at once is too many to patch: what is kept is read again.
    const row = await db.complaints.get(d.id);
    if (!row) throw new Error('no row');
    const { dueDate: _due, ...undated } = row;
    const many = Array.from({ length: 60 }, (_, i) => ({
      ...undated,
      id: `bulk-${String(i).padStart(2, '0')}`,
      code: `R-2026-${String(100 + i).padStart(4, '0')}`,
      ...(i % 2 === 0 ? { dueDate: '2026-04-06' } : {}),
    }));
    await written(db, () => db.complaints.bulkPut(many));
    await expectAllAnswersRight();
    expect(await countDue(db, '2026-04-06')).toEqual({ overdue: 0, dueToday: 30 });
  });
});

/** Runs `write` and waits until the queue has heard of it. */
async function written<T>(db: RiparoDb, write: () => Promise<T>): Promise<T> {
  const before = complaintsRevision(db);
  const result = await write();
  while (complaintsRevision(db) === before) await new Promise((resolve) => setTimeout(resolve, 1));
  return result;
}

/** What the queue must answer, worked out the slow way: every row read, filtered and sorted in code. */
function expectedIds(rows: readonly ComplaintRow[], filter: QueueFilter, sort: QueueSort): string[] {
  const anyOf = <T>(values: readonly T[] | undefined, value: T) => !values?.length || values.includes(value);
  const words = (filter.search ?? '').split(' ').filter(Boolean);
  const kept = rows.filter(
    (row) =>
      anyOf(filter.states, row.state) &&
      anyOf(filter.causes, row.cause) &&
      anyOf(filter.channels, row.channel) &&
      words.every((word) => row.searchWords.some((w) => w.startsWith(word))) &&
      (!filter.receivedFrom || row.receivedAt >= filter.receivedFrom) &&
      (!filter.receivedTo || row.receivedAt.slice(0, 10) <= filter.receivedTo) &&
      (!filter.dueBefore || (row.dueDate !== undefined && row.dueDate < filter.dueBefore)) &&
      (!filter.dueBy || (row.dueDate !== undefined && row.dueDate <= filter.dueBy)),
  );
  const byKey = (x: ComplaintRow, y: ComplaintRow) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
  const value = (row: ComplaintRow) => row[sort.key];
  const valued = kept
    .filter((row) => value(row) !== undefined)
    .sort((x, y) =>
      (value(x) ?? '') < (value(y) ?? '') ? -1 : (value(x) ?? '') > (value(y) ?? '') ? 1 : byKey(x, y),
    );
  if (sort.direction === 'desc') valued.reverse();
  const rest = kept.filter((row) => value(row) === undefined).sort(byKey);
  return [...valued, ...rest].map((row) => row.id);
}
