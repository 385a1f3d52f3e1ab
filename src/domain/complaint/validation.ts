import { z } from 'zod';
import type { NewComplaint } from './complaint';
import { CAUSES, CHANNELS } from './taxonomy';

/** Message keys the UI translates; the domain never holds user-facing text. */
export type ValidationMessage =
  | 'validation.required'
  | 'validation.tooLong'
  | 'validation.invalidDateTime'
  | 'validation.dateInFuture'
  | 'validation.chooseFromList';

export const TEXT_LIMITS = { clientName: 200, title: 160, description: 10_000 } as const;

const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

const requiredText = (max: number) =>
  z
    .string({ error: 'validation.required' })
    .trim()
    .min(1, { error: 'validation.required' })
    .max(max, { error: 'validation.tooLong' });

const choice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, {
    error: (issue) =>
      issue.input === undefined || issue.input === '' ? 'validation.required' : 'validation.chooseFromList',
  });

/** Formats a Date as the studio's local `YYYY-MM-DDTHH:mm`. */
export function toLocalDateTime(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

function isRealDateTime(value: string): boolean {
  if (!LOCAL_DATE_TIME.test(value)) return false;
  const [y, m, d, hh, mm] = value.split(/[-T:]/).map(Number) as [number, number, number, number, number];
  const date = new Date(y, m - 1, d, hh, mm);
  return date.getFullYear() === y && date.getMonth() === m - 1 && date.getDate() === d && hh < 24 && mm < 60;
}

function newComplaintSchema(now: Date) {
  return z.object({
    clientName: requiredText(TEXT_LIMITS.clientName),
    receivedAt: z
      .string({ error: 'validation.required' })
      .min(1, { error: 'validation.required' })
      .refine(isRealDateTime, { error: 'validation.invalidDateTime', abort: true })
      .refine((value) => value <= toLocalDateTime(now), { error: 'validation.dateInFuture' }),
    channel: choice(CHANNELS),
    cause: choice(CAUSES),
    title: requiredText(TEXT_LIMITS.title),
    description: requiredText(TEXT_LIMITS.description),
  });
}

export type FieldErrors<T> = Partial<Record<keyof T, ValidationMessage>>;

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors<T> };

/**
 * Checks what the studio typed for a new complaint. Returns the cleaned value
 * (trimmed text) or one message key per invalid field, so a form can show every
 * problem at once and keep what was typed.
 */
export function validateNewComplaint(input: unknown, now: Date): ValidationResult<NewComplaint> {
  const parsed = newComplaintSchema(now).safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors: FieldErrors<NewComplaint> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as keyof NewComplaint;
    errors[field] ??= issue.message as ValidationMessage;
  }
  return { ok: false, errors };
}
