import { z } from 'zod';
import type { ComplaintIntake } from './complaint';
import { CAUSES, CHANNELS, FEELINGS, SEVERITIES } from './taxonomy';

/** Message keys the UI translates; the domain never holds user-facing text. */
export type ValidationMessage =
  | 'validation.required'
  | 'validation.tooLong'
  | 'validation.invalidDateTime'
  | 'validation.dateInFuture'
  | 'validation.chooseFromList';

export const TEXT_LIMITS = {
  name: 200,
  title: 160,
  longText: 10_000,
  shortText: 2_000,
} as const;

const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

const requiredText = (max: number) =>
  z
    .string({ error: 'validation.required' })
    .trim()
    .min(1, { error: 'validation.required' })
    .max(max, { error: 'validation.tooLong' });

const optionalText = (max: number) =>
  z.string().trim().max(max, { error: 'validation.tooLong' }).catch('').default('');

const choice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, {
    error: (issue) =>
      issue.input === undefined || issue.input === '' ? 'validation.required' : 'validation.chooseFromList',
  });

/** An optional reference to a studio list entry: empty means "none". */
const optionalId = z
  .string()
  .optional()
  .transform((v) => (v ? v : undefined));

/** Formats a Date as the studio's local `YYYY-MM-DDTHH:mm`. */
export function toLocalDateTime(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** True for a `YYYY-MM-DDTHH:mm` that names a real minute of a real day. */
export function isLocalDateTime(value: string): boolean {
  if (!LOCAL_DATE_TIME.test(value)) return false;
  const [y, m, d, hh, mm] = value.split(/[-T:]/).map(Number) as [number, number, number, number, number];
  const date = new Date(y, m - 1, d, hh, mm);
  return date.getFullYear() === y && date.getMonth() === m - 1 && date.getDate() === d && hh < 24 && mm < 60;
}

/** A local date-time that exists and is not later than `now`. */
export function pastLocalDateTime(now: Date) {
  return z
    .string({ error: 'validation.required' })
    .min(1, { error: 'validation.required' })
    .refine(isLocalDateTime, { error: 'validation.invalidDateTime', abort: true })
    .refine((value) => value <= toLocalDateTime(now), { error: 'validation.dateInFuture' });
}

/** An existing client picked from the registry, or the name of one to create with the complaint. */
const clientPick = z.preprocess(
  (v) =>
    v && typeof v === 'object' && Object.values(v).some((x) => typeof x === 'string' && x.trim())
      ? v
      : undefined,
  z.union(
    [
      z.object({ id: z.string().min(1) }).strict(),
      z.object({ newName: requiredText(TEXT_LIMITS.name) }).strict(),
    ],
    { error: 'validation.required' },
  ),
);

function buildIntakeSchema(now: Date) {
  return z.object({
    client: clientPick,
    receivedAt: pastLocalDateTime(now),
    channel: choice(CHANNELS),
    serviceAreaId: optionalId,
    cause: choice(CAUSES),
    subCauseId: optionalId,
    severity: choice(SEVERITIES),
    title: requiredText(TEXT_LIMITS.title),
    clientWords: requiredText(TEXT_LIMITS.longText),
    expectation: optionalText(TEXT_LIMITS.shortText),
    feelings: z
      .array(
        z.object({
          feeling: z.enum(FEELINGS),
          intensity: z.union([z.literal(1), z.literal(2), z.literal(3)]),
        }),
      )
      .default([])
      .refine((list) => new Set(list.map((f) => f.feeling)).size === list.length, {
        error: 'validation.chooseFromList',
      }),
    remedyRequested: optionalText(TEXT_LIMITS.shortText),
    handlerId: optionalId,
  });
}

/**
 * Builds a schema once per minute and reuses it: a schema only depends on the
 * clock through the minute it compares with, and building one costs far more
 * than checking a value (it matters to an import of thousands of rows).
 */
export function perMinute<S>(build: (now: Date) => S): (now: Date) => S {
  let cached: { readonly minute: string; readonly schema: S } | undefined;
  return (now) => {
    const minute = toLocalDateTime(now);
    if (cached?.minute !== minute) cached = { minute, schema: build(now) };
    return cached.schema;
  };
}

const intakeSchema = perMinute(buildIntakeSchema);

export type FieldErrors<T> = Partial<Record<keyof T, ValidationMessage>>;

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors<T> };

/** Turns a zod result into the cleaned value or one message key per invalid field. */
export function toValidationResult<T>(parsed: z.ZodSafeParseResult<T>): ValidationResult<T> {
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors: FieldErrors<T> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as keyof T;
    errors[field] ??= issue.message as ValidationMessage;
  }
  return { ok: false, errors };
}

/**
 * Checks what the studio typed for a new complaint. Returns the cleaned value
 * (trimmed text, empty references dropped) or one message key per invalid
 * field, so a form can show every problem at once and keep what was typed.
 */
export function validateComplaintIntake(input: unknown, now: Date): ValidationResult<ComplaintIntake> {
  const result = toValidationResult(intakeSchema(now).safeParse(input));
  if (!result.ok) return result;
  // exactOptionalPropertyTypes: drop undefined references instead of storing them.
  const value = Object.fromEntries(
    Object.entries(result.value).filter(([, v]) => v !== undefined),
  ) as unknown as ComplaintIntake;
  return { ok: true, value };
}
