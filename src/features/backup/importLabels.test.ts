import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { Client } from '../../domain/client';
import type { Complaint } from '../../domain/complaint';
import { guessRegisterMapping, planRegisterImport } from '../../domain/registerImport';
import { parseCsv, toItalianCsv } from '../../domain/transfer';
import { english, italian } from '../../i18n/resources';
import { choiceLabels, errorReport } from './importLabels';
import { registerTable } from './registerTable';

const i18n = i18next.createInstance();
await i18n.init({
  resources: { it: { translation: italian }, en: { translation: english } },
  lng: 'it',
  interpolation: { escapeValue: false },
});

const client: Client = {
  id: 'c1',
  name: 'Studio Bianchi',
  kind: 'company',
  email: '',
  phone: '',
  pec: '',
  taxId: '',
  notes: '',
  annualValue: 1250.5,
  createdAt: '',
  updatedAt: '',
};
const complaint: Complaint = {
  id: 'k1',
  code: 'R-2026-0007',
  clientId: 'c1',
  clientName: 'Studio Bianchi',
  receivedAt: '2026-03-02T09:30',
  channel: 'in_person',
  cause: 'after_sales',
  severity: 'critical',
  title: 'Nessuna assistenza',
  clientWords: 'Dopo la consegna nessuno risponde; "urgente"',
  expectation: 'Una risposta',
  feelings: [],
  remedyRequested: 'Uno sconto',
  state: 'closed',
  milestones: { closedAt: '2026-03-20T17:00' },
  pauses: [],
  createdAt: '',
  updatedAt: '',
};
const now = new Date(2026, 5, 1);

describe.each(['it', 'en'] as const)('a register exported in %s', (lng) => {
  it('imports back with the same complaint and client', () => {
    const csv = toItalianCsv(registerTable([{ complaint, client }], i18n.getFixedT(lng)));
    const table = parseCsv(csv);
    const result = planRegisterImport(
      table,
      guessRegisterMapping(table.headers),
      [],
      choiceLabels(i18n),
      now,
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.plan.clients).toMatchObject([{ name: 'Studio Bianchi', annualValue: 1250.5 }]);
    const fields = {
      receivedAt: complaint.receivedAt,
      channel: complaint.channel,
      cause: complaint.cause,
      severity: complaint.severity,
      title: complaint.title,
      clientWords: complaint.clientWords,
      expectation: complaint.expectation,
      feelings: [],
      remedyRequested: complaint.remedyRequested,
    };
    expect(result.plan.complaints).toEqual([
      {
        row: 2,
        client: { newIndex: 0 },
        clientName: 'Studio Bianchi',
        fields,
        state: 'closed',
        closedAt: '2026-03-20T17:00',
      },
    ]);
  });
});

describe('the error report', () => {
  it('names each problem by row, the file’s column, the value and a message in the UI language', () => {
    const table = parseCsv('Data;Cliente\r\nieri;Rossi');
    const t = i18n.getFixedT('it');
    const report = errorReport(
      [{ row: 2, field: 'receivedAt', value: 'ieri', message: 'validation.invalidDateTime' }],
      table.headers,
      { receivedAt: 0 },
      t,
    );
    expect(toItalianCsv(report)).toBe(
      '\uFEFFRiga;Colonna;Valore;Problema\r\n2;Data;ieri;Data o ora non valida: usa il formato gg/mm/aaaa\r\n',
    );
  });
});
