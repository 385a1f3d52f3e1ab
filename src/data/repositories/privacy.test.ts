import { describe, expect, it } from 'vitest';
import { anIntake, freshDb } from '../../test/builders';
import type { RiparoDb } from '../db';
import { queryQueueIds } from '../queue/queueQuery';
import { listAudit, verifyAuditChain } from './audit';
import { addClientFitCheck } from './clientFit';
import { searchClients, updateClient } from './clients';
import { registerComplaint } from './complaints';
import { createImprovementAction } from './improvement';
import { anonymiseClient, exportPerson, previewRetention, runRetention } from './privacy';
import { addPromise } from './promises';
import { addContact, saveProposal, setChecklistItemNote } from './recovery';
import { getSetting, putSetting } from './settings';
import { addSurvey } from './surveys';

const now = new Date(2026, 4, 10, 12);
const searchQueue = (db: RiparoDb, search: string) =>
  queryQueueIds(db, { search }, { key: 'receivedAt', direction: 'desc' });
const CANARY = {
  name: 'Zebedeo Quagliarulo',
  email: 'zebedeo.q@canarino.example',
  phone: '+39 347 555 0199',
  pec: 'quagliarulo@pec.canarino.example',
  taxId: 'QGLZBD70A01F205X',
};
/** Every way the canary could still be found: each word of the name, e-mail, PEC, tax id and phone digits. */
const TRACES = [
  /zebedeo/i,
  /quagliarulo/i,
  /canarino/i,
  /QGLZBD70A01F205X/i,
  /347\D*555\D*0199/,
  /3475550199/,
];

/** A client with a complaint, whose name, e-mail and phone are written across every kind of record. */
async function canaryRegister(db: RiparoDb) {
  const complaint = await registerComplaint(
    db,
    anIntake({
      client: { newName: CANARY.name },
      title: 'Reclamo di Zebedeo',
      clientWords: `Sono Quagliarulo, richiamatemi al 347 5550199 o scrivete a ${CANARY.email}`,
      cause: 'pricing',
      severity: 'high',
    }),
    now,
  );
  const clientId = complaint.clientId;
  await updateClient(
    db,
    clientId,
    { ...CANARY, kind: 'person', notes: 'Zebedeo preferisce la PEC', annualValue: 2400 },
    now,
  );
  const recovery = await db.recoveries.get(complaint.id);
  const item = recovery?.items[0];
  if (item) await setChecklistItemNote(db, complaint.id, item.id, 'Parlato con ZEBEDEO', now);
  await saveProposal(db, complaint.id, { description: 'Sconto a Quagliarulo', amount: 180, hours: 1 }, now);
  await addContact(
    db,
    complaint.id,
    {
      at: '2026-05-09T10:00',
      channel: 'email',
      direction: 'outgoing',
      summary: 'Mail a Zebedeo Quagliarulo',
      letter: {
        kind: 'apology',
        subject: 'Scuse – Quagliarulo',
        body: `Gentile ${CANARY.name},\nla richiameremo al 3475550199.`,
      },
    },
    now,
  );
  await addSurvey(
    db,
    {
      date: '2026-05-09',
      nps: 3,
      csat: 2,
      dimensions: {},
      comment: 'Zebedeo: mai più',
      clientId,
      complaintId: complaint.id,
      source: 'manual',
    },
    '2026-05-09',
    now,
  );
  await addPromise(
    db,
    {
      clientId,
      kind: 'deadline',
      text: 'Dichiarazione di Quagliarulo entro aprile',
      promisedOn: '2026-01-10',
    },
    now,
  );
  await addClientFitCheck(
    db,
    {
      clientId,
      date: '2026-01-05',
      engagement: 'Contabilità Quagliarulo',
      answers: {
        competence: true,
        capacity: true,
        expectations: true,
        fees: true,
        independence: true,
        communication: true,
      },
      verdict: 'accept',
      referral: '',
      refusalText: '',
    },
    now,
  );
  await createImprovementAction(
    db,
    {
      description: 'Preventivi chiari dopo il caso Quagliarulo',
      cause: 'pricing',
      dueDate: '2026-06-30',
      startedOn: '2026-05-10',
      complaintIds: [complaint.id],
    },
    now,
  );
  await putSetting(db, 'reviewNotes', {
    '2026-Q2': {
      notes: 'Discusso il caso di Quagliarulo Zebedeo',
      decisions: 'Richiamare Zebedeo Quagliarulo',
      ratings: {},
    },
  });
  const other = await registerComplaint(
    db,
    anIntake({ client: { newName: 'Bianchi Anna' }, clientWords: 'Mi ha mandato Quagliarulo Zebedeo' }),
    now,
  );
  return { complaint, clientId, other };
}

async function dumpAllTables(db: RiparoDb): Promise<Record<string, string>> {
  const dump: Record<string, string> = {};
  for (const table of db.tables) dump[table.name] = JSON.stringify(await table.toArray());
  return dump;
}

describe('anonymising a client', () => {
  it('leaves no trace of the canary in any table', async () => {
    const db = freshDb();
    const { clientId } = await canaryRegister(db);
    const before = await dumpAllTables(db);
    expect(TRACES.every((trace) => Object.values(before).some((rows) => trace.test(rows)))).toBe(true);

    await anonymiseClient(db, clientId, now);

    const after = await dumpAllTables(db);
    const hits = Object.entries(after).flatMap(([table, rows]) =>
      TRACES.filter((trace) => trace.test(rows)).map((trace) => `${table}: ${String(trace)}`),
    );
    expect(hits).toEqual([]);
  });

  it('keeps the statistics: cause, severity, dates, amounts, scores and annual value', async () => {
    const db = freshDb();
    const { complaint, clientId } = await canaryRegister(db);
    await anonymiseClient(db, clientId, now);
    const stored = await db.complaints.get(complaint.id);
    expect(stored).toMatchObject({
      cause: 'pricing',
      severity: 'high',
      receivedAt: complaint.receivedAt,
      clientId,
      state: 'received',
    });
    expect((await db.recoveries.get(complaint.id))?.proposal?.amount).toBe(180);
    expect((await db.surveys.where('clientId').equals(clientId).first())?.nps).toBe(3);
    expect((await db.clients.get(clientId))?.annualValue).toBe(2400);
  });

  it('rebuilds the search words, so no search finds the name, e-mail or phone', async () => {
    const db = freshDb();
    const { clientId, other } = await canaryRegister(db);
    await anonymiseClient(db, clientId, now);
    for (const query of ['Zebedeo', 'Quagliarulo', 'zebedeo.q', '3475550199']) {
      expect(await searchClients(db, query, 10)).toEqual([]);
      expect(await searchQueue(db, query)).toEqual([]);
    }
    expect(await searchQueue(db, 'Bianchi')).toEqual([other.id]);
  });

  it('records the anonymisation by id only, and the audit chain still verifies', async () => {
    const db = freshDb();
    const { clientId, complaint } = await canaryRegister(db);
    await anonymiseClient(db, clientId, now, 'staff-1');
    expect((await listAudit(db, clientId)).map(({ type, actorId }) => ({ type, actorId }))).toEqual([
      { type: 'privacy.client_anonymised', actorId: 'staff-1' },
    ]);
    expect((await listAudit(db, complaint.id)).map((e) => e.type).at(-1)).toBe(
      'privacy.complaint_anonymised',
    );
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it('changes nothing when the client is no longer there', async () => {
    const db = freshDb();
    await canaryRegister(db);
    const before = await dumpAllTables(db);
    await expect(anonymiseClient(db, 'missing', now)).rejects.toThrow();
    expect(await dumpAllTables(db)).toEqual(before);
  });
});

describe('exporting a person', () => {
  it('gathers the client and every record tied to them, without the search index', async () => {
    const db = freshDb();
    const { complaint, clientId } = await canaryRegister(db);
    const exported = await exportPerson(db, clientId, now);
    expect(exported?.client).toMatchObject({ name: CANARY.name, email: CANARY.email });
    expect(exported?.complaints.map((c) => c.id)).toEqual([complaint.id]);
    expect(exported?.contacts).toHaveLength(1);
    expect(exported?.recoveries).toHaveLength(1);
    expect(exported?.surveys).toHaveLength(1);
    expect(exported?.followUpItems).toHaveLength(1);
    expect(exported?.promises).toHaveLength(1);
    expect(exported?.clientFitChecks).toHaveLength(1);
    expect(exported?.improvementActions).toHaveLength(1);
    expect(exported?.auditEvents.map((e) => e.type)).toContain('complaint.registered');
    expect(JSON.stringify(exported)).not.toContain('searchWords');
    expect(JSON.stringify(exported)).not.toContain('Bianchi');
  });

  it('finds nothing for a client that is not there', async () => {
    expect(await exportPerson(freshDb(), 'missing', now)).toBeUndefined();
  });
});

describe('retention', () => {
  async function closedComplaint(db: RiparoDb, name: string, closedAt: string) {
    const complaint = await registerComplaint(
      db,
      anIntake({ client: { newName: name }, clientWords: `Parla ${name}` }),
      now,
    );
    await db.complaints.update(complaint.id, { state: 'closed', milestones: { closedAt } });
    return complaint;
  }

  it('previews the closed complaints past the retention and anonymises exactly those', async () => {
    const db = freshDb();
    const old = await closedComplaint(db, 'Vecchi Ugo', '2020-05-09T10:00');
    const recent = await closedComplaint(db, 'Nuovi Ada', '2024-05-09T10:00');
    const open = await registerComplaint(db, anIntake({ client: { newName: 'Aperti Eva' } }), now);

    expect((await previewRetention(db, 5, '2026-05-10')).map((c) => c.code)).toEqual([old.code]);

    await putSetting(db, 'retentionYears', 5);
    expect(await runRetention(db, '2026-05-10', now)).toBe(1);

    const dump = JSON.stringify(await dumpAllTables(db));
    expect(dump).not.toMatch(/vecchi|ugo/i);
    expect(dump).toContain('Nuovi Ada');
    expect((await db.complaints.get(open.id))?.clientName).toBe('Aperti Eva');
    expect((await db.complaints.get(recent.id))?.anonymisedAt).toBeUndefined();
    expect(await previewRetention(db, 5, '2026-05-10')).toEqual([]);
    expect(await getSetting(db, 'retentionLastRun')).toBe('2026-05-10');
    expect((await listAudit(db, old.id)).map((e) => e.type).at(-1)).toBe('privacy.complaint_retention');
    expect((await listAudit(db, old.clientId)).map((e) => e.type)).toEqual(['privacy.client_anonymised']);
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it('keeps a client who still has a complaint inside the retention', async () => {
    const db = freshDb();
    const old = await closedComplaint(db, 'Doppi Leo', '2019-01-10T10:00');
    await registerComplaint(db, anIntake({ client: { id: old.clientId } }), now);
    await putSetting(db, 'retentionYears', 5);
    await runRetention(db, '2026-05-10', now);
    expect((await db.clients.get(old.clientId))?.name).toBe('Doppi Leo');
    expect((await db.complaints.get(old.id))?.clientName).toMatch(/^Anon-/);
  });

  it('does nothing while no retention is set', async () => {
    const db = freshDb();
    await closedComplaint(db, 'Vecchi Ugo', '2001-01-01T10:00');
    expect(await runRetention(db, '2026-05-10', now)).toBe(0);
    expect(await getSetting(db, 'retentionLastRun')).toBe('');
  });
});
