import { describe, expect, it } from 'vitest';
import { COMPLAINT_STATES } from '../../domain/complaint';
import { anIntake, freshDb } from '../../test/builders';
import type { RiparoDb } from '../db';
import { registerComplaint } from '../repositories/complaints';
import { putSetting, getSetting } from '../repositories/settings';
import { DEFAULT_DEMO_OPTIONS } from './generate';
import { countDemoComplaints, loadDemoRegister } from './load';
import { removeDemoRegister } from './remove';

const now = new Date(2026, 10, 20, 16, 30);
const small = { ...DEFAULT_DEMO_OPTIONS, complaints: 80, clients: 25 };

const sequences = (codes: string[]) => codes.map((code) => Number(code.slice(7)));

async function stateCounts(db: RiparoDb) {
  const counts: Record<string, number> = {};
  for (const state of COMPLAINT_STATES)
    counts[state] = await db.complaints.where('state').equals(state).count();
  return counts;
}

async function counters(db: RiparoDb) {
  return Object.fromEntries((await db.counters.toArray()).map((c) => [c.key, c.value]));
}

/** Every state counter agrees with a recount of the complaints. */
async function expectStateCountersRight(db: RiparoDb) {
  const stored = await counters(db);
  for (const [state, count] of Object.entries(await stateCounts(db))) {
    expect(stored[`state:${state}`] ?? 0, state).toBe(count);
  }
}

describe('loading the demo register', () => {
  it('numbers its complaints per year in order of receipt and keeps the counters right', async () => {
    const db = freshDb();
    expect(await loadDemoRegister(db, now, small)).toBe(80);
    expect(await countDemoComplaints(db)).toBe(80);
    const complaints = await db.complaints.orderBy('receivedAt').toArray();
    for (const year of ['2024', '2025', '2026']) {
      const ofYear = complaints.filter((c) => c.receivedAt.startsWith(year));
      expect(sequences(ofYear.map((c) => c.code))).toEqual(ofYear.map((_, i) => i + 1));
      expect((await counters(db))[`protocol:${year}`]).toBe(ofYear.length);
    }
    await expectStateCountersRight(db);
    expect(await db.clients.where('demo').equals(1).count()).toBe(25);
    expect(await db.staff.count()).toBeGreaterThan(3);
  });

  it('follows on from the real complaints already numbered', async () => {
    const db = freshDb();
    await registerComplaint(db, anIntake({ receivedAt: '2026-03-02T09:00' }), now);
    await loadDemoRegister(db, now, small);
    const codes = (await db.complaints.where('demo').equals(1).toArray())
      .filter((c) => c.receivedAt.startsWith('2026'))
      .map((c) => c.code);
    expect(Math.min(...sequences(codes))).toBe(2);
  });

  it('refuses to load twice and then leaves the register as it was', async () => {
    const db = freshDb();
    await loadDemoRegister(db, now, small);
    const before = [await db.complaints.count(), await db.clients.count(), await counters(db)];
    await expect(loadDemoRegister(db, now, small)).rejects.toThrow('already loaded');
    expect([await db.complaints.count(), await db.clients.count(), await counters(db)]).toEqual(before);
  });

  it('gives open complaints a due date, like any complaint', async () => {
    const db = freshDb();
    await loadDemoRegister(db, now, small);
    const open = await db.complaints
      .where('state')
      .anyOf('received', 'acknowledged', 'investigating')
      .toArray();
    expect(open.length).toBeGreaterThan(0);
    expect(open.filter((c) => c.pauses.every((p) => p.to !== undefined)).every((c) => c.dueDate)).toBe(true);
  });
});

describe('removing the demo register', () => {
  it('removes exactly the demo records and keeps real ones with their codes', async () => {
    const db = freshDb();
    const before = await registerComplaint(
      db,
      anIntake({ receivedAt: '2026-01-12T10:00', title: 'Prima' }),
      now,
    );
    await loadDemoRegister(db, now, small);
    const during = await registerComplaint(
      db,
      anIntake({ receivedAt: '2026-11-19T10:00', title: 'Dopo' }),
      now,
    );

    expect(await removeDemoRegister(db)).toBe(80);
    expect((await db.complaints.toArray()).map((c) => [c.code, c.title])).toEqual([
      [before.code, 'Prima'],
      [during.code, 'Dopo'],
    ]);
    expect(await db.clients.count()).toBe(2);
    expect(await db.staff.count()).toBe(0);
    expect(await db.serviceAreas.count()).toBe(0);
    expect(await db.subCauses.count()).toBe(0);
    expect(new Set((await db.auditEvents.toArray()).map((e) => e.entityId))).toEqual(
      new Set([before.id, during.id]),
    );
    expect(await countDemoComplaints(db)).toBe(0);
  });

  it('puts the counters back so real numbering carries on without repeating a code', async () => {
    const db = freshDb();
    await registerComplaint(db, anIntake({ receivedAt: '2026-01-12T10:00' }), now);
    await loadDemoRegister(db, now, small);
    const during = await registerComplaint(db, anIntake({ receivedAt: '2026-11-19T10:00' }), now);
    await removeDemoRegister(db);

    await expectStateCountersRight(db);
    const stored = await counters(db);
    expect(stored['protocol:2026']).toBe(sequences([during.code])[0]);
    expect(stored['protocol:2025']).toBeUndefined();
    expect((await registerComplaint(db, anIntake({ receivedAt: '2025-06-03T10:00' }), now)).code).toBe(
      'R-2025-0001',
    );
    const next = await registerComplaint(db, anIntake({ receivedAt: '2026-11-20T10:00' }), now);
    expect(sequences([next.code])[0]).toBe((stored['protocol:2026'] ?? 0) + 1);
  });

  it('numbers from 1 again when the demo was loaded into an empty register', async () => {
    const db = freshDb();
    await loadDemoRegister(db, now, small);
    await removeDemoRegister(db);
    // Month counters only move on: they tell the dashboard that a month's complaints changed.
    const kept = Object.entries(await counters(db)).filter(([key]) => !key.startsWith('month:'));
    expect(Object.fromEntries(kept)).toEqual(
      Object.fromEntries(COMPLAINT_STATES.map((s) => [`state:${s}`, 0])),
    );
    expect((await registerComplaint(db, anIntake(), now)).code).toBe('R-2026-0001');
  });

  it('keeps, as the studio’s own, demo entries that real records have come to use', async () => {
    const db = freshDb();
    await loadDemoRegister(db, now, small);
    const [client, handler, area] = [
      await db.clients.toCollection().first(),
      await db.staff.toCollection().first(),
      await db.serviceAreas.toCollection().first(),
    ];
    if (!client || !handler || !area) throw new Error('the demo has no clients, staff or areas');
    await registerComplaint(
      db,
      anIntake({ client: { id: client.id }, handlerId: handler.id, serviceAreaId: area.id }),
      now,
    );
    await putSetting(
      db,
      'currentStaffId',
      (await db.staff.toArray()).find((s) => s.id !== handler.id)?.id ?? '',
    );

    await removeDemoRegister(db);
    expect(await db.clients.toArray()).toMatchObject([{ id: client.id }]);
    expect((await db.clients.get(client.id))?.demo).toBeUndefined();
    expect((await db.staff.toArray()).map((s) => [s.id, s.demo])).toEqual([[handler.id, undefined]]);
    expect((await db.serviceAreas.toArray()).map((a) => a.id)).toEqual([area.id]);
    expect(await getSetting(db, 'currentStaffId')).toBe('');
  });

  it('changes nothing when the removal fails half-way', async () => {
    const db = freshDb();
    await registerComplaint(db, anIntake(), now);
    await loadDemoRegister(db, now, small);
    const before = [
      await db.complaints.count(),
      await db.clients.count(),
      await db.auditEvents.count(),
      await counters(db),
    ];
    db.clients.hook('deleting', () => {
      throw new Error('disk full');
    });
    await expect(removeDemoRegister(db)).rejects.toThrow('disk full');
    expect([
      await db.complaints.count(),
      await db.clients.count(),
      await db.auditEvents.count(),
      await counters(db),
    ]).toEqual(before);
  });
});
