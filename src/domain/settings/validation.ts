import type { Standards } from '../deadlines';
import { isLocalDate } from '../deadlines';
import { foldText } from '../search';
import type { ClosureRange, StudioProfile } from './settings';

/** Message keys the UI translates; the domain never holds user-facing text. */
export type SettingsMessage =
  | 'validation.required'
  | 'validation.tooLong'
  | 'settings.validation.vatNumber'
  | 'settings.validation.email'
  | 'settings.validation.phone'
  | 'settings.validation.wholeDays'
  | 'settings.validation.daysRange'
  | 'settings.validation.respondBeforeAcknowledge'
  | 'settings.validation.resolveBeforeRespond'
  | 'settings.validation.date'
  | 'settings.validation.closureEndsBeforeStart'
  | 'settings.validation.closureTooLong'
  | 'settings.validation.closureOverlaps'
  | 'settings.validation.duplicateName';

export type SettingsErrors<T> = Partial<Record<keyof T, SettingsMessage>>;

export type SettingsResult<T> = { ok: true; value: T } | { ok: false; errors: SettingsErrors<T> };

/** What a form holds: every field as typed. */
type Typed<T> = { readonly [K in keyof T]: string };

export const SETTINGS_LIMITS = {
  name: 200,
  address: 500,
  contact: 254,
  listName: 120,
  role: 120,
  closureLabel: 80,
  /** A closure longer than a year is a typing mistake, not a holiday. */
  closureDays: 366,
} as const;

/** A standard of 0 days cannot be met; one above a working year is no standard. */
export const STANDARD_DAYS_RANGE = { min: 1, max: 250 } as const;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[\d\s./()-]+$/;

function result<T>(value: T, errors: SettingsErrors<T>): SettingsResult<T> {
  return Object.keys(errors).length === 0 ? { ok: true, value } : { ok: false, errors };
}

/** Trims and collapses inner runs of spaces, as people mean them. */
const tidy = (text: string) => text.trim().replace(/\s+/g, ' ');

function checkText(text: string, max: number, required: boolean): SettingsMessage | undefined {
  if (required && text === '') return 'validation.required';
  return text.length > max ? 'validation.tooLong' : undefined;
}

/**
 * True for an Italian partita IVA: eleven digits whose last one is the check
 * digit of the first ten (odd places summed, even places doubled and their
 * digits summed).
 */
export function isValidVatNumber(digits: string): boolean {
  if (!/^\d{11}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 10; i += 1) {
    const digit = Number(digits[i]);
    const doubled = digit * 2;
    sum += i % 2 === 0 ? digit : doubled > 9 ? doubled - 9 : doubled;
  }
  return (10 - (sum % 10)) % 10 === Number(digits[10]);
}

/**
 * Checks the studio's details: the name is required, everything else is
 * optional but must look right when given. Returns the cleaned profile (the
 * partita IVA without `IT` or spaces) or one message key per invalid field.
 */
export function validateStudioProfile(input: Typed<StudioProfile>): SettingsResult<StudioProfile> {
  const value: StudioProfile = {
    name: tidy(input.name),
    address: input.address.trim(),
    vatNumber: input.vatNumber.replace(/\s+/g, '').toUpperCase().replace(/^IT/, ''),
    email: input.email.trim(),
    phone: tidy(input.phone),
    pec: input.pec.trim(),
  };
  const errors: SettingsErrors<StudioProfile> = {};
  const name = checkText(value.name, SETTINGS_LIMITS.name, true);
  if (name) errors.name = name;
  const address = checkText(value.address, SETTINGS_LIMITS.address, false);
  if (address) errors.address = address;
  if (value.vatNumber !== '' && !isValidVatNumber(value.vatNumber)) {
    errors.vatNumber = 'settings.validation.vatNumber';
  }
  for (const field of ['email', 'pec'] as const) {
    const text = value[field];
    if (text.length > SETTINGS_LIMITS.contact) errors[field] = 'validation.tooLong';
    else if (text !== '' && !EMAIL.test(text)) errors[field] = 'settings.validation.email';
  }
  const digits = value.phone.replace(/\D/g, '').length;
  if (value.phone !== '' && (!PHONE.test(value.phone) || digits < 6 || digits > 15)) {
    errors.phone = 'settings.validation.phone';
  }
  return result(value, errors);
}

function parseDays(text: string): number | SettingsMessage {
  const trimmed = text.trim();
  if (trimmed === '') return 'validation.required';
  if (!/^\d+$/.test(trimmed)) return 'settings.validation.wholeDays';
  const days = Number(trimmed);
  return days < STANDARD_DAYS_RANGE.min || days > STANDARD_DAYS_RANGE.max
    ? 'settings.validation.daysRange'
    : days;
}

/**
 * Checks the studio's target times: whole working days within
 * {@link STANDARD_DAYS_RANGE}, and in an order that can be kept — a client
 * cannot get an answer before being told the complaint is in hand, nor see it
 * resolved before getting an answer.
 */
export function validateStandards(input: Typed<Standards>): SettingsResult<Standards> {
  const parsed = {
    acknowledgeDays: parseDays(input.acknowledgeDays),
    respondDays: parseDays(input.respondDays),
    resolveDays: parseDays(input.resolveDays),
    followUpDays: parseDays(input.followUpDays),
  };
  const errors: SettingsErrors<Standards> = {};
  for (const [field, days] of Object.entries(parsed) as [keyof Standards, number | SettingsMessage][]) {
    if (typeof days === 'string') errors[field] = days;
  }
  const { acknowledgeDays, respondDays, resolveDays, followUpDays } = parsed;
  if (
    typeof acknowledgeDays === 'number' &&
    typeof respondDays === 'number' &&
    respondDays < acknowledgeDays
  ) {
    errors.respondDays = 'settings.validation.respondBeforeAcknowledge';
  }
  if (typeof respondDays === 'number' && typeof resolveDays === 'number' && resolveDays < respondDays) {
    errors.resolveDays = 'settings.validation.resolveBeforeRespond';
  }
  if (
    typeof acknowledgeDays !== 'number' ||
    typeof respondDays !== 'number' ||
    typeof resolveDays !== 'number' ||
    typeof followUpDays !== 'number'
  ) {
    return { ok: false, errors };
  }
  return result({ acknowledgeDays, respondDays, resolveDays, followUpDays }, errors);
}

const dayIndex = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

/**
 * Checks a new closure: a name, two real days in order, at most
 * {@link SETTINGS_LIMITS.closureDays} long, and not overlapping a closure the
 * studio already has (two names for the same day would only confuse).
 */
export function validateClosure(
  input: Typed<ClosureRange>,
  existing: readonly ClosureRange[],
): SettingsResult<ClosureRange> {
  const value: ClosureRange = { from: input.from.trim(), to: input.to.trim(), label: tidy(input.label) };
  const errors: SettingsErrors<ClosureRange> = {};
  const label = checkText(value.label, SETTINGS_LIMITS.closureLabel, true);
  if (label) errors.label = label;
  for (const field of ['from', 'to'] as const) {
    if (value[field] === '') errors[field] = 'validation.required';
    else if (!isLocalDate(value[field])) errors[field] = 'settings.validation.date';
  }
  if (errors.from === undefined && errors.to === undefined) {
    const span = dayIndex(value.to) - dayIndex(value.from) + 1;
    if (span < 1) errors.to = 'settings.validation.closureEndsBeforeStart';
    else if (span > SETTINGS_LIMITS.closureDays) errors.to = 'settings.validation.closureTooLong';
    else if (existing.some((c) => c.from <= value.to && value.from <= c.to)) {
      errors.from = 'settings.validation.closureOverlaps';
    }
  }
  return result(value, errors);
}

interface Named {
  readonly id: string;
  readonly name: string;
}

function checkListName(
  name: string,
  siblings: readonly Named[],
  selfId?: string,
): SettingsMessage | undefined {
  const problem = checkText(name, SETTINGS_LIMITS.listName, true);
  if (problem) return problem;
  const folded = foldText(name);
  return siblings.some((s) => s.id !== selfId && foldText(tidy(s.name)) === folded)
    ? 'settings.validation.duplicateName'
    : undefined;
}

/**
 * Checks the name of a service area or sub-cause: required, and not already
 * used by another entry of the same list (accents and case aside), retired
 * ones included, since they still show on past complaints.
 */
export function validateListEntry(
  input: { readonly name: string },
  siblings: readonly Named[],
  selfId?: string,
): SettingsResult<{ name: string }> {
  const value = { name: tidy(input.name) };
  const name = checkListName(value.name, siblings, selfId);
  return result(value, name ? { name } : {});
}

/** Checks a staff member: a name not already in the list, and an optional role. */
export function validateStaffMember(
  input: { readonly name: string; readonly role: string },
  siblings: readonly Named[],
  selfId?: string,
): SettingsResult<{ name: string; role: string }> {
  const value = { name: tidy(input.name), role: tidy(input.role) };
  const errors: SettingsErrors<typeof value> = {};
  const name = checkListName(value.name, siblings, selfId);
  if (name) errors.name = name;
  const role = checkText(value.role, SETTINGS_LIMITS.role, false);
  if (role) errors.role = role;
  return result(value, errors);
}
