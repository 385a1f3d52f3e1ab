import type { LocalDate } from './localDate';
import { dayNumber, fromDayNumber, weekdayOf } from './localDate';

/** Days the studio is closed, both ends included (e.g. August, the patron saint's day). */
export interface ClosureRange {
  readonly from: LocalDate;
  readonly to: LocalDate;
}

/** Which days count towards a deadline. */
export interface WorkingCalendar {
  /** True when the studio works that day: not a weekend, public holiday or closure. */
  isWorkingDay(date: LocalDate): boolean;
  /** {@link isWorkingDay} for a day number ({@link dayNumber}), for loops that count days. */
  readonly isWorkingDayNumber: (day: number) => boolean;
}

export interface WorkingCalendarOptions {
  readonly closures?: readonly ClosureRange[];
  /**
   * The public holidays of a year: Italy's national ones in the app, given by
   * `loadItalianPublicHolidays` (loaded on demand, as its rules are large).
   */
  readonly publicHolidays: (year: number) => readonly LocalDate[];
}

/**
 * Longest run of days searched for the next counted day. Ten years without one
 * can only come from a mistyped closure, and failing loudly beats a frozen app.
 */
export const MAX_SEARCH_DAYS = 3660;

/** The days (1950–2150) whose verdict a calendar remembers; any other day is decided afresh. */
const MEMO_FIRST_DAY = dayNumber('1950-01-01');
const MEMO_LAST_DAY = dayNumber('2150-12-31');

/**
 * Builds the studio's working calendar: Monday to Friday, minus public
 * holidays and the studio's closure ranges.
 *
 * @throws RangeError when a closure has a malformed date or ends before it starts.
 */
export function createWorkingCalendar(options: WorkingCalendarOptions): WorkingCalendar {
  const { publicHolidays } = options;
  const closures = (options.closures ?? []).map(({ from, to }) => {
    const span = { first: dayNumber(from), last: dayNumber(to) };
    if (span.last < span.first) throw new RangeError(`closure ends before it starts: ${from}…${to}`);
    return span;
  });
  // Holidays are asked for year by year and kept, because deadlines revisit the same days.
  const holidaysByYear = new Map<number, ReadonlySet<LocalDate>>();
  const holidaysOf = (year: number): ReadonlySet<LocalDate> => {
    let holidays = holidaysByYear.get(year);
    if (!holidays) {
      holidays = new Set(publicHolidays(year));
      holidaysByYear.set(year, holidays);
    }
    return holidays;
  };

  const decide = (day: number): boolean => {
    const weekday = weekdayOf(day);
    if (weekday === 0 || weekday === 6) return false;
    const date = fromDayNumber(day);
    if (holidaysOf(Number(date.slice(0, 4))).has(date)) return false;
    return !closures.some(({ first, last }) => day >= first && day <= last);
  };
  // Reports judge thousands of deadlines that revisit the same days, so each
  // day is decided once: 0 not yet, 1 working, 2 closed.
  const decided = new Uint8Array(MEMO_LAST_DAY - MEMO_FIRST_DAY + 1);
  const isWorkingDayNumber = (day: number): boolean => {
    if (day < MEMO_FIRST_DAY || day > MEMO_LAST_DAY) return decide(day);
    const slot = day - MEMO_FIRST_DAY;
    let verdict = decided[slot];
    if (!verdict) {
      verdict = decide(day) ? 1 : 2;
      decided[slot] = verdict;
    }
    return verdict === 1;
  };

  return {
    isWorkingDay: (date) => isWorkingDayNumber(dayNumber(date)),
    isWorkingDayNumber,
  };
}

/**
 * Counts the days after `from` up to and including `to` for which `counts`
 * holds (it is given each day's {@link dayNumber}); negative when `to` comes
 * before `from`, so "days left" and "days late" are one subtraction apart.
 */
export function countDays(from: LocalDate, to: LocalDate, counts: (day: number) => boolean): number {
  const [start, end] = [dayNumber(from), dayNumber(to)];
  const sign = end < start ? -1 : 1;
  let total = 0;
  for (let day = Math.min(start, end) + 1; day <= Math.max(start, end); day += 1) {
    if (counts(day)) total += 1;
  }
  return sign * total;
}

/**
 * The day on which the `n`-th counted day after `start` falls (`counts` is
 * given day numbers, as in {@link countDays}); the start day itself never
 * counts, so `n = 0` is the start day.
 *
 * @throws RangeError for a negative or fractional `n`, or when no day counts
 *   for {@link MAX_SEARCH_DAYS} days in a row.
 */
export function nthCountedDay(start: LocalDate, n: number, counts: (day: number) => boolean): LocalDate {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a whole number ≥ 0: ${n}`);
  let day = dayNumber(start);
  let left = n;
  let sinceLastCounted = 0;
  while (left > 0) {
    day += 1;
    if (counts(day)) {
      left -= 1;
      sinceLastCounted = 0;
    } else if (++sinceLastCounted > MAX_SEARCH_DAYS) {
      throw new RangeError(`no working day within ${MAX_SEARCH_DAYS} days after ${start}`);
    }
  }
  return fromDayNumber(day);
}

/**
 * The deadline `n` working days after `start`. The start day does not count
 * (a complaint received on Friday with one day to answer is due on the next
 * working day), and `n = 0` means the same day.
 *
 * @throws RangeError for a negative or fractional `n` or a malformed date.
 */
export function addWorkingDays(start: LocalDate, n: number, calendar: WorkingCalendar): LocalDate {
  return nthCountedDay(start, n, calendar.isWorkingDayNumber);
}

/**
 * Working days elapsed from `from` to `to`: those after `from`, up to and
 * including `to`. It is the inverse of {@link addWorkingDays}, and negative
 * when `to` is earlier.
 */
export function workingDaysBetween(from: LocalDate, to: LocalDate, calendar: WorkingCalendar): number {
  return countDays(from, to, calendar.isWorkingDayNumber);
}
