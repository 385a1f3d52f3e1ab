import type { LocalDateTime } from '../complaint';
import type { WorkingCalendar } from './calendar';
import { countDays, nthCountedDay } from './calendar';
import type { LocalDate } from './localDate';
import { dateOf, dayNumber } from './localDate';

/** A stretch when the clock stood still; `to` is absent while it still does. */
export interface PauseInterval {
  readonly from: LocalDateTime;
  readonly to?: LocalDateTime;
}

/**
 * The pause rule, in whole days like the rest of the deadline arithmetic: a
 * pause stops the clock on the days after the one it starts, up to and
 * including the day it ends. The day a pause starts still counts (the clock
 * ran for part of it); the day it ends does not, just as the day a complaint
 * is received does not — the client's answer restarts the count like a new
 * receipt. A pause that starts and ends on the same day therefore costs
 * nothing, and an open pause stops the clock for every day after it started.
 */
function pausedDays(pauses: readonly PauseInterval[]): (day: number) => boolean {
  const spans = pauses.map((pause) => ({
    after: dayNumber(dateOf(pause.from)),
    last: pause.to === undefined ? Infinity : dayNumber(dateOf(pause.to)),
  }));
  return (day) => spans.some(({ after, last }) => day > after && day <= last);
}

/** The days on which the clock runs: the studio's working days, less those paused. */
function runningDays(pauses: readonly PauseInterval[], calendar: WorkingCalendar): (day: number) => boolean {
  if (pauses.length === 0) return calendar.isWorkingDayNumber;
  const isPaused = pausedDays(pauses);
  return (day) => calendar.isWorkingDayNumber(day) && !isPaused(day);
}

/**
 * Working days from `from` to `to` (the first excluded, the last included)
 * on which the clock was running; negative when `to` is earlier. This is the
 * time a milestone took, fit for medians and for checking a standard.
 */
export function runningWorkingDaysBetween(
  from: LocalDate,
  to: LocalDate,
  pauses: readonly PauseInterval[],
  calendar: WorkingCalendar,
): number {
  return countDays(from, to, runningDays(pauses, calendar));
}

/** A pause that has ended. */
export type ClosedPause = Required<PauseInterval>;

/** {@link addRunningWorkingDays} for pauses that have all ended, when a deadline always exists. */
export function addRunningWorkingDaysClosed(
  start: LocalDate,
  n: number,
  pauses: readonly ClosedPause[],
  calendar: WorkingCalendar,
): LocalDate {
  return nthCountedDay(start, n, runningDays(pauses, calendar));
}

/**
 * The deadline `n` working days after `start`, counting only the working days
 * on which the clock was running (see the pause rule above): every working
 * day spent paused moves the deadline one working day later. A pause that
 * starts after the deadline has passed moves nothing, so pausing cannot hide
 * lateness. Returns undefined while an open pause holds the clock before the
 * deadline is reached: nothing is due until the clock runs again.
 */
export function addRunningWorkingDays(
  start: LocalDate,
  n: number,
  pauses: readonly PauseInterval[],
  calendar: WorkingCalendar,
): LocalDate | undefined {
  const closed = pauses.filter((pause): pause is ClosedPause => pause.to !== undefined);
  const due = addRunningWorkingDaysClosed(start, n, closed, calendar);
  // An open pause stops every later day, so the deadline stands only if it
  // falls on or before the day the pause started.
  const openedOn = pauses
    .filter((pause) => pause.to === undefined)
    .map((pause) => dateOf(pause.from))
    .sort()[0];
  return openedOn !== undefined && due > openedOn ? undefined : due;
}
