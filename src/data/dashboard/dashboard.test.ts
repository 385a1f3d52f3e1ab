import { describe, expect, it } from 'vitest';
import { anIntake, freshDb } from '../../test/builders';
import { newId } from '../ids';
import { registerComplaint } from '../repositories/complaints';
import { checkEffectiveness, createImprovementAction } from '../repositories/improvement';
import { addPromise, setPromiseBroken } from '../repositories/promises';
import { addSelfAssessment, saveComplaintAssessment } from '../repositories/quality';
import { addSurvey } from '../repositories/surveys';
import { loadDashboard, loadDashboardNow } from './aggregate';
import { listSilentDissatisfaction, recordClientCall, saveSilenceDays } from './silent';

const now = new Date(2026, 3, 10, 12);
const april = { range: { from: '2026-04-01', to: '2026-04-30' } };
const survey = (date: string, nps: number, csat: number, clientId?: string) => ({
  date,
  nps,
  csat,
  dimensions: { reliability: { perceived: 3 as const, expected: 6 as const } },
  comment: '',
  source: 'manual' as const,
  ...(clientId ? { clientId } : {}),
});

describe('the dashboard figures', () => {
  it('counts complaints of the period by cause, channel and service, and the open ones', async () => {
    const db = freshDb();
    await registerComplaint(db, anIntake({ receivedAt: '2026-04-02T10:00', cause: 'pricing' }), now);
    await registerComplaint(
      db,
      anIntake({ receivedAt: '2026-04-03T10:00', cause: 'pricing', channel: 'email' }),
      now,
    );
    await registerComplaint(db, anIntake({ receivedAt: '2026-04-04T10:00', cause: 'quality' }), now);
    await registerComplaint(db, anIntake({ receivedAt: '2026-03-04T10:00', cause: 'quality' }), now);
    const data = await loadDashboard(db, april);
    expect(data.complaints).toBe(3);
    expect((await loadDashboardNow(db, '2026-04-10')).open).toBe(4);
    expect(data.byCause.map((r) => [r.key, r.count])).toEqual([
      ['pricing', 2],
      ['quality', 1],
    ]);
    expect(data.byChannel).toEqual([
      { key: 'phone', count: 2 },
      { key: 'email', count: 1 },
    ]);
    expect(data.byService).toEqual([{ key: '', count: 3 }]);
  });

  it("scores NPS and CSAT of the period, sets offered against perceived and the clients' expectations against the studio's prediction", async () => {
    const db = freshDb();
    for (const [nps, csat] of [
      [10, 5],
      [9, 4],
      [3, 2],
      [7, 3],
    ] as const)
      await addSurvey(db, survey('2026-04-05', nps, csat), '2026-04-10', now);
    await addSurvey(db, survey('2026-03-05', 0, 1), '2026-04-10', now);
    await addSelfAssessment(db, undefined, '2026-01-10', { reliability: { offered: 6, expected: 5 } }, now);
    const data = await loadDashboard(db, april);
    expect(data.nps).toBe(25);
    expect(data.csat).toBe(50);
    expect(data.tally).toEqual({ promoters: 2, passives: 1, detractors: 1 });
    expect(data.dimensions.find((d) => d.dimension === 'reliability')).toEqual({
      dimension: 'reliability',
      offered: 6,
      perceived: 3,
      expected: 6,
      gap: -3,
      gapVsExpected: -3,
      // The self-assessment's expected level is the studio's prediction, never a client's expectation.
      predicted: 5,
      predictionGap: 1,
    });
    expect(data.trend).toHaveLength(12);
    expect(data.trend.at(-2)).toMatchObject({ month: '2026-03', detractors: 1, nps: -100, gap: -3 });
    expect(data.trend.at(-1)).toMatchObject({ month: '2026-04', nps: 25 });
  });

  it('takes a full 22-item survey as the means of each dimension', async () => {
    const db = freshDb();
    await addSurvey(
      db,
      {
        ...survey('2026-04-05', 8, 4),
        dimensions: {},
        servqual: {
          mode: 'expectation_perception',
          perceived: { s1: 2, s2: 3, s3: 3, s4: 3 },
          expected: { s1: 6, s2: 7, s3: 6, s4: 6 },
        },
      },
      '2026-04-10',
      now,
    );
    const data = await loadDashboard(db, april);
    expect(data.dimensions.find((d) => d.dimension === 'responsiveness')).toEqual({
      dimension: 'responsiveness',
      perceived: 2.8,
      expected: 6.3,
      gapVsExpected: -3.5,
    });
  });

  it('includes the gap assessment filled on a complaint', async () => {
    const db = freshDb();
    const c = await registerComplaint(db, anIntake({ receivedAt: '2026-04-02T10:00' }), now);
    await saveComplaintAssessment(db, c.id, { empathy: { offered: 6, perceived: 2 } }, '2026-04-06', now);
    await saveComplaintAssessment(db, c.id, { empathy: { offered: 6, perceived: 3 } }, '2026-04-06', now);
    const data = await loadDashboard(db, april);
    expect(data.dimensions.find((d) => d.dimension === 'empathy')).toMatchObject({
      offered: 6,
      perceived: 3,
      gap: -3,
    });
  });
});

describe('the service tiles and broken promises', () => {
  it('reads the period complaints, their recoveries and lost clients, and the calls due', async () => {
    const db = freshDb();
    const kept = await registerComplaint(db, anIntake({ receivedAt: '2026-04-02T09:00' }), now);
    const lost = await registerComplaint(
      db,
      anIntake({ receivedAt: '2026-04-02T09:00', client: { newName: 'Galli' } }),
      now,
    );
    const march = await registerComplaint(db, anIntake({ receivedAt: '2026-03-02T09:00' }), now);
    const milestones = { acknowledgedAt: '2026-04-03T09:00', resolvedAt: '2026-04-08T09:00' };
    await db.complaints.update(kept.id, { state: 'resolved', milestones, dueDate: '2026-04-10' });
    await db.complaints.update(lost.id, { state: 'followed_up', milestones });
    await db.clients.update(lost.clientId, { annualValue: 0 });
    const followUp = (recovered: boolean) => ({
      at: '2026-04-09T09:00',
      satisfaction: 3 as const,
      feelings: [],
      recovered,
      note: '',
    });
    await db.recoveries.update(kept.id, {
      proposal: { description: 'Sconto', amount: 150, hours: 0, proposedAt: '2026-04-07' },
    });
    await db.recoveries.update(lost.id, { followUp: followUp(false) });
    const promise = await addPromise(
      db,
      { clientId: lost.clientId, kind: 'fee_estimate', text: 'Massimo 500 €', promisedOn: '2026-01-10' },
      now,
    );
    await setPromiseBroken(db, promise.id, lost.id, true, now);
    const old = await addPromise(
      db,
      { clientId: march.clientId, kind: 'deadline', text: 'Entro febbraio', promisedOn: '2026-01-10' },
      now,
    );
    await setPromiseBroken(db, old.id, march.id, true, now);

    const data = await loadDashboard(db, april);
    expect((await loadDashboardNow(db, '2026-04-10')).followUpsDue).toBe(1);
    expect(data.service.acknowledge.medianDays).toBe(1);
    // 3, 7 and 8 April: Easter Monday (the 6th) is not a working day.
    expect(data.service.resolve.medianDays).toBe(3);
    expect(data.service.standardsMetPercent).toBe(100);
    expect(data.service.recoveredPercent).toBe(0);
    // A client with no margin costs only the word of mouth: 10 people × 10 % × 3,000 €.
    expect(data.service.cost).toEqual({
      compensation: 150,
      lostClients: 1,
      lostValue: 3000,
      unknownValues: 0,
      total: 3150,
    });
    expect(data.brokenPromises).toEqual([{ kind: 'fee_estimate', count: 1 }]);
  });
});

describe('improvement actions', () => {
  it('count complaints of their cause before and after the start', async () => {
    const db = freshDb();
    for (const day of ['2026-02-10', '2026-02-20', '2026-02-25', '2026-03-15'])
      await registerComplaint(db, anIntake({ receivedAt: `${day}T09:00`, cause: 'pricing' }), now);
    await registerComplaint(db, anIntake({ receivedAt: '2026-02-11T09:00', cause: 'quality' }), now);
    const action = await createImprovementAction(
      db,
      {
        description: 'Preventivo scritto',
        cause: 'pricing',
        dueDate: '2026-03-31',
        startedOn: '2026-03-01',
        complaintIds: [],
      },
      now,
    );
    await checkEffectiveness(db, action.id, '2026-03-29', 'Meno sorprese in parcella', now);
    expect((await db.improvementActions.get(action.id))?.checks).toEqual([
      { checkedOn: '2026-03-29', before: 3, after: 1, note: 'Meno sorprese in parcella' },
    ]);
  });
});

describe('silent dissatisfaction', () => {
  it('lists unhappy clients without complaints until the studio calls them', async () => {
    const db = freshDb();
    const complainer = await registerComplaint(db, anIntake({ client: { newName: 'Neri' } }), now);
    const quiet = await registerComplaint(db, anIntake({ client: { newName: 'Bianchi' } }), now);
    await db.complaints.delete(quiet.id);
    await addSurvey(db, survey('2026-04-01', 3, 4, complainer.clientId), '2026-04-10', now);
    await addSurvey(db, survey('2026-04-02', 5, 2, quiet.clientId), '2026-04-10', now);
    const before = await listSilentDissatisfaction(db, '2026-04-10');
    expect(before.map((c) => [c.name, c.signals])).toEqual([
      ['Bianchi', ['detractor', 'low_csat', 'negative_gap']],
    ]);
    await recordClientCall(db, quiet.clientId, 'Richiamato, fissato incontro', '2026-04-10', now);
    expect(await listSilentDissatisfaction(db, '2026-04-10')).toEqual([]);
    expect(await db.followUpItems.where('status').equals('open').count()).toBe(1);
  });

  it('lists a client not heard from for three months once no complaint of theirs is open', async () => {
    const db = freshDb();
    const contact = (complaintId: string, at: string) =>
      db.contacts.add({
        id: newId(),
        complaintId,
        at,
        channel: 'phone',
        direction: 'outgoing',
        summary: 'Aggiornamento',
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
      });
    const quiet = await registerComplaint(
      db,
      anIntake({ receivedAt: '2026-01-05T09:00', client: { newName: 'Conti' } }),
      now,
    );
    await db.complaints.update(quiet.id, { state: 'closed' });
    await contact(quiet.id, '2026-01-09T10:00');
    const working = await registerComplaint(
      db,
      anIntake({ receivedAt: '2026-01-05T09:00', client: { newName: 'Marini' } }),
      now,
    );
    await contact(working.id, '2026-01-09T10:00');
    const recent = await registerComplaint(
      db,
      anIntake({ receivedAt: '2026-01-05T09:00', client: { newName: 'Sala' } }),
      now,
    );
    await db.complaints.update(recent.id, { state: 'closed' });
    await contact(recent.id, '2026-03-01T10:00');

    expect(await listSilentDissatisfaction(db, '2026-04-08')).toEqual([]);
    const silent = await listSilentDissatisfaction(db, '2026-04-10');
    expect(silent.map((c) => [c.name, c.signals, c.lastContact, c.lastSignal])).toEqual([
      ['Conti', ['long_silence'], '2026-01-09', '2026-04-09'],
    ]);
    // A studio with a slower rhythm waits longer before calling it silence.
    expect(await saveSilenceDays(db, 10)).toBe(false);
    expect(await saveSilenceDays(db, 120)).toBe(true);
    expect(await listSilentDissatisfaction(db, '2026-04-10')).toEqual([]);
    expect(await listSilentDissatisfaction(db, '2026-05-09')).toHaveLength(1);
    await recordClientCall(db, quiet.clientId, 'Tutto bene, ci risentiamo a giugno', '2026-04-10', now);
    expect(await listSilentDissatisfaction(db, '2026-04-10')).toEqual([]);
  });
});
