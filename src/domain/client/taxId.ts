/** Message keys for a tax identifier; the UI translates them. */
export type TaxIdCheck = 'ok' | 'validation.required' | 'client.invalidTaxCode' | 'client.invalidVat';

/**
 * A personal codice fiscale: surname and name letters, birth year, month
 * letter, day (+40 for women), birthplace code, check letter. Where two
 * people would share a code (*omocodia*) the registry swaps digits for the
 * letters L M N P Q R S T U V, so those letters may stand in for any digit.
 */
const PERSONAL_CODE = /^[A-Z]{6}[\dLMNP-V]{2}[ABCDEHLMPRST][\dLMNP-V]{2}[A-Z][\dLMNP-V]{3}[A-Z]$/;
const OMOCODIA_DIGITS = 'LMNPQRSTUV';

/** Values of the characters in odd positions (1st, 3rd, …); A–J share those of 0–9. */
const ODD_VALUES = [
  1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23,
];

/** A digit or letter as its rank: 0–9 for digits, 0–25 for A–Z. */
function rank(char: string): number {
  const code = char.charCodeAt(0);
  return code <= 57 ? code - 48 : code - 65;
}

/** Upper-cases and drops every space, the form in which tax identifiers are stored. */
export function normalizeTaxId(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

function personalCheckLetter(first15: string): string {
  let sum = 0;
  for (let i = 0; i < first15.length; i += 1) {
    const value = rank(first15.charAt(i));
    sum += i % 2 === 0 ? (ODD_VALUES[value] ?? 0) : value;
  }
  return String.fromCharCode(65 + (sum % 26));
}

/** The birth day part as a number, with omocodia letters read back as digits. */
function birthDay(code: string): number {
  const digit = (char: string) =>
    OMOCODIA_DIGITS.includes(char) ? OMOCODIA_DIGITS.indexOf(char) : rank(char);
  return digit(code.charAt(9)) * 10 + digit(code.charAt(10));
}

/**
 * True for an 11-digit partita IVA whose last digit is the check digit (a
 * Luhn-style sum: odd positions as they are, even positions doubled with 9
 * taken off above 9). An `IT` prefix, as in EU VAT numbers, is accepted.
 * Case and spaces do not matter. All zeros is a placeholder, not a number.
 */
export function isValidPartitaIva(value: string): boolean {
  const digits = normalizeTaxId(value).replace(/^IT/, '');
  if (!/^\d{11}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 10; i += 1) {
    const digit = rank(digits.charAt(i));
    const doubled = digit * 2;
    sum += i % 2 === 0 ? digit : doubled > 9 ? doubled - 9 : doubled;
  }
  return (10 - (sum % 10)) % 10 === rank(digits.charAt(10));
}

/**
 * True for a valid codice fiscale: the 16-character personal code (omocodia
 * letters included, check letter verified, birth day 1–31 or 41–71), or the
 * 11-digit code of a company or association, which is built like a partita
 * IVA. Case and spaces do not matter.
 */
export function isValidCodiceFiscale(value: string): boolean {
  const code = normalizeTaxId(value);
  if (/^\d{11}$/.test(code)) return isValidPartitaIva(code);
  if (!PERSONAL_CODE.test(code)) return false;
  const day = birthDay(code);
  if (!((day >= 1 && day <= 31) || (day >= 41 && day <= 71))) return false;
  return personalCheckLetter(code.slice(0, 15)) === code.charAt(15);
}

/**
 * Checks a client's tax identifier and says what is wrong: digits are read
 * as a partita IVA (or a company's codice fiscale, which is built the same
 * way), anything with letters as a personal codice fiscale.
 */
export function validateTaxId(value: string): TaxIdCheck {
  const code = normalizeTaxId(value);
  if (code === '') return 'validation.required';
  if (/^(IT)?\d+$/.test(code)) return isValidPartitaIva(code) ? 'ok' : 'client.invalidVat';
  return isValidCodiceFiscale(code) ? 'ok' : 'client.invalidTaxCode';
}
