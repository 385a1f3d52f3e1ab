import { describe, expect, it } from 'vitest';
import { periodOf } from '../../domain/reports';
import { anIntake, freshDb } from '../../test/builders';
import { registerComplaint } from './complaints';
import { applyLifecycleEvent } from './lifecycle';
import { loadClientReport, loadDossier, loadPeriodicReport, savePolicy, saveReviewNotes } from './reports';
import { getSetting } from './settings';

const now = new Date(2026, 3, 20, 12);

describe('document data', () => {
  it('reads a dossier with the complaint, its client and its audit trail', async () => {
    const db = freshDb();
    const complaint = await registerComplaint(db, anIntake(), now);
    await applyLifecycleEvent(db, complaint.id, { type: 'acknowledge', at: '2026-04-03T11:00' }, now);

    const dossier = await loadDossier(db, complaint.id);

    expect(dossier?.complaint.state).toBe('acknowledged');
    expect(dossier?.client?.name).toBe('Rossi Mario');
    expect(dossier?.trail.map((e) => e.type)).toEqual(['complaint.registered', 'complaint.acknowledge']);
    expect(await loadDossier(db, 'missing')).toBeNull();
  });

  it('aggregates only the complaints received in the period', async () => {
    const db = freshDb();
    for (const receivedAt of [
      '2026-03-31T23:59',
      '2026-04-01T00:00',
      '2026-06-30T18:00',
      '2026-07-01T08:00',
    ]) {
      await registerComplaint(db, anIntake({ receivedAt, cause: 'pricing' }), now);
    }

    const report = await loadPeriodicReport(db, periodOf('quarter', 2026, 2), now);

    expect(report.figures.total).toBe(2);
    expect(report.figures.byCause.pricing).toBe(2);
    expect(report.review).toEqual({ notes: '', decisions: '', ratings: {} });
  });

  it('lists a client’s complaints oldest first', async () => {
    const db = freshDb();
    const later = await registerComplaint(db, anIntake({ receivedAt: '2026-04-05T09:00' }), now);
    await registerComplaint(
      db,
      anIntake({ client: { id: later.clientId }, receivedAt: '2026-02-01T09:00', title: 'Prima' }),
      now,
    );

    const report = await loadClientReport(db, later.clientId);

    expect(report?.complaints.map((c) => c.title)).toEqual(['Prima', later.title]);
  });

  it('versions the policy and keeps each period’s review notes apart', async () => {
    const db = freshDb();
    await savePolicy(db, 'Prima', new Date('2026-01-01T10:00:00Z'));
    await savePolicy(db, 'Seconda', new Date('2026-02-01T10:00:00Z'));
    await saveReviewNotes(db, '2026-Q1', { notes: 'n1', decisions: 'd1', ratings: { visibility: 3 } });
    await saveReviewNotes(db, '2026-Q2', { notes: 'n2', decisions: '', ratings: {} });

    expect((await getSetting(db, 'complaintPolicy')).map((v) => v.version)).toEqual([1, 2]);
    expect((await getSetting(db, 'reviewNotes'))['2026-Q1']?.notes).toBe('n1');
    expect((await getSetting(db, 'reviewNotes'))['2026-Q2']?.notes).toBe('n2');
  });
});
