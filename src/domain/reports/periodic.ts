import {
  CAUSES,
  CHANNELS,
  COMPLAINT_STATES,
  SEVERITIES,
  type Cause,
  type Channel,
  type Complaint,
  type ComplaintState,
  type Severity,
} from '../complaint';
import {
  clocksOf,
  evaluateStandards,
  STANDARD_KEYS,
  type LocalDate,
  type StandardKey,
  type Standards,
  type WorkingCalendar,
} from '../deadlines';
import type { Period } from './period';

/** How the period's complaints fared against one standard. */
export interface StandardFigures {
  /** The studio's target, in working days. */
  readonly targetDays: number;
  readonly met: number;
  readonly missed: number;
  /** Still running (on time, due today, paused) or overdue at the report date. */
  readonly open: number;
  readonly overdue: number;
  /** Share of reached milestones that were on time, 0–100; undefined when none was reached. */
  readonly metPercent?: number;
  /** Median working days taken by the milestones reached; undefined when none was reached. */
  readonly medianDays?: number;
}

export interface ParetoBar {
  readonly cause: Cause;
  readonly count: number;
  /** Running share of all complaints up to and including this cause, 0–100. */
  readonly cumulativePercent: number;
}

/** The register's figures for one period, as the periodic report prints them. */
export interface PeriodicFigures {
  readonly period: Period;
  readonly total: number;
  readonly byState: Readonly<Record<ComplaintState, number>>;
  readonly byCause: Readonly<Record<Cause, number>>;
  readonly byChannel: Readonly<Record<Channel, number>>;
  readonly bySeverity: Readonly<Record<Severity, number>>;
  /** Complaints per service-area id; `''` counts those without one. */
  readonly byServiceArea: ReadonlyMap<string, number>;
  readonly standards: Readonly<Record<StandardKey, StandardFigures>>;
  /** Causes with at least one complaint, most frequent first. */
  readonly pareto: readonly ParetoBar[];
  /** Share of the period's complaints filed under "Altro", 0–100 (the taxonomy should make it rare). */
  readonly otherPercent: number;
}

const zeros = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** The median of a list of numbers (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

const percent = (part: number, whole: number) => (whole === 0 ? 0 : (part / whole) * 100);

/** Causes by count, most frequent first (ties in taxonomy order), with the running share. */
export function paretoOf(byCause: Readonly<Record<Cause, number>>, total: number): ParetoBar[] {
  let running = 0;
  return CAUSES.filter((cause) => byCause[cause] > 0)
    .sort((a, b) => byCause[b] - byCause[a])
    .map((cause) => {
      running += byCause[cause];
      return { cause, count: byCause[cause], cumulativePercent: percent(running, total) };
    });
}

/**
 * Aggregates the complaints received in `period` (the caller passes only
 * those) into the periodic report's figures. Each standard is judged as the
 * complaint page judges it, on `today`: reached milestones are met or missed,
 * the others still running or overdue.
 */
export function buildPeriodicFigures(
  complaints: Iterable<Complaint>,
  period: Period,
  standards: Standards,
  calendar: WorkingCalendar,
  today: LocalDate,
): PeriodicFigures {
  const byState = zeros(COMPLAINT_STATES);
  const byCause = zeros(CAUSES);
  const byChannel = zeros(CHANNELS);
  const bySeverity = zeros(SEVERITIES);
  const byServiceArea = new Map<string, number>();
  const taken = Object.fromEntries(STANDARD_KEYS.map((k) => [k, [] as number[]])) as Record<StandardKey, number[]>;
  const tallies = Object.fromEntries(
    STANDARD_KEYS.map((k) => [k, { met: 0, missed: 0, open: 0, overdue: 0 }]),
  ) as Record<StandardKey, { met: number; missed: number; open: number; overdue: number }>;
  let total = 0;

  for (const complaint of complaints) {
    total += 1;
    byState[complaint.state] += 1;
    byCause[complaint.cause] += 1;
    byChannel[complaint.channel] += 1;
    bySeverity[complaint.severity] += 1;
    const area = complaint.serviceAreaId ?? '';
    byServiceArea.set(area, (byServiceArea.get(area) ?? 0) + 1);
    const checks = evaluateStandards(clocksOf(complaint), standards, calendar, today);
    for (const key of STANDARD_KEYS) {
      const check = checks[key];
      const tally = tallies[key];
      if (check.status === 'met' || check.status === 'missed') {
        tally[check.status] += 1;
        if (check.workingDaysTaken !== undefined) taken[key].push(check.workingDaysTaken);
      } else if (check.status === 'overdue') {
        tally.overdue += 1;
      } else if (check.status === 'on_time' || check.status === 'due_today' || check.status === 'paused') {
        tally.open += 1;
      }
    }
  }

  const target: Record<StandardKey, number> = {
    acknowledge: standards.acknowledgeDays,
    respond: standards.respondDays,
    resolve: standards.resolveDays,
    followUp: standards.followUpDays,
  };
  const standardFigures = Object.fromEntries(
    STANDARD_KEYS.map((key) => {
      const { met, missed, open, overdue } = tallies[key];
      const reached = met + missed;
      const medianDays = median(taken[key]);
      const figures: StandardFigures = {
        targetDays: target[key],
        met,
        missed,
        open,
        overdue,
        ...(reached > 0 && { metPercent: percent(met, reached) }),
        ...(medianDays !== undefined && { medianDays }),
      };
      return [key, figures];
    }),
  ) as Record<StandardKey, StandardFigures>;

  return {
    period,
    total,
    byState,
    byCause,
    byChannel,
    bySeverity,
    byServiceArea,
    standards: standardFigures,
    pareto: paretoOf(byCause, total),
    otherPercent: percent(byCause.other, total),
  };
}
