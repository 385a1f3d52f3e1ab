import { describe, expect, it } from 'vitest';
import { defaultTemplates, type RecoveryStep } from '../../domain/recovery';
import { anIntake, freshDb } from '../../test/builders';
import type { RiparoDb } from '../db';
import { listAudit } from './audit';
import { registerComplaint } from './complaints';
import { recordFollowUp } from './followUp';
import { applyLifecycleEvent } from './lifecycle';
import {
  addContact,
  approveProposal,
  countFollowUpsDue,
  getRecovery,
  listContacts,
  saveProposal,
  setChecklistItemDone,
} from './recovery';
import { putSetting } from './settings';

const now = new Date(2026, 3, 3, 12);

async function registered(db: RiparoDb = freshDb()) {
  const complaint = await registerComplaint(db, anIntake({ cause: 'pricing' }), now, 'anna');
  return { db, complaint };
}

async function tick(db: RiparoDb, id: string, steps: readonly RecoveryStep[]) {
  const recovery = await getRecovery(db, id);
  for (const item of recovery?.items ?? [])
    if (steps.includes(item.step)) await setChecklistItemDone(db, id, item.id, true, now, 'anna');
}

const walkTo = async (db: RiparoDb, id: string, override = true) => {
  const events = [
    { type: 'acknowledge', at: '2026-04-03T13:00' },
    { type: 'start_investigation', at: '2026-04-03T14:00' },
    { type: 'propose_solution', at: '2026-04-03T15:00' },
    { type: 'record_client_decision', at: '2026-04-03T16:00', accepted: true },
  ] as const;
  for (const event of events) await applyLifecycleEvent(db, id, event, now, 'anna', { override });
};

describe('the recovery checklist', () => {
  it('is created with the complaint, from the templates in force, with the cause’s own items', async () => {
    const { db, complaint } = await registered();
    const items = (await getRecovery(db, complaint.id))?.items ?? [];
    expect(items[0]).toMatchObject({ step: 'listen', done: false, note: '' });
    expect(items.some((i) => i.text.includes('preventivo firmati'))).toBe(true);
  });

  it('is not rewritten when the templates change later', async () => {
    const { db, complaint } = await registered();
    const before = await getRecovery(db, complaint.id);
    const t = defaultTemplates('it');
    await putSetting(db, 'checklistTemplates', { ...t, base: { ...t.base, listen: ['Voce nuova'] } });
    expect(await getRecovery(db, complaint.id)).toEqual(before);
    const next = await registerComplaint(db, anIntake(), now);
    expect((await getRecovery(db, next.id))?.items[0]?.text).toBe('Voce nuova');
  });

  it('records who ticked an item and when', async () => {
    const { db, complaint } = await registered();
    const [first] = (await getRecovery(db, complaint.id))?.items ?? [];
    await setChecklistItemDone(db, complaint.id, first?.id ?? '', true, now, 'anna');
    expect((await getRecovery(db, complaint.id))?.items[0]).toMatchObject({
      done: true,
      doneBy: 'anna',
      doneAt: now.toISOString(),
    });
  });
});

describe('checklist and lifecycle agreement', () => {
  it('asks for confirmation before resolving with Risolvere incomplete, and records the override', async () => {
    const { db, complaint } = await registered();
    await tick(db, complaint.id, ['listen', 'apologise', 'investigate', 'empower']);
    await walkTo(db, complaint.id);
    const resolve = { type: 'resolve', at: '2026-04-03T17:00' } as const;
    expect(await applyLifecycleEvent(db, complaint.id, resolve, now)).toEqual({
      ok: false,
      error: 'checklist.incomplete',
      steps: ['resolve'],
    });
    expect((await db.complaints.get(complaint.id))?.state).toBe('solution_proposed');

    const outcome = await applyLifecycleEvent(db, complaint.id, resolve, now, 'anna', { override: true });
    expect(outcome.ok).toBe(true);
    // Both entries are written in the same millisecond, so their order in the trail is not asserted.
    const trail = await listAudit(db, complaint.id);
    expect(trail.find((e) => e.type === 'complaint.checklist_override')).toMatchObject({
      from: 'resolve',
      to: 'resolve',
      actorId: 'anna',
    });
    expect(trail.find((e) => e.type === 'complaint.resolve')).toMatchObject({ to: 'resolved' });
  });

  it('moves on without asking when the expected steps are done', async () => {
    const { db, complaint } = await registered();
    await tick(db, complaint.id, ['listen', 'apologise']);
    await applyLifecycleEvent(db, complaint.id, { type: 'acknowledge', at: '2026-04-03T13:00' }, now);
    const outcome = await applyLifecycleEvent(
      db,
      complaint.id,
      { type: 'start_investigation', at: '2026-04-03T14:00' },
      now,
    );
    expect(outcome.ok).toBe(true);
    expect((await listAudit(db, complaint.id)).map((e) => e.type)).not.toContain(
      'complaint.checklist_override',
    );
  });
});

describe('decision rules', () => {
  it('blocks resolving a compensation above the handler’s limit until the approver signs off', async () => {
    const { db, complaint } = await registered();
    await putSetting(db, 'delegationRules', { defaultLimit: 200, limits: {}, approverId: 'owner' });
    await walkTo(db, complaint.id);
    await saveProposal(db, complaint.id, { description: 'Sconto', amount: 350, hours: 2 }, now, 'anna');
    const resolve = { type: 'resolve', at: '2026-04-03T17:00' } as const;
    const blocked = await applyLifecycleEvent(db, complaint.id, resolve, now, 'anna', { override: true });
    expect(blocked).toEqual({ ok: false, error: 'recovery.approvalRequired' });

    expect(await approveProposal(db, complaint.id, 'marco', now)).toEqual({
      ok: false,
      error: 'notAuthorised',
    });
    expect(await approveProposal(db, complaint.id, 'owner', now)).toEqual({ ok: true });
    expect(
      (await listAudit(db, complaint.id)).find((e) => e.type === 'recovery.proposal_approved'),
    ).toMatchObject({
      actorId: 'owner',
    });
    expect((await applyLifecycleEvent(db, complaint.id, resolve, now, 'anna', { override: true })).ok).toBe(
      true,
    );
  });

  it('drops the sign-off when the amount changes', async () => {
    const { db, complaint } = await registered();
    await putSetting(db, 'delegationRules', { defaultLimit: 200, limits: {}, approverId: 'owner' });
    await saveProposal(db, complaint.id, { description: 'Sconto', amount: 350, hours: 0 }, now);
    await approveProposal(db, complaint.id, 'owner', now);
    await saveProposal(db, complaint.id, { description: 'Sconto', amount: 350, hours: 3 }, now);
    expect((await getRecovery(db, complaint.id))?.proposal?.approval?.approverId).toBe('owner');
    await saveProposal(db, complaint.id, { description: 'Sconto', amount: 500, hours: 3 }, now);
    expect((await getRecovery(db, complaint.id))?.proposal?.approval).toBeUndefined();
  });
});

describe('contacts', () => {
  it('logs a contact and ticks the checklist item it fulfils', async () => {
    const { db, complaint } = await registered();
    const item = (await getRecovery(db, complaint.id))?.items.find((i) => i.step === 'communicate');
    const outcome = await addContact(
      db,
      complaint.id,
      {
        at: '2026-04-03T15:00',
        channel: 'phone',
        direction: 'outgoing',
        summary: ' Aggiornato ',
        nextContact: '2026-04-10',
      },
      now,
      { tickItemId: item?.id ?? '', actorId: 'anna' },
    );
    expect(outcome.ok).toBe(true);
    const [logged] = await listContacts(db, complaint.id);
    expect(logged).toMatchObject({
      summary: 'Aggiornato',
      nextContact: '2026-04-10',
      complaintId: complaint.id,
    });
    expect((await getRecovery(db, complaint.id))?.items.find((i) => i.id === item?.id)?.done).toBe(true);
  });

  it('refuses an invalid contact and stores nothing', async () => {
    const { db, complaint } = await registered();
    const before = await getRecovery(db, complaint.id);
    const outcome = await addContact(
      db,
      complaint.id,
      { at: '2026-04-03T15:00', channel: 'phone', direction: 'incoming', summary: '' },
      now,
      { tickItemId: before?.items[0]?.id ?? '' },
    );
    expect(outcome).toEqual({ ok: false, errors: { summary: 'summaryRequired' } });
    expect(await listContacts(db, complaint.id)).toEqual([]);
    expect(await getRecovery(db, complaint.id)).toEqual(before);
  });
});

describe('follow-up', () => {
  it('is due after resolving, and recording it stores the record and moves the complaint on', async () => {
    const { db, complaint } = await registered();
    await walkTo(db, complaint.id);
    await applyLifecycleEvent(db, complaint.id, { type: 'resolve', at: '2026-04-03T17:00' }, now, 'anna', {
      override: true,
    });
    const due = (await db.complaints.get(complaint.id))?.dueDate ?? '';
    expect(await countFollowUpsDue(db, due)).toBe(1);
    expect(await countFollowUpsDue(db, '2026-04-04')).toBe(0);

    const record = {
      at: '2026-04-20T10:00',
      satisfaction: 4,
      feelings: [{ feeling: 'frustration', intensity: 0 }],
      recovered: true,
      note: '',
    } as const;
    const refused = await recordFollowUp(db, complaint.id, record, now);
    expect(refused).toMatchObject({ ok: false, error: 'checklist.incomplete' });
    expect((await getRecovery(db, complaint.id))?.followUp).toBeUndefined();

    expect((await recordFollowUp(db, complaint.id, record, now, 'anna', { override: true })).ok).toBe(true);
    expect((await db.complaints.get(complaint.id))?.state).toBe('followed_up');
    expect((await getRecovery(db, complaint.id))?.followUp).toEqual(record);
    expect(await countFollowUpsDue(db, '2026-12-31')).toBe(0);
  });
});
