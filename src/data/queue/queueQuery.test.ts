import { describe, expect, it } from 'vitest';
import { anIntake, freshDb } from '../../test/builders';
import { registerComplaint } from '../repositories/complaints';
import { queryQueueIds } from './queueQuery';
import { complaintsRevision, onComplaintsWritten } from './sortOrder';

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

  it('keeps each sort order in memory only until the next write, which it announces', async () => {
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
});
