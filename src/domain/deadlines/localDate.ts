/**
 * A day in the studio's calendar, `YYYY-MM-DD`, without a zone: deadlines are
 * counted in whole days where the studio works, whatever the PC's time zone.
 */
export type LocalDate = string;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** True for a `YYYY-MM-DD` that names a real day (no 30 February). */
export function isLocalDate(value: string): boolean {
  const match = LOCAL_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The day of a local date-time `YYYY-MM-DDTHH:mm`. */
export function dateOf(localDateTime: string): LocalDate {
  return localDateTime.slice(0, 10);
}

/**
 * Days since 1970-01-01. Counting in whole UTC days keeps the arithmetic free of
 * daylight-saving jumps, which would otherwise add or lose an hour (and a day).
 */
export function dayNumber(date: LocalDate): number {
  if (!isLocalDate(date)) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  return (
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / MS_PER_DAY
  );
}

/** The `YYYY-MM-DD` of a day number from {@link dayNumber}. */
export function fromDayNumber(day: number): LocalDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday; 1970-01-01 was a Thursday. */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}
