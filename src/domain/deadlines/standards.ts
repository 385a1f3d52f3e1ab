import type { Complaint, LocalDateTime } from '../complaint';
import type { WorkingCalendar } from './calendar';
import { workingDaysBetween } from './calendar';
import type { LocalDate } from './localDate';
import { dateOf } from './localDate';
import type { ClosedPause, PauseInterval } from './pauses';
import { addRunningWorkingDays, addRunningWorkingDaysClosed, runningWorkingDaysBetween } from './pauses';

/** The studio's target times, in working days (domain.md §7). */
export interface Standards {
  readonly acknowledgeDays: number;
  readonly respondDays: number;
  readonly resolveDays: number;
  readonly followUpDays: number;
}

/**
 * ISO 10002 leaves the times to the organisation; these suit a small studio.
 * Two days to acknowledge: the client should know quickly that someone is on
 * it. Ten (two weeks) for a first answer, and thirty (about six weeks) to
 * resolve: in the range of the reply times Italian sector regulators ask of
 * much larger firms, so a studio can promise them without embarrassment.
 * Ten after resolving to follow up: long enough to see whether the remedy
 * held, soon enough that the client remembers the handling.
 */
export const DEFAULT_STANDARDS: Standards = {
  acknowledgeDays: 2,
  respondDays: 10,
  resolveDays: 30,
  followUpDays: 10,
};

export const STANDARD_KEYS = ['acknowledge', 'respond', 'resolve', 'followUp'] as const;
export type StandardKey = (typeof STANDARD_KEYS)[number];

/**
 * `met`/`missed`: the milestone was reached, in time or not. `on_time`,
 * `due_today`, `overdue`: still open. `paused`: an open pause holds the clock
 * before the deadline. `not_started`: the clock has not begun (follow-up
 * before resolution). `not_applicable`: the complaint ended without this
 * milestone (closed as unfounded).
 */
export type StandardStatus =
  'met' | 'missed' | 'due_today' | 'on_time' | 'overdue' | 'paused' | 'not_started' | 'not_applicable';

export interface StandardCheck {
  readonly status: StandardStatus;
  readonly dueDate?: LocalDate;
  /** Working days still available after today (0 on the due day). */
  readonly workingDaysLeft?: number;
  /** Working days past the due date; at least 1 once it has passed. */
  readonly workingDaysLate?: number;
  /** Running working days the milestone took, for medians. */
  readonly workingDaysTaken?: number;
}

/**
 * What the clocks need to know. The acknowledge, respond and resolve clocks
 * start at receipt; the follow-up clock starts at resolution. Each clock stops
 * at its own milestone; `endedAt` stops those never reached.
 */
export interface ComplaintClocks {
  readonly receivedAt: LocalDateTime;
  readonly acknowledgedAt?: LocalDateTime;
  /** The studio's first answer on the merits: a solution proposed, or the reasons it is unfounded. */
  readonly respondedAt?: LocalDateTime;
  readonly resolvedAt?: LocalDateTime;
  readonly followedUpAt?: LocalDateTime;
  /** When the complaint left the process (closed, or closed as unfounded). */
  readonly endedAt?: LocalDateTime;
  readonly pauses: readonly PauseInterval[];
}

/**
 * Reads a complaint's clocks. An unfounded complaint still gets a reply: the
 * written reasons are its answer, so marking it unfounded (which closes it)
 * is when it was responded to.
 */
export function clocksOf(
  complaint: Pick<Complaint, 'receivedAt' | 'state' | 'milestones' | 'pauses'>,
): ComplaintClocks {
  const { milestones } = complaint;
  const respondedAt =
    milestones.solutionProposedAt ?? (complaint.state === 'unfounded' ? milestones.closedAt : undefined);
  return {
    receivedAt: complaint.receivedAt,
    pauses: complaint.pauses,
    ...(milestones.acknowledgedAt !== undefined && { acknowledgedAt: milestones.acknowledgedAt }),
    ...(respondedAt !== undefined && { respondedAt }),
    ...(milestones.resolvedAt !== undefined && { resolvedAt: milestones.resolvedAt }),
    ...(milestones.followedUpAt !== undefined && { followedUpAt: milestones.followedUpAt }),
    ...(milestones.closedAt !== undefined && { endedAt: milestones.closedAt }),
  };
}

interface Clock {
  readonly startedAt: LocalDateTime | undefined;
  readonly reachedAt: LocalDateTime | undefined;
  readonly days: number;
}

function clocksFor(clocks: ComplaintClocks, standards: Standards): Record<StandardKey, Clock> {
  return {
    acknowledge: {
      startedAt: clocks.receivedAt,
      reachedAt: clocks.acknowledgedAt,
      days: standards.acknowledgeDays,
    },
    respond: { startedAt: clocks.receivedAt, reachedAt: clocks.respondedAt, days: standards.respondDays },
    resolve: { startedAt: clocks.receivedAt, reachedAt: clocks.resolvedAt, days: standards.resolveDays },
    followUp: { startedAt: clocks.resolvedAt, reachedAt: clocks.followedUpAt, days: standards.followUpDays },
  };
}

/**
 * Pauses as they bear on a clock that stopped at `reachedAt`: later pauses are
 * irrelevant to it, and one still open when the milestone came ended there.
 */
function pausesUntil(pauses: readonly PauseInterval[], reachedAt: LocalDateTime): ClosedPause[] {
  return pauses
    .filter((pause) => pause.from < reachedAt)
    .map((pause) => ({
      from: pause.from,
      to: pause.to !== undefined && pause.to < reachedAt ? pause.to : reachedAt,
    }));
}

function check(
  clock: Clock,
  clocks: ComplaintClocks,
  calendar: WorkingCalendar,
  today: LocalDate,
): StandardCheck {
  const { startedAt, reachedAt } = clock;
  if (startedAt === undefined) {
    return { status: clocks.endedAt === undefined ? 'not_started' : 'not_applicable' };
  }
  const start = dateOf(startedAt);
  if (reachedAt !== undefined) {
    const pauses = pausesUntil(clocks.pauses, reachedAt);
    const dueDate = addRunningWorkingDaysClosed(start, clock.days, pauses, calendar);
    const reached = dateOf(reachedAt);
    const workingDaysTaken = runningWorkingDaysBetween(start, reached, pauses, calendar);
    if (reached <= dueDate) return { status: 'met', dueDate, workingDaysTaken };
    const workingDaysLate = Math.max(1, workingDaysBetween(dueDate, reached, calendar));
    return { status: 'missed', dueDate, workingDaysLate, workingDaysTaken };
  }
  if (clocks.endedAt !== undefined) return { status: 'not_applicable' };
  const dueDate = addRunningWorkingDays(start, clock.days, clocks.pauses, calendar);
  if (dueDate === undefined) return { status: 'paused' };
  if (today < dueDate) {
    return { status: 'on_time', dueDate, workingDaysLeft: workingDaysBetween(today, dueDate, calendar) };
  }
  if (today === dueDate) return { status: 'due_today', dueDate, workingDaysLeft: 0 };
  return {
    status: 'overdue',
    dueDate,
    workingDaysLate: Math.max(1, workingDaysBetween(dueDate, today, calendar)),
  };
}

/**
 * Checks a complaint against each standard as of `today`: due date, status,
 * and working days left, late or taken. Due dates follow the pause rule of
 * {@link addRunningWorkingDays}; a milestone reached on its due date is met.
 */
export function evaluateStandards(
  clocks: ComplaintClocks,
  standards: Standards,
  calendar: WorkingCalendar,
  today: LocalDate,
): Record<StandardKey, StandardCheck> {
  const byStandard = clocksFor(clocks, standards);
  return {
    acknowledge: check(byStandard.acknowledge, clocks, calendar, today),
    respond: check(byStandard.respond, clocks, calendar, today),
    resolve: check(byStandard.resolve, clocks, calendar, today),
    followUp: check(byStandard.followUp, clocks, calendar, today),
  };
}
