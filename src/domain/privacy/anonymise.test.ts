import { describe, expect, it } from 'vitest';
import type { Client } from '../client/client';
import type { Complaint } from '../complaint';
import type { Recovery } from '../recovery';
import type { Survey } from '../surveys';
import { anonymisedClient, anonymousName, redactComplaint, redactRecovery, redactSurvey } from './anonymise';
import { mentionRedactor, REDACTED } from './mentions';

const client: Client = {
  id: '01JABCDEF0000000000000XYZW',
  name: 'Rossi Mario',
  kind: 'person',
  email: 'mario@rossi.it',
  phone: '333 1234567',
  pec: '',
  taxId: 'RSSMRA80A01H501U',
  annualValue: 1200,
  clientSince: '2019-01-01',
  notes: 'Preferisce essere chiamato la mattina',
  createdAt: '2020-01-01T00:00:00.000Z',
  updatedAt: '2020-01-01T00:00:00.000Z',
};
const redact = mentionRedactor(client, 'own');

describe('anonymising a client', () => {
  it('empties what identifies the person and keeps the figures the statistics use', () => {
    const at = '2026-05-01T10:00:00.000Z';
    expect(anonymisedClient(client, at)).toEqual({
      ...client,
      name: 'Anon-00XYZW',
      email: '',
      phone: '',
      pec: '',
      taxId: '',
      notes: '',
      anonymisedAt: at,
      updatedAt: at,
    });
  });

  it('names each anonymised client apart', () => {
    expect(anonymousName('01JAAAAAAAAAAAAAAAAAAAAAA1')).not.toBe(anonymousName('01JAAAAAAAAAAAAAAAAAAAAAA2'));
  });

  it('cleans every free text of a complaint and keeps cause, severity and dates', () => {
    const complaint = {
      clientName: 'Rossi Mario',
      title: 'Mario non è stato richiamato',
      clientWords: 'Scrivetemi a mario@rossi.it',
      expectation: 'Una telefonata al 333 1234567',
      remedyRequested: 'Scuse al sig. Rossi',
      pauses: [{ from: '2026-01-02T10:00', reason: 'Attesa documenti di Rossi' }],
      unfoundedReason: 'Rossi ha frainteso',
      cause: 'communication',
      severity: 'high',
      receivedAt: '2026-01-01T09:00',
    } as unknown as Complaint;
    const result = redactComplaint(complaint, redact, 'Anon-1');
    expect(result).toMatchObject({
      clientName: 'Anon-1',
      title: `${REDACTED} non è stato richiamato`,
      clientWords: `Scrivetemi a ${REDACTED}`,
      expectation: `Una telefonata al ${REDACTED}`,
      remedyRequested: `Scuse al sig. ${REDACTED}`,
      pauses: [{ from: '2026-01-02T10:00', reason: `Attesa documenti di ${REDACTED}` }],
      unfoundedReason: `${REDACTED} ha frainteso`,
      cause: 'communication',
      severity: 'high',
      receivedAt: '2026-01-01T09:00',
    });
  });

  it('cleans checklist notes, proposal and follow-up of a recovery and keeps the amounts and scores', () => {
    const recovery = {
      id: 'c1',
      items: [{ id: 'i', step: 'listen', text: 'Ascoltare Mario', done: true, note: 'Rossi era arrabbiato' }],
      proposal: { description: 'Sconto a Rossi', amount: 150, hours: 2, proposedAt: '2026-01-01' },
      followUp: {
        at: '2026-02-01T10:00',
        satisfaction: 4,
        feelings: [],
        recovered: true,
        note: 'Mario soddisfatto',
      },
      createdAt: '',
      updatedAt: '',
    } as unknown as Recovery;
    const result = redactRecovery(recovery, redact);
    expect(JSON.stringify(result)).not.toMatch(/Mario|Rossi/);
    expect(result.proposal?.amount).toBe(150);
    expect(result.followUp?.satisfaction).toBe(4);
  });

  it("drops a survey respondent's name when it is the person, and keeps another", () => {
    const survey = { comment: 'Grazie, Mario', respondentName: 'M. Rossi' } as unknown as Survey;
    expect(redactSurvey(survey, redact)).toMatchObject({
      comment: `Grazie, ${REDACTED}`,
      respondentName: REDACTED,
    });
    const other = { comment: '', respondentName: 'Bianchi Anna' } as unknown as Survey;
    expect(redactSurvey(other, redact).respondentName).toBe('Bianchi Anna');
  });
});
