import { describe, expect, it } from 'vitest';
import { parseEuroAmount, validateClient, type ClientFormInput } from './clientValidation';

const now = new Date(2026, 3, 10, 12);

// Fictitious codes with correct check characters (see taxId.test.ts).
const PERSON_CODE = 'FTTCAI85E15F205X';
const VAT = '12345670017';

const typed = (overrides: Partial<ClientFormInput> = {}): ClientFormInput => ({
  name: 'Rossi Mario',
  kind: 'person',
  email: '',
  phone: '',
  pec: '',
  taxId: '',
  annualValue: '',
  clientSince: '',
  notes: '',
  ...overrides,
});

const errorsOf = (input: ClientFormInput) => {
  const result = validateClient(input, now);
  return result.ok ? {} : result.errors;
};

describe('validateClient', () => {
  it('cleans a complete client: trimmed text, tax id as stored, amount as a number', () => {
    const result = validateClient(
      typed({
        name: '  Rossi Mario ',
        email: ' mario@rossi.it ',
        phone: '+39 02 1234 5678',
        pec: 'mario.rossi@pec.it',
        taxId: ' fttcai 85e15 f205x ',
        annualValue: '1.250,50',
        clientSince: '2019-03-01',
        notes: ' Preferisce essere chiamato la mattina ',
      }),
      now,
    );
    expect(result).toEqual({
      ok: true,
      value: {
        name: 'Rossi Mario',
        kind: 'person',
        email: 'mario@rossi.it',
        phone: '+39 02 1234 5678',
        pec: 'mario.rossi@pec.it',
        taxId: PERSON_CODE,
        annualValue: 1250.5,
        clientSince: '2019-03-01',
        notes: 'Preferisce essere chiamato la mattina',
      },
    });
  });

  it('leaves out an empty amount and date: unknown, not zero', () => {
    const result = validateClient(typed(), now);
    expect(result.ok && result.value).toEqual({
      name: 'Rossi Mario',
      kind: 'person',
      email: '',
      phone: '',
      pec: '',
      taxId: '',
      notes: '',
    });
  });

  it('requires a name and a kind', () => {
    expect(errorsOf(typed({ name: '  ', kind: '' }))).toEqual({
      name: 'validation.required',
      kind: 'validation.chooseFromList',
    });
  });

  it('checks the format of e-mail, PEC and phone', () => {
    expect(errorsOf(typed({ email: 'mario.rossi.it', pec: 'mario@pec', phone: '02-12' }))).toEqual({
      email: 'clients.validation.invalidEmail',
      pec: 'clients.validation.invalidEmail',
      phone: 'clients.validation.invalidPhone',
    });
    expect(errorsOf(typed({ phone: 'chiamare dopo le 18' }))).toEqual({
      phone: 'clients.validation.invalidPhone',
    });
  });

  it("accepts a person's codice fiscale or partita IVA, and a company's partita IVA", () => {
    expect(validateClient(typed({ taxId: PERSON_CODE }), now).ok).toBe(true);
    expect(validateClient(typed({ taxId: VAT }), now).ok).toBe(true);
    expect(validateClient(typed({ kind: 'company', taxId: `IT ${VAT}` }), now).ok).toBe(true);
  });

  it('names what is wrong with a tax id', () => {
    expect(errorsOf(typed({ taxId: 'FTTCAI85E15F205Y' }))).toEqual({
      taxId: 'clients.validation.invalidTaxCode',
    });
    expect(errorsOf(typed({ kind: 'company', taxId: '12345670018' }))).toEqual({
      taxId: 'clients.validation.invalidVat',
    });
    expect(errorsOf(typed({ kind: 'company', taxId: PERSON_CODE }))).toEqual({
      taxId: 'clients.validation.companyNeedsVat',
    });
  });

  it('refuses a negative or unreadable annual value', () => {
    expect(errorsOf(typed({ annualValue: '-100' }))).toEqual({
      annualValue: 'clients.validation.negativeAmount',
    });
    expect(errorsOf(typed({ annualValue: 'mille' }))).toEqual({
      annualValue: 'clients.validation.invalidAmount',
    });
  });

  it('refuses a client-since date in the future or that does not exist', () => {
    expect(errorsOf(typed({ clientSince: '2026-04-11' }))).toEqual({
      clientSince: 'clients.validation.sinceInFuture',
    });
    expect(validateClient(typed({ clientSince: '2026-04-10' }), now).ok).toBe(true);
    expect(errorsOf(typed({ clientSince: '2026-02-30' }))).toEqual({
      clientSince: 'clients.validation.invalidDate',
    });
  });

  it('reports every problem at once, the tax id included', () => {
    expect(Object.keys(errorsOf(typed({ name: '', email: 'x', taxId: 'ABC' })))).toEqual([
      'name',
      'email',
      'taxId',
    ]);
  });
});

describe('parseEuroAmount', () => {
  it('reads amounts typed the Italian way', () => {
    expect(parseEuroAmount('1.250,50')).toBe(1250.5);
    expect(parseEuroAmount('€ 1.250')).toBe(1250);
    expect(parseEuroAmount('12.345.678,9')).toBe(12_345_678.9);
    expect(parseEuroAmount('1250,5')).toBe(1250.5);
    expect(parseEuroAmount('0')).toBe(0);
  });

  it('reads a plain decimal point when it cannot be a thousands separator', () => {
    expect(parseEuroAmount('1250.50')).toBe(1250.5);
    expect(parseEuroAmount('1.250')).toBe(1250);
  });

  it('gives undefined for an empty field and a message for anything else', () => {
    expect(parseEuroAmount('  ')).toBeUndefined();
    expect(parseEuroAmount('1,250.50')).toBe('clients.validation.invalidAmount');
    expect(parseEuroAmount('12,345')).toBe('clients.validation.invalidAmount');
    expect(parseEuroAmount('1.25.0')).toBe('clients.validation.invalidAmount');
    expect(parseEuroAmount('-1.250,00')).toBe('clients.validation.negativeAmount');
  });
});
