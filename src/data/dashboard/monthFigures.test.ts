import { liveQuery } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_STANDARDS } from '../../domain/deadlines';
import type { FollowUpRecord } from '../../domain/recovery';
import { anIntake, freshDb } from '../../test/builders';
import type { RiparoDb } from '../db';
import { loadDemoRegister } from '../demo/load';
import { removeDemoRegister } from '../demo/remove';
import { registerComplaint } from '../repositories/complaints';
import { monthCounterKey, readCounters } from '../repositories/counters';
import { recordFollowUp } from '../repositories/followUp';
import { mergeClients } from '../repositories/clients';
import { applyLifecycleEvent } from '../repositories/lifecycle';
import { anonymiseClient } from '../repositories/privacy';
import { saveProposal } from '../repositories/recovery';
import { importRegister } from '../repositories/registerImport';
import { saveStandards } from '../repositories/settings';
import { loadDashboard, type DashboardFilter } from './aggregate';

const now = new Date(2026, 5, 10, 12);
const { client: _pick, ...intakeFields } = anIntake();
const year: DashboardFilter = { range: { from: '2026-01-01', to: '2026-12-31' } };
const lost: FollowUpRecord = {
  at: '2026-04-20T10:00',
  satisfaction: 1,
  feelings: [],
  recovered: false,
  note: '',
};

/** Waits until every month figure stored is the current one: the dashboard stores them after answering. */
async function settled(db: RiparoDb) {
  await vi.waitFor(async () => {
    const rows = await db.monthFigures.toArray();
    const revisions = await readCounters(
      db,
      rows.map((row) => monthCounterKey(row.month)),
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((row) => row.revision)).toEqual(revisions);
  });
}

/** The dashboard as the kept figures give it, and as the complaints themselves give it. */
async function keptAndCounted(db: RiparoDb) {
  const kept = await loadDashboard(db, year);
  await settled(db);
  await db.monthFigures.clear();
  const counted = await loadDashboard(db, year);
  await settled(db);
  return { kept, counted };
}

async function resolvedWithChecklistDone(db: RiparoDb, clientName: string, receivedAt: string) {
  const complaint = await registerComplaint(
    db,
    anIntake({ client: { newName: clientName }, receivedAt }),
    now,
  );
  for (const event of [
    { type: 'acknowledge', at: `${receivedAt.slice(0, 10)}T11:00` },
    { type: 'start_investigation', at: `${receivedAt.slice(0, 10)}T12:00` },
    { type: 'propose_solution', at: `${receivedAt.slice(0, 10)}T13:00` },
    { type: 'record_client_decision', at: `${receivedAt.slice(0, 10)}T14:00`, accepted: true },
    { type: 'resolve', at: `${receivedAt.slice(0, 10)}T15:00` },
  ] as const)
    await applyLifecycleEvent(db, complaint.id, event, now, undefined, { override: true });
  return complaint;
}

describe("the dashboard's kept month figures", () => {
  it('answers a year from the figures kept for its months once they are stored', async () => {
    const db = freshDb();
    await registerComplaint(db, anIntake({ receivedAt: '2026-02-03T09:00', cause: 'pricing' }), now);
    await registerComplaint(db, anIntake({ receivedAt: '2026-03-03T09:00', cause: 'quality' }), now);
    const first = await loadDashboard(db, year);
    await settled(db);
    expect((await db.monthFigures.toArray()).map((row) => row.month)).toHaveLength(12);
    // A kept figure changed behind the dashboard's back shows: the complaints were not read again.
    const march = await db.monthFigures.get('2026-03');
    if (!march) throw new Error('March was not kept');
    await db.monthFigures.put({
      ...march,
      areas: { '': { ...march.areas[''], complaints: 5 } },
    } as typeof march);
    expect((await loadDashboard(db, year)).complaints).toBe(first.complaints - 1 + 5);
  });

  it('tallies a month again after each kind of write to its complaints or their recoveries', async () => {
    const db = freshDb();
    const kept = await resolvedWithChecklistDone(db, 'Conti Luca', '2026-03-02T09:00');
    const duplicate = await resolvedWithChecklistDone(db, 'Conti L.', '2026-04-01T09:00');
    await loadDashboard(db, year);

    const writes: [string, () => Promise<unknown>][] = [
      ['a new complaint', () => registerComplaint(db, anIntake({ receivedAt: '2026-03-05T09:00' }), now)],
      [
        'a step of the lifecycle',
        async () => {
          const [row] = await db.complaints.where('state').equals('received').toArray();
          if (!row) throw new Error('no received complaint');
          await applyLifecycleEvent(db, row.id, { type: 'acknowledge', at: '2026-03-12T10:00' }, now);
        },
      ],
      ['a follow-up', () => recordFollowUp(db, kept.id, lost, now, undefined, { override: true })],
      [
        'a second follow-up',
        () => recordFollowUp(db, duplicate.id, lost, now, undefined, { override: true }),
      ],
      ['a proposal', () => saveProposal(db, kept.id, { description: 'Sconto', amount: 90, hours: 1 }, now)],
      ['a merge of clients', () => mergeClients(db, kept.clientId, duplicate.clientId, now)],
      ['new standards', () => saveStandards(db, { ...DEFAULT_STANDARDS, acknowledgeDays: 10 })],
      [
        'an import',
        () =>
          importRegister(
            db,
            {
              clients: [],
              complaints: [
                {
                  row: 2,
                  client: { existingId: kept.clientId },
                  clientName: 'Conti Luca',
                  fields: { ...intakeFields, receivedAt: '2026-05-04T09:00', cause: 'pricing' },
                  state: 'received',
                },
              ],
            },
            now,
          ),
      ],
      ['the demo register', () => loadDemoRegister(db, now, { seed: 7, complaints: 60, clients: 20 })],
      ['the demo removed', () => removeDemoRegister(db)],
    ];
    for (const [write, run] of writes) {
      const before = await loadDashboard(db, year);
      await run();
      const { kept: afterWrite, counted } = await keptAndCounted(db);
      expect(afterWrite, write).toEqual(counted);
      expect(afterWrite, `${write} changes the figures`).not.toEqual(before);
    }
    // Anonymising changes no figure, and the kept ones still agree with the complaints.
    await anonymiseClient(db, kept.clientId, now);
    const { kept: anonymised, counted } = await keptAndCounted(db);
    expect(anonymised).toEqual(counted);
  });

  it('stores the figures it tallied when it runs inside a live query', async () => {
    const db = freshDb();
    await registerComplaint(db, anIntake({ receivedAt: '2026-02-03T09:00' }), now);
    const seen: number[] = [];
    const subscription = liveQuery(() => loadDashboard(db, year)).subscribe({
      next: (data) => seen.push(data.complaints),
    });
    try {
      await settled(db);
      expect(await db.monthFigures.count()).toBe(12);
      expect(seen).toContain(1);
    } finally {
      subscription.unsubscribe();
    }
  });
});
