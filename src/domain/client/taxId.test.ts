import { describe, expect, it } from 'vitest';
import { isValidCodiceFiscale, isValidPartitaIva, normalizeTaxId, validateTaxId } from './taxId';

// Fictitious codes built for these tests, their check characters worked out
// separately by the published algorithm: "Fittizio Caio", born 15 May 1985 in
// Milan (F205); "Prova Tizia", born 3 November 1990 in Turin (L219).
const MAN = 'FTTCAI85E15F205X';
const WOMAN = 'PRVTZI90S43L219G';
// The same man's code after omocodia: one, two and all seven digits replaced.
const OMOCODIA = ['FTTCAI85E15F20RS', 'FTTCAI85E15F2LRD', 'FTTCAIUREMRFNLRH'];
// Partite IVA with their check digit worked out the same way.
const VAT = ['12345670017', '00000011205', '98765432103'];
// An association's codice fiscale, numeric like a partita IVA.
const ASSOCIATION = '80102030402';

describe('isValidCodiceFiscale', () => {
  it('accepts a personal code with the right check letter, for men and women', () => {
    expect(isValidCodiceFiscale(MAN)).toBe(true);
    expect(isValidCodiceFiscale(WOMAN)).toBe(true);
  });

  it('accepts codes with omocodia letters in place of digits', () => {
    for (const code of OMOCODIA) expect(isValidCodiceFiscale(code)).toBe(true);
  });

  it('ignores case and spaces', () => {
    expect(isValidCodiceFiscale(' fttcai 85e15 f205x ')).toBe(true);
  });

  it("accepts a company's or association's 11-digit code", () => {
    expect(isValidCodiceFiscale(ASSOCIATION)).toBe(true);
    expect(isValidCodiceFiscale(VAT[0] ?? '')).toBe(true);
  });

  it('refuses a wrong check letter', () => {
    expect(isValidCodiceFiscale('FTTCAI85E15F205Y')).toBe(false);
    expect(isValidCodiceFiscale('FTTCAIUREMRFNLRX')).toBe(false);
  });

  it('refuses a changed character that the check letter catches', () => {
    expect(isValidCodiceFiscale('FTTCAI86E15F205X')).toBe(false);
  });

  it('refuses the wrong length', () => {
    expect(isValidCodiceFiscale('FTTCAI85E15F205')).toBe(false);
    expect(isValidCodiceFiscale('FTTCAI85E15F205XX')).toBe(false);
  });

  it('refuses characters out of place', () => {
    expect(isValidCodiceFiscale('FTTCAI85E15F2O5X')).toBe(false);
    expect(isValidCodiceFiscale('FTTCA185E15F205X')).toBe(false);
    expect(isValidCodiceFiscale('FTTCAI85E1-F205X')).toBe(false);
  });

  it('refuses a month letter or birth day that cannot exist, even with a matching check letter', () => {
    expect(isValidCodiceFiscale('FTTCAI85F15F205B')).toBe(false);
    expect(isValidCodiceFiscale('FTTCAI85E00F205K')).toBe(false);
    expect(isValidCodiceFiscale('FTTCAI85E35F205Z')).toBe(false);
    expect(isValidCodiceFiscale('FTTCAI85E72F205V')).toBe(false);
  });
});

describe('isValidPartitaIva', () => {
  it('accepts numbers with the right check digit', () => {
    for (const vat of VAT) expect(isValidPartitaIva(vat)).toBe(true);
  });

  it('accepts the IT prefix of EU VAT numbers and spaces', () => {
    expect(isValidPartitaIva('it 123 4567 0017')).toBe(true);
  });

  it('refuses a wrong check digit', () => {
    expect(isValidPartitaIva('12345670018')).toBe(false);
  });

  it('refuses the wrong length, letters and the all-zero placeholder', () => {
    expect(isValidPartitaIva('1234567001')).toBe(false);
    expect(isValidPartitaIva('123456700170')).toBe(false);
    expect(isValidPartitaIva('1234567001A')).toBe(false);
    expect(isValidPartitaIva('00000000000')).toBe(false);
  });

  it('does not take a personal codice fiscale for a VAT number', () => {
    expect(isValidPartitaIva(MAN)).toBe(false);
  });
});

describe('validateTaxId', () => {
  it('says ok for any valid identifier', () => {
    for (const value of [MAN, WOMAN, ASSOCIATION, 'IT12345670017', ...OMOCODIA, ...VAT]) {
      expect(validateTaxId(value)).toBe('ok');
    }
  });

  it('asks for a value when there is none', () => {
    expect(validateTaxId('   ')).toBe('validation.required');
  });

  it('reports digits as a bad VAT number and anything with letters as a bad tax code', () => {
    expect(validateTaxId('12345670018')).toBe('client.invalidVat');
    expect(validateTaxId('123')).toBe('client.invalidVat');
    expect(validateTaxId('FTTCAI85E15F205Y')).toBe('client.invalidTaxCode');
    expect(validateTaxId('ABC')).toBe('client.invalidTaxCode');
  });
});

describe('normalizeTaxId', () => {
  it('stores identifiers upper-cased without spaces', () => {
    expect(normalizeTaxId(' fttcai 85e15\tf205x ')).toBe(MAN);
  });
});
