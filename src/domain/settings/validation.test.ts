import { describe, expect, it } from 'vitest';
import type { ClosureRange } from './settings';
import {
  isValidVatNumber,
  validateClosure,
  validateListEntry,
  validateStaffMember,
  validateStandards,
  validateStudioProfile,
} from './validation';

const profile = {
  name: '  Studio   Marchetti & Associati ',
  address: 'Via Garibaldi 12, 40124 Bologna',
  vatNumber: 'IT 01234567897',
  email: 'segreteria@example.com',
  phone: '+39 051 000 0000',
  pec: 'studio@pec.example.com',
};

describe('studio profile', () => {
  it('accepts a complete profile and cleans it', () => {
    expect(validateStudioProfile(profile)).toEqual({
      ok: true,
      value: { ...profile, name: 'Studio Marchetti & Associati', vatNumber: '01234567897' },
    });
  });

  it('needs only the name', () => {
    const empty = { name: 'Studio Rossi', address: '', vatNumber: '', email: '', phone: '', pec: '' };
    expect(validateStudioProfile(empty)).toEqual({ ok: true, value: empty });
  });

  it('names every wrong field at once', () => {
    expect(
      validateStudioProfile({
        name: '  ',
        address: '',
        vatNumber: '01234567890',
        email: 'segreteria',
        phone: 'tel',
        pec: 'a@b',
      }),
    ).toEqual({
      ok: false,
      errors: {
        name: 'validation.required',
        vatNumber: 'settings.validation.vatNumber',
        email: 'settings.validation.email',
        phone: 'settings.validation.phone',
        pec: 'settings.validation.email',
      },
    });
  });

  it('refuses an over-long name or address', () => {
    const result = validateStudioProfile({ ...profile, name: 'x'.repeat(201), address: 'y'.repeat(501) });
    expect(result).toEqual({
      ok: false,
      errors: { name: 'validation.tooLong', address: 'validation.tooLong' },
    });
  });
});

describe('partita IVA', () => {
  it('checks the check digit', () => {
    expect(isValidVatNumber('01234567897')).toBe(true);
    expect(isValidVatNumber('12345678903')).toBe(true);
    expect(isValidVatNumber('12345678901')).toBe(false);
  });

  it('wants exactly eleven digits', () => {
    expect(isValidVatNumber('0123456789')).toBe(false);
    expect(isValidVatNumber('0123456789A')).toBe(false);
  });
});

const standards = { acknowledgeDays: '2', respondDays: '10', resolveDays: '30', followUpDays: '10' };

describe('standards', () => {
  it('reads whole working days', () => {
    expect(validateStandards({ ...standards, acknowledgeDays: ' 3 ' })).toEqual({
      ok: true,
      value: { acknowledgeDays: 3, respondDays: 10, resolveDays: 30, followUpDays: 10 },
    });
  });

  it('refuses zero, text, fractions, blanks and more than a working year', () => {
    expect(
      validateStandards({ acknowledgeDays: '0', respondDays: 'dieci', resolveDays: '2,5', followUpDays: '' }),
    ).toEqual({
      ok: false,
      errors: {
        acknowledgeDays: 'settings.validation.daysRange',
        respondDays: 'settings.validation.wholeDays',
        resolveDays: 'settings.validation.wholeDays',
        followUpDays: 'validation.required',
      },
    });
    expect(validateStandards({ ...standards, resolveDays: '251' })).toMatchObject({
      errors: { resolveDays: 'settings.validation.daysRange' },
    });
  });

  it('keeps the times in an order the studio can keep', () => {
    expect(validateStandards({ ...standards, acknowledgeDays: '12' })).toEqual({
      ok: false,
      errors: { respondDays: 'settings.validation.respondBeforeAcknowledge' },
    });
    expect(validateStandards({ ...standards, resolveDays: '5' })).toEqual({
      ok: false,
      errors: { resolveDays: 'settings.validation.resolveBeforeRespond' },
    });
  });
});

const august: ClosureRange = { from: '2026-08-10', to: '2026-08-21', label: 'Chiusura estiva' };

describe('closures', () => {
  it('accepts a named range, a single day included', () => {
    expect(
      validateClosure({ from: '2026-12-07', to: '2026-12-07', label: ' Sant’Ambrogio ' }, [august]),
    ).toEqual({
      ok: true,
      value: { from: '2026-12-07', to: '2026-12-07', label: 'Sant’Ambrogio' },
    });
  });

  it('wants a name and two real days', () => {
    expect(validateClosure({ from: '', to: '2026-02-30', label: '' }, [])).toEqual({
      ok: false,
      errors: { label: 'validation.required', from: 'validation.required', to: 'settings.validation.date' },
    });
  });

  it('refuses a range that ends before it starts or lasts more than a year', () => {
    expect(validateClosure({ ...august, from: '2026-08-22' }, [])).toMatchObject({
      errors: { to: 'settings.validation.closureEndsBeforeStart' },
    });
    expect(validateClosure({ ...august, to: '2027-08-21' }, [])).toMatchObject({
      errors: { to: 'settings.validation.closureTooLong' },
    });
  });

  it('refuses a range that overlaps one the studio already has', () => {
    const overlapping = { from: '2026-08-21', to: '2026-08-24', label: 'Ponte' };
    expect(validateClosure(overlapping, [august])).toEqual({
      ok: false,
      errors: { from: 'settings.validation.closureOverlaps' },
    });
    expect(validateClosure({ ...overlapping, from: '2026-08-22' }, [august]).ok).toBe(true);
  });
});

describe('list entries', () => {
  const staff = [{ id: 'a', name: 'Dott.ssa Elena Marchetti' }];

  it('wants a name not already in the list, accents and case aside', () => {
    expect(validateListEntry({ name: '  ' }, [])).toEqual({
      ok: false,
      errors: { name: 'validation.required' },
    });
    expect(validateListEntry({ name: 'Contabilita' }, [{ id: 'x', name: 'Contabilità' }])).toEqual({
      ok: false,
      errors: { name: 'settings.validation.duplicateName' },
    });
    expect(validateListEntry({ name: 'Paghe  e contributi' }, [])).toEqual({
      ok: true,
      value: { name: 'Paghe e contributi' },
    });
  });

  it('lets an entry keep its own name when renamed', () => {
    expect(validateStaffMember({ name: 'dott.ssa elena marchetti', role: 'Titolare' }, staff, 'a').ok).toBe(
      true,
    );
    expect(validateStaffMember({ name: 'Dott.ssa Elena Marchetti', role: '' }, staff).ok).toBe(false);
  });

  it('keeps the role optional but bounded', () => {
    expect(validateStaffMember({ name: 'Paolo Greco', role: 'r'.repeat(121) }, staff)).toEqual({
      ok: false,
      errors: { role: 'validation.tooLong' },
    });
  });
});
