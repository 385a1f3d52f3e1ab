import type { Complaint } from '../complaint';
import {
  clocksOf,
  dateOf,
  evaluateStandards,
  STANDARD_KEYS,
  type Standards,
  type WorkingCalendar,
} from '../deadlines';
import { lifetimeValue, wordOfMouthLoss, type Recovery, type RecoveryEconomics } from '../recovery';

/** One complaint of the period with what its recovery recorded. */
export interface HandledComplaint {
  readonly complaint: Pick<Complaint, 'clientId' | 'receivedAt' | 'state' | 'milestones' | 'pauses'>;
  readonly recovery?: Pick<Recovery, 'proposal' | 'followUp'>;
}

/** Working days taken → how many milestones took them. */
export type DayCounts = Readonly<Record<number, number>>;

/**
 * What the service tiles are made of, in parts that add up: a month's tally
 * can be kept and a period's is the sum of its months'. Nothing in it depends
 * on the day it is computed (only milestones already reached count).
 */
export interface ServiceTally {
  readonly acknowledgeDays: DayCounts;
  readonly resolveDays: DayCounts;
  /** Milestones reached (all four standards), and of them those reached in time. */
  readonly reached: number;
  readonly met: number;
  readonly followedUp: number;
  readonly recovered: number;
  /** Compensation given on complaints that reached *Risolto*. */
  readonly compensation: number;
  /** Clients not recovered at follow-up, each once. */
  readonly lostClientIds: readonly string[];
}

export const EMPTY_SERVICE_TALLY: ServiceTally = {
  acknowledgeDays: {},
  resolveDays: {},
  reached: 0,
  met: 0,
  followedUp: 0,
  recovered: 0,
  compensation: 0,
  lostClientIds: [],
};

/** How long one milestone took, against the studio's target. */
export interface MilestoneTime {
  /** Median running working days (paused days excluded); undefined when none was reached. */
  readonly medianDays?: number;
  readonly targetDays: number;
}

/** What dissatisfaction cost the studio in the period, in euros. */
export interface DissatisfactionCost {
  /** Compensation given on complaints that reached *Risolto*. */
  readonly compensation: number;
  /** Clients not recovered at follow-up, each counted once. */
  readonly lostClients: number;
  /** Their lifetime value plus the word-of-mouth loss each causes. */
  readonly lostValue: number;
  /** Lost clients whose annual value is unknown: only their word of mouth is counted. */
  readonly unknownValues: number;
  readonly total: number;
}

/** The service tiles of the dashboard: speed against the standards, recovery, cost. */
export interface ServiceFigures {
  readonly acknowledge: MilestoneTime;
  readonly resolve: MilestoneTime;
  /** Share of reached milestones (all four standards) reached in time, 0–100, whole. */
  readonly standardsMetPercent?: number;
  /** Complaints whose follow-up was recorded, and of them those whose client was kept. */
  readonly followedUp: number;
  readonly recovered: number;
  /** recovered / followedUp, 0–100, whole; undefined before any follow-up. */
  readonly recoveredPercent?: number;
  readonly cost: DissatisfactionCost;
}

const wholePercent = (part: number, whole: number) =>
  whole === 0 ? undefined : Math.round((100 * part) / whole);

const countDay = (counts: Record<number, number>, days: number) => {
  counts[days] = (counts[days] ?? 0) + 1;
};

/**
 * Tallies complaints for the service tiles. Times are the running working
 * days each milestone took, as the complaint page counts them (days paused
 * waiting for the client do not count). A complaint's compensation counts as
 * paid once it is resolved; a client not recovered at follow-up is listed once
 * however many of its complaints say so.
 */
export function tallyService(
  handled: Iterable<HandledComplaint>,
  standards: Standards,
  calendar: WorkingCalendar,
): ServiceTally {
  const acknowledgeDays: Record<number, number> = {};
  const resolveDays: Record<number, number> = {};
  let { met, reached, followedUp, recovered, compensation } = EMPTY_SERVICE_TALLY;
  const lost = new Set<string>();

  for (const { complaint, recovery } of handled) {
    // Reached milestones are met or missed whatever the day: any "today" gives the same.
    const checks = evaluateStandards(clocksOf(complaint), standards, calendar, dateOf(complaint.receivedAt));
    for (const key of STANDARD_KEYS) {
      const check = checks[key];
      if (check.status !== 'met' && check.status !== 'missed') continue;
      reached += 1;
      if (check.status === 'met') met += 1;
      if (check.workingDaysTaken === undefined) continue;
      if (key === 'acknowledge') countDay(acknowledgeDays, check.workingDaysTaken);
      if (key === 'resolve') countDay(resolveDays, check.workingDaysTaken);
    }
    if (complaint.milestones.resolvedAt !== undefined && recovery?.proposal)
      compensation += Math.max(0, recovery.proposal.amount);
    if (recovery?.followUp) {
      followedUp += 1;
      if (recovery.followUp.recovered) recovered += 1;
      else lost.add(complaint.clientId);
    }
  }
  return {
    acknowledgeDays,
    resolveDays,
    met,
    reached,
    followedUp,
    recovered,
    compensation,
    lostClientIds: [...lost],
  };
}

function addDayCounts(a: DayCounts, b: DayCounts): DayCounts {
  const sum: Record<number, number> = { ...a };
  for (const [days, count] of Object.entries(b)) sum[Number(days)] = (sum[Number(days)] ?? 0) + count;
  return sum;
}

/** Two tallies as one, e.g. two months as their sum; a client lost in both is still one client. */
export function addServiceTallies(a: ServiceTally, b: ServiceTally): ServiceTally {
  return {
    acknowledgeDays: addDayCounts(a.acknowledgeDays, b.acknowledgeDays),
    resolveDays: addDayCounts(a.resolveDays, b.resolveDays),
    reached: a.reached + b.reached,
    met: a.met + b.met,
    followedUp: a.followedUp + b.followedUp,
    recovered: a.recovered + b.recovered,
    compensation: a.compensation + b.compensation,
    lostClientIds: [...new Set([...a.lostClientIds, ...b.lostClientIds])],
  };
}

/** The median of the values counted: the middle one, or the mean of the middle two. */
function medianOfCounts(counts: DayCounts): number | undefined {
  const days = Object.keys(counts)
    .map(Number)
    .sort((a, b) => a - b);
  const total = days.reduce((sum, d) => sum + (counts[d] ?? 0), 0);
  if (total === 0) return undefined;
  // The values at 0-based positions lo and hi of the sorted list; equal when the count is odd.
  const lo = (total - 1) >> 1;
  const hi = total >> 1;
  let seen = 0;
  let low: number | undefined;
  for (const d of days) {
    seen += counts[d] ?? 0;
    if (low === undefined && seen > lo) low = d;
    if (seen > hi) return ((low ?? d) + d) / 2;
  }
  return undefined;
}

/**
 * The service tiles of a tally: median times against the targets, the share
 * of standards met and of clients recovered, and what dissatisfaction cost.
 * A lost client costs its lifetime value (from `annualValues`, its fees per
 * year, when the registry knows them) plus the word of mouth it spreads.
 */
export function serviceFigures(
  tally: ServiceTally,
  standards: Standards,
  annualValues: ReadonlyMap<string, number>,
  economics: RecoveryEconomics,
): ServiceFigures {
  const wordOfMouth = wordOfMouthLoss(economics);
  let lostValue = 0;
  let unknownValues = 0;
  for (const clientId of tally.lostClientIds) {
    const clv = lifetimeValue(annualValues.get(clientId), economics);
    if (clv === undefined) unknownValues += 1;
    lostValue += (clv ?? 0) + wordOfMouth;
  }
  const acknowledgeMedian = medianOfCounts(tally.acknowledgeDays);
  const resolveMedian = medianOfCounts(tally.resolveDays);
  const metPercent = wholePercent(tally.met, tally.reached);
  const recoveredPercent = wholePercent(tally.recovered, tally.followedUp);
  return {
    acknowledge: {
      targetDays: standards.acknowledgeDays,
      ...(acknowledgeMedian !== undefined && { medianDays: acknowledgeMedian }),
    },
    resolve: {
      targetDays: standards.resolveDays,
      ...(resolveMedian !== undefined && { medianDays: resolveMedian }),
    },
    ...(metPercent !== undefined && { standardsMetPercent: metPercent }),
    followedUp: tally.followedUp,
    recovered: tally.recovered,
    ...(recoveredPercent !== undefined && { recoveredPercent }),
    cost: {
      compensation: tally.compensation,
      lostClients: tally.lostClientIds.length,
      lostValue,
      unknownValues,
      total: tally.compensation + lostValue,
    },
  };
}
