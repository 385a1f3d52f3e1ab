import { dayNumber, fromDayNumber, type LocalDate } from '../deadlines/localDate';

/**
 * Three months without a word: longer than the gap between the routine
 * contacts of most studios (quarterly filings, check-ups), short enough to
 * call before the client has quietly gone elsewhere.
 */
export const LONG_SILENCE_DAYS = 90;

/**
 * What the studio may set instead: under a month every client with a
 * quarterly rhythm would show; beyond two years the signal says nothing.
 */
export const SILENCE_DAYS_RANGE = { min: 30, max: 730 } as const;

/** True for a whole number of days the studio may choose as its long silence. */
export function isSilenceDays(value: unknown): value is number {
  return (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= SILENCE_DAYS_RANGE.min &&
    value <= SILENCE_DAYS_RANGE.max
  );
}

/** A day the studio and a client were in touch: a logged contact, a call, a survey answer, a complaint. */
export interface ContactEvent {
  readonly clientId: string;
  readonly day: LocalDate;
}

/** A client not heard from for too long. */
export interface LongSilence {
  readonly clientId: string;
  /** The last day in touch. */
  readonly lastContact: LocalDate;
  /** The day the silence became long: the signal's day. */
  readonly since: LocalDate;
}

/**
 * The clients whose latest contact is at least `days` days before `today`,
 * longest silence first. Only clients with some contact among the events can
 * be judged: a client never in touch has no silence to measure.
 */
export function longSilences(
  events: Iterable<ContactEvent>,
  today: LocalDate,
  days: number = LONG_SILENCE_DAYS,
): LongSilence[] {
  const last = new Map<string, LocalDate>();
  for (const e of events) if (e.day > (last.get(e.clientId) ?? '')) last.set(e.clientId, e.day);
  const limit = dayNumber(today) - days;
  return [...last]
    .filter(([, day]) => dayNumber(day) <= limit)
    .map(([clientId, lastContact]) => ({
      clientId,
      lastContact,
      since: fromDayNumber(dayNumber(lastContact) + days),
    }))
    .sort((a, b) => a.lastContact.localeCompare(b.lastContact));
}
