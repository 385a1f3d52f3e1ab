import type { Severity } from '../complaint';

/** Probabilities of keeping a client, by how the complaint went (domain.md §6, TARP). */
export interface KeepProbabilities {
  /** The client never complained. */
  readonly silent: number;
  /** Complained, and was not satisfied. */
  readonly unsatisfied: number;
  /** Complained, and was satisfied. */
  readonly satisfied: number;
  /** Complained, and was satisfied quickly. */
  readonly satisfiedQuickly: number;
}

/** The studio's figures for *Conviene recuperare?* (all editable in settings). */
export interface RecoveryEconomics {
  /** Share of fees that is margin (0–1). */
  readonly margin: number;
  /** Yearly probability that a client stays (0–1). */
  readonly retention: number;
  /** Yearly discount rate (≥ 0). */
  readonly discountRate: number;
  /** Years a relationship is expected to last from now; the value is summed over them. */
  readonly expectedYears: number;
  /** People a lost client talks to about the bad experience. */
  readonly wordOfMouthReach: number;
  /** Probability that one of them does not become (or stops being) a client (0–1). */
  readonly wordOfMouthLoss: number;
  /** What a new client is worth to the studio over the relationship, in euros. */
  readonly newClientValue: number;
  /** Cost of one hour of studio time, in euros. */
  readonly hourlyCost: number;
  /** Minor problems (low and medium severity) and major ones (high and critical). */
  readonly keep: { readonly minor: KeepProbabilities; readonly major: KeepProbabilities };
}

/**
 * Defaults until the studio sets its own: margin, retention and discount as for
 * a client's value at risk; eight years ahead; a lost client tells about ten
 * people, one in ten of whom is put off; keep-probabilities from the published
 * TARP studies, never facts about this studio.
 */
export const DEFAULT_RECOVERY_ECONOMICS: RecoveryEconomics = {
  margin: 0.35,
  retention: 0.85,
  discountRate: 0.05,
  expectedYears: 8,
  wordOfMouthReach: 10,
  wordOfMouthLoss: 0.1,
  newClientValue: 3000,
  hourlyCost: 60,
  keep: {
    minor: { silent: 0.37, unsatisfied: 0.46, satisfied: 0.7, satisfiedQuickly: 0.95 },
    major: { silent: 0.09, unsatisfied: 0.19, satisfied: 0.54, satisfiedQuickly: 0.82 },
  },
};

const clamp01 = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);
const nonNegative = (x: number) => (Number.isFinite(x) && x > 0 ? x : 0);

/**
 * The client's lifetime value: the yearly margin m = fees × margin, kept with
 * probability r each year and discounted at i, summed over the expected
 * years: m · Σₜ (r / (1 + i))ᵗ. Over an endless horizon this is the standard
 * m · r / (1 + i − r); the finite horizon keeps it finite even when r ≥ 1 + i.
 * Undefined when the client's annual value is unknown.
 */
export function lifetimeValue(annualValue: number | undefined, e: RecoveryEconomics): number | undefined {
  if (annualValue === undefined || !Number.isFinite(annualValue) || annualValue < 0) return undefined;
  const yearlyMargin = annualValue * clamp01(e.margin);
  const q = clamp01(e.retention) / (1 + nonNegative(e.discountRate));
  const years = Math.floor(nonNegative(e.expectedYears));
  // Σₜ₌₁ⁿ qᵗ, written so that q = 1 needs no special case.
  let sum = 0;
  let term = 1;
  for (let t = 1; t <= years; t++) {
    term *= q;
    sum += term;
  }
  return yearlyMargin * sum;
}

/** What a lost client costs in others put off: reach × probability × a new client's value. */
export function wordOfMouthLoss(e: RecoveryEconomics): number {
  return nonNegative(e.wordOfMouthReach) * clamp01(e.wordOfMouthLoss) * nonNegative(e.newClientValue);
}

export const keepProbabilitiesFor = (severity: Severity, e: RecoveryEconomics): KeepProbabilities =>
  severity === 'high' || severity === 'critical' ? e.keep.major : e.keep.minor;

export type RecoveryVerdict =
  /** The client's annual value is unknown: nothing to weigh the cost against. */
  | 'unknown'
  /** The proposed cost is within what recovering is worth. */
  | 'worth_it'
  /** The proposed cost exceeds what recovering is worth. */
  | 'not_worth_it';

export interface RecoveryAssessment {
  readonly verdict: RecoveryVerdict;
  /** Lifetime value plus word-of-mouth loss; undefined when unknown. */
  readonly valueAtRisk?: number;
  readonly lifetimeValue?: number;
  readonly wordOfMouth: number;
  /** Expected loss if the complaint is not resolved to the client's satisfaction. */
  readonly lossWithout?: number;
  /** Expected loss if it is resolved quickly and well. */
  readonly lossWith?: number;
  /** The most it is worth spending on the recovery: lossWithout − lossWith. */
  readonly worthSpending?: number;
  /** Compensation + hours × hourly cost. */
  readonly cost: number;
  /** worthSpending − cost: what the studio gains by recovering (negative: loses). */
  readonly net?: number;
}

/**
 * *Conviene recuperare?* The value at risk (lifetime value plus word of
 * mouth) times the chance of losing the client, without a recovery (the
 * client complained and stays unsatisfied) and with a quick one, gives the
 * most a recovery is worth; the proposed cost is compared with it.
 * Negative or non-numeric inputs count as zero.
 */
export function assessRecovery(input: {
  readonly annualValue: number | undefined;
  readonly severity: Severity;
  readonly compensation: number;
  readonly hours: number;
  readonly economics: RecoveryEconomics;
}): RecoveryAssessment {
  const e = input.economics;
  const cost = nonNegative(input.compensation) + nonNegative(input.hours) * nonNegative(e.hourlyCost);
  const wordOfMouth = wordOfMouthLoss(e);
  const clv = lifetimeValue(input.annualValue, e);
  if (clv === undefined) return { verdict: 'unknown', wordOfMouth, cost };
  const valueAtRisk = clv + wordOfMouth;
  const keep = keepProbabilitiesFor(input.severity, e);
  const lossWithout = valueAtRisk * (1 - clamp01(keep.unsatisfied));
  const lossWith = valueAtRisk * (1 - clamp01(keep.satisfiedQuickly));
  const worthSpending = Math.max(0, lossWithout - lossWith);
  const net = worthSpending - cost;
  return {
    verdict: net >= 0 ? 'worth_it' : 'not_worth_it',
    valueAtRisk,
    lifetimeValue: clv,
    wordOfMouth,
    lossWithout,
    lossWith,
    worthSpending,
    cost,
    net,
  };
}
