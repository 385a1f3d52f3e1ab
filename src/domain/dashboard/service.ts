import type { Complaint } from '../complaint';
import {
  clocksOf,
  evaluateStandards,
  STANDARD_KEYS,
  type LocalDate,
  type Standards,
  type WorkingCalendar,
} from '../deadlines';
import { lifetimeValue, wordOfMouthLoss, type Recovery, type RecoveryEconomics } from '../recovery';
import { median } from '../reports';

/** One complaint of the period with what its recovery recorded and its client's annual fees. */
export interface HandledComplaint {
  readonly complaint: Pick<Complaint, 'clientId' | 'receivedAt' | 'state' | 'milestones' | 'pauses'>;
  readonly recovery?: Pick<Recovery, 'proposal' | 'followUp'>;
  /** The client's fees per year; undefined when the registry does not know them. */
  readonly annualValue?: number;
}

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

/**
 * Aggregates the period's complaints into the service tiles. Times are the
 * running working days each milestone took, as the complaint page counts
 * them (days paused waiting for the client do not count). A complaint's
 * compensation counts as paid once it is resolved; a client not recovered at
 * follow-up costs its lifetime value plus the word of mouth it spreads, once
 * however many of its complaints say so.
 */
export function serviceFigures(
  handled: Iterable<HandledComplaint>,
  standards: Standards,
  calendar: WorkingCalendar,
  today: LocalDate,
  economics: RecoveryEconomics,
): ServiceFigures {
  const taken = { acknowledge: [] as number[], resolve: [] as number[] };
  let met = 0;
  let reached = 0;
  let followedUp = 0;
  let recovered = 0;
  let compensation = 0;
  const lost = new Map<string, number | undefined>();

  for (const { complaint, recovery, annualValue } of handled) {
    const checks = evaluateStandards(clocksOf(complaint), standards, calendar, today);
    for (const key of STANDARD_KEYS) {
      const check = checks[key];
      if (check.status !== 'met' && check.status !== 'missed') continue;
      reached += 1;
      if (check.status === 'met') met += 1;
      if ((key === 'acknowledge' || key === 'resolve') && check.workingDaysTaken !== undefined)
        taken[key].push(check.workingDaysTaken);
    }
    if (complaint.milestones.resolvedAt !== undefined && recovery?.proposal)
      compensation += Math.max(0, recovery.proposal.amount);
    if (recovery?.followUp) {
      followedUp += 1;
      if (recovery.followUp.recovered) recovered += 1;
      else lost.set(complaint.clientId, annualValue);
    }
  }

  const wordOfMouth = wordOfMouthLoss(economics);
  let lostValue = 0;
  let unknownValues = 0;
  for (const annual of lost.values()) {
    const clv = lifetimeValue(annual, economics);
    if (clv === undefined) unknownValues += 1;
    lostValue += (clv ?? 0) + wordOfMouth;
  }
  const acknowledgeMedian = median(taken.acknowledge);
  const resolveMedian = median(taken.resolve);
  const metPercent = wholePercent(met, reached);
  const recoveredPercent = wholePercent(recovered, followedUp);
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
    followedUp,
    recovered,
    ...(recoveredPercent !== undefined && { recoveredPercent }),
    cost: {
      compensation,
      lostClients: lost.size,
      lostValue,
      unknownValues,
      total: compensation + lostValue,
    },
  };
}
