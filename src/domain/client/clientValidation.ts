import { z } from 'zod';
import {
  perMinute,
  TEXT_LIMITS,
  toLocalDateTime,
  toValidationResult,
  type ValidationMessage,
} from '../complaint';
import { isLocalDate } from '../deadlines';
import { CLIENT_KINDS, type NewClient } from './client';
import { normalizeTaxId, validateTaxId } from './taxId';

/** Message keys of client validation; the UI translates them. */
export type ClientValidationMessage =
  | ValidationMessage
  | 'clients.validation.invalidEmail'
  | 'clients.validation.invalidPhone'
  | 'clients.validation.invalidTaxCode'
  | 'clients.validation.invalidVat'
  | 'clients.validation.companyNeedsVat'
  | 'clients.validation.invalidAmount'
  | 'clients.validation.negativeAmount'
  | 'clients.validation.invalidDate'
  | 'clients.validation.sinceInFuture';

/** The client form as typed: every field a string, as the widgets give it. */
export interface ClientFormInput {
  name: string;
  kind: string;
  email: string;
  phone: string;
  pec: string;
  taxId: string;
  /** As typed, Italian style: `1.250,50`. */
  annualValue: string;
  /** `YYYY-MM-DD`, or empty. */
  clientSince: string;
  notes: string;
}

export type ClientValidationResult =
  | { ok: true; value: NewClient }
  | { ok: false; errors: Partial<Record<keyof ClientFormInput, ClientValidationMessage>> };

/** Loose on purpose: it catches typos (no @, no domain), not every RFC corner. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
/** Digits with the separators people write (`+39 02 1234 5678`, `(02) 123-456`). */
const PHONE = /^\+?[\d\s().\-/]+$/;
const MIN_PHONE_DIGITS = 6;
/** Italian amounts: thousands with dots, up to two decimals after a comma. */
const ITALIAN_AMOUNT = /^(\d{1,3}(\.\d{3})+|\d+)(,\d{1,2})?$/;
/** A plain decimal point is accepted too (`1250.50`), when it cannot be a thousands dot. */
const POINT_AMOUNT = /^\d+\.\d{1,2}$/;

/**
 * Reads a euro amount typed the Italian way (`1.250,50`, `€ 1250`, `1250,5`)
 * or with a decimal point (`1250.50`). Returns `undefined` for an empty field,
 * and a message key when the text is not an amount or is negative.
 */
export function parseEuroAmount(text: string): number | undefined | ClientValidationMessage {
  const compact = text.replace(/[\s\u00a0\u202f€]/g, '');
  if (compact === '') return undefined;
  if (compact.startsWith('-')) {
    return ITALIAN_AMOUNT.test(compact.slice(1)) || POINT_AMOUNT.test(compact.slice(1))
      ? 'clients.validation.negativeAmount'
      : 'clients.validation.invalidAmount';
  }
  if (POINT_AMOUNT.test(compact)) return Number(compact);
  if (ITALIAN_AMOUNT.test(compact)) return Number(compact.replace(/\./g, '').replace(',', '.'));
  return 'clients.validation.invalidAmount';
}

const optionalText = (max: number) => z.string().trim().max(max, { error: 'validation.tooLong' });

const emailField = optionalText(TEXT_LIMITS.name).refine((v) => v === '' || EMAIL.test(v), {
  error: 'clients.validation.invalidEmail',
});

function buildClientSchema(now: Date) {
  const today = toLocalDateTime(now).slice(0, 10);
  return z.object({
    name: z
      .string()
      .trim()
      .min(1, { error: 'validation.required' })
      .max(TEXT_LIMITS.name, { error: 'validation.tooLong' }),
    kind: z.enum(CLIENT_KINDS, { error: 'validation.chooseFromList' }),
    email: emailField,
    phone: optionalText(50).refine(
      (v) => v === '' || (PHONE.test(v) && v.replace(/\D/g, '').length >= MIN_PHONE_DIGITS),
      { error: 'clients.validation.invalidPhone' },
    ),
    pec: emailField,
    annualValue: z.string().transform((text, ctx) => {
      const amount = parseEuroAmount(text);
      if (typeof amount === 'string') {
        ctx.addIssue({ code: 'custom', message: amount });
        return z.NEVER;
      }
      return amount;
    }),
    clientSince: z
      .string()
      .trim()
      .refine((v) => v === '' || isLocalDate(v), { error: 'clients.validation.invalidDate', abort: true })
      .refine((v) => v <= today, { error: 'clients.validation.sinceInFuture' }),
    notes: optionalText(TEXT_LIMITS.longText),
  });
}

const clientSchema = perMinute(buildClientSchema);

/**
 * The tax identifier's problem, if any. A person may give a 16-character
 * codice fiscale or, as a freelancer, an 11-digit partita IVA; a company is
 * identified by its partita IVA. Empty is allowed: not every client gives one.
 */
function taxIdProblem(taxId: string, kind: string): ClientValidationMessage | undefined {
  const code = normalizeTaxId(taxId);
  if (code === '') return undefined;
  const check = validateTaxId(code);
  if (check === 'client.invalidVat') return 'clients.validation.invalidVat';
  if (check === 'client.invalidTaxCode') {
    return kind === 'company' ? 'clients.validation.companyNeedsVat' : 'clients.validation.invalidTaxCode';
  }
  if (kind === 'company' && !/^(IT)?\d{11}$/.test(code)) {
    return 'clients.validation.companyNeedsVat';
  }
  return undefined;
}

/**
 * Checks what the studio typed for a client. Returns the cleaned client
 * (trimmed text, tax id upper-cased without spaces, the amount as a number,
 * empty amount and date left out) or one message key per invalid field, so the
 * form can show every problem at once and keep what was typed.
 */
export function validateClient(input: ClientFormInput, now: Date): ClientValidationResult {
  const parsed = toValidationResult(clientSchema(now).safeParse(input));
  const taxIdError = taxIdProblem(input.taxId, input.kind);
  if (parsed.ok && !taxIdError) {
    const { annualValue, clientSince, ...rest } = parsed.value;
    return {
      ok: true,
      value: {
        ...rest,
        taxId: normalizeTaxId(input.taxId),
        ...(annualValue === undefined ? {} : { annualValue }),
        ...(clientSince === '' ? {} : { clientSince }),
      },
    };
  }
  // The schema only produces ClientValidationMessage keys.
  const errors = (parsed.ok ? {} : parsed.errors) as Partial<
    Record<keyof ClientFormInput, ClientValidationMessage>
  >;
  return { ok: false, errors: taxIdError ? { ...errors, taxId: taxIdError } : errors };
}
