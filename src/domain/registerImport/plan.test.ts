import { describe, expect, it } from 'vitest';
import { parseCsv } from '../transfer/readTable';
import { guessRegisterMapping } from './fields';
import { planRegisterImport, type ChoiceLabels, type KnownClient } from './plan';

const labels: ChoiceLabels = {
  channel: { phone: ['Telefono', 'Phone'], email: ['E-mail'], other: ['Altro', 'Other'] },
  cause: { pricing: ['Problemi di prezzo', 'Pricing problems'], quality: ['Qualità'] },
  severity: { medium: ['Media', 'Medium'], high: ['Alta', 'High'] },
  state: { received: ['Ricevuto'], closed: ['Chiuso', 'Closed'], unfounded: ['Non fondato'] },
};
const now = new Date(2026, 5, 1, 12, 0);
const rossi: KnownClient = { id: 'c-rossi', name: 'Mario Rossi', taxId: '', email: 'mario@rossi.it' };

const HEADER =
  'Ricevuto il;Cliente;Codice fiscale;E-mail;Canale;Causa;Gravità;Stato;Oggetto;Parole del cliente;Chiuso il';
const plan = (lines: readonly string[], known: readonly KnownClient[] = []) => {
  const table = parseCsv([HEADER, ...lines].join('\r\n'));
  return planRegisterImport(table, guessRegisterMapping(table.headers), known, labels, now);
};

describe('mapping register columns', () => {
  it('recognises the headers of our own Italian export', () => {
    expect(
      guessRegisterMapping([
        'Protocollo',
        'Ricevuto il',
        'Cliente',
        'Canale',
        'Causa',
        'Gravità',
        'Stato',
        'Oggetto',
        'Parole del cliente',
        'Cosa si aspettava',
        'Rimedio richiesto',
        'Chiuso il',
        'Valore annuo del cliente (€)',
      ]),
    ).toEqual({
      receivedAt: 1,
      client: 2,
      channel: 3,
      cause: 4,
      severity: 5,
      state: 6,
      title: 7,
      clientWords: 8,
      expectation: 9,
      remedy: 10,
      closedAt: 11,
      annualValue: 12,
    });
  });

  it('recognises English headers of a hand-kept register', () => {
    expect(
      guessRegisterMapping([
        'Date',
        'Customer',
        'Email',
        'Channel',
        'Cause',
        'Severity',
        'Subject',
        'Description',
      ]),
    ).toEqual({
      receivedAt: 0,
      client: 1,
      email: 2,
      channel: 3,
      cause: 4,
      severity: 5,
      title: 6,
      clientWords: 7,
    });
  });
});

describe('planning a register import', () => {
  it('reads Italian dates, labels and names, and creates each new client once', () => {
    const result = plan([
      '03/04/2026 09:30;Bianchi Srl;01234567897;;Telefono;Problemi di prezzo;Alta;;Parcella;Fattura più alta del previsto;',
      '05/04/2026;bianchi srl;;;phone;quality;medium;Chiuso;Ritardo;Pratica in ritardo;06/04/2026 10:00',
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.plan.clients).toEqual([
      expect.objectContaining({ name: 'Bianchi Srl', kind: 'company', taxId: '01234567897' }),
    ]);
    expect(result.plan.complaints).toMatchObject([
      {
        row: 2,
        client: { newIndex: 0 },
        clientName: 'Bianchi Srl',
        state: 'received',
        fields: { receivedAt: '2026-04-03T09:30', channel: 'phone', cause: 'pricing' },
      },
      { row: 3, client: { newIndex: 0 }, state: 'closed', closedAt: '2026-04-06T10:00' },
    ]);
  });

  it('matches a client of the registry by e-mail before its name', () => {
    const result = plan(
      ['03/04/2026;M. Rossi;;MARIO@rossi.it;E-mail;Qualità;Media;;Attesa;Nessuna risposta;'],
      [rossi],
    );
    expect(result.ok && result.plan).toEqual({
      clients: [],
      complaints: [expect.objectContaining({ client: { existingId: 'c-rossi' }, clientName: 'Mario Rossi' })],
    });
  });

  it('lists every problem with its line and column, and plans nothing', () => {
    const result = plan([
      '31/02/2026;Rossi;;;Telefono;Qualità;Media;;Ritardo;Lenti;',
      '03/04/2026;;;;Piccione;Qualità;Media;;;Lenti;',
      '03/04/2026;Verdi;XYZ;;Telefono;Qualità;Media;Chiuso;Ritardo;Lenti;',
      '03/04/2026;Neri;;;Telefono;Qualità;Media;Ricevuto;Ritardo;Lenti;04/04/2026',
    ]);
    expect(result).toEqual({
      ok: false,
      errors: [
        { row: 2, field: 'receivedAt', value: '31/02/2026', message: 'validation.invalidDateTime' },
        { row: 3, field: 'client', value: '', message: 'validation.required' },
        { row: 3, field: 'channel', value: 'Piccione', message: 'validation.chooseFromList' },
        { row: 3, field: 'title', value: '', message: 'validation.required' },
        { row: 4, field: 'taxId', value: 'XYZ', message: 'clients.validation.invalidTaxCode' },
        { row: 4, field: 'closedAt', value: '', message: 'backup.import.problem.closedAtMissing' },
        { row: 5, field: 'closedAt', value: '04/04/2026', message: 'backup.import.problem.closedWhileOpen' },
      ],
    });
  });

  it('refuses a closing date before receipt or in the future', () => {
    const result = plan([
      '03/04/2026;Rossi;;;Telefono;Qualità;Media;Chiuso;Ritardo;Lenti;02/04/2026',
      '03/04/2026;Rossi;;;Telefono;Qualità;Media;Chiuso;Ritardo;Lenti;02/04/2027',
    ]);
    expect(!result.ok && result.errors.map((e) => e.message)).toEqual([
      'backup.import.problem.closedBeforeReceived',
      'backup.import.problem.closedInFuture',
    ]);
  });

  it('refuses a file without a column that intake requires', () => {
    const table = parseCsv('Cliente;Oggetto\r\nRossi;Ritardo');
    const result = planRegisterImport(table, guessRegisterMapping(table.headers), [], labels, now);
    expect(!result.ok && result.errors.map((e) => [e.row, e.field, e.message])).toEqual([
      [1, 'receivedAt', 'backup.import.problem.columnMissing'],
      [1, 'channel', 'backup.import.problem.columnMissing'],
      [1, 'cause', 'backup.import.problem.columnMissing'],
      [1, 'severity', 'backup.import.problem.columnMissing'],
      [1, 'clientWords', 'backup.import.problem.columnMissing'],
    ]);
  });
});
