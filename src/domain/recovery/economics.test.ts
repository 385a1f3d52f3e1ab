import { describe, expect, it } from 'vitest';
import {
  assessRecovery,
  DEFAULT_RECOVERY_ECONOMICS as E,
  lifetimeValue,
  wordOfMouthLoss,
  type RecoveryEconomics,
} from './economics';

const noMouth: RecoveryEconomics = { ...E, wordOfMouthReach: 0 };

describe('lifetimeValue', () => {
  it('approaches the standard m · r / (1 + i − r) over a long horizon', () => {
    const e = { ...E, expectedYears: 500 };
    const m = 10_000 * 0.35;
    expect(lifetimeValue(10_000, e)).toBeCloseTo((m * 0.85) / (1 + 0.05 - 0.85), 6);
  });

  it('sums the discounted, retained margin year by year over the expected years', () => {
    const e = { ...E, margin: 0.5, retention: 0.5, discountRate: 0, expectedYears: 2 };
    // m = 1000; 1000 · (0.5 + 0.25)
    expect(lifetimeValue(2000, e)).toBeCloseTo(750);
  });

  it('is undefined without an annual value, never zero', () => {
    expect(lifetimeValue(undefined, E)).toBeUndefined();
    expect(lifetimeValue(Number.NaN, E)).toBeUndefined();
    expect(lifetimeValue(-5, E)).toBeUndefined();
  });

  it('is zero with a zero margin', () => {
    expect(lifetimeValue(10_000, { ...E, margin: 0 })).toBe(0);
  });

  it('stays finite when r ≥ 1 + i, where the endless formula diverges', () => {
    const e = { ...E, retention: 1, discountRate: 0, expectedYears: 8 };
    expect(lifetimeValue(1000, e)).toBeCloseTo(1000 * 0.35 * 8);
  });

  it('is zero with no expected years left', () => {
    expect(lifetimeValue(1000, { ...E, expectedYears: 0 })).toBe(0);
  });
});

describe('wordOfMouthLoss', () => {
  it('is reach × loss probability × a new client’s value', () => {
    expect(wordOfMouthLoss(E)).toBeCloseTo(10 * 0.1 * 3000);
  });

  it('clamps a probability above 1 and ignores negative reach', () => {
    expect(wordOfMouthLoss({ ...E, wordOfMouthLoss: 3 })).toBe(10 * 3000);
    expect(wordOfMouthLoss({ ...E, wordOfMouthReach: -4 })).toBe(0);
  });
});

describe('assessRecovery', () => {
  const base = {
    annualValue: 4000,
    severity: 'high' as const,
    compensation: 0,
    hours: 0,
    economics: noMouth,
  };

  it('uses the major-problem keep probabilities for high severity', () => {
    const a = assessRecovery(base);
    const clv = lifetimeValue(4000, noMouth) ?? 0;
    expect(a.lossWithout).toBeCloseTo(clv * (1 - 0.19));
    expect(a.lossWith).toBeCloseTo(clv * (1 - 0.82));
    expect(a.worthSpending).toBeCloseTo(clv * (0.82 - 0.19));
  });

  it('uses the minor-problem probabilities for low severity', () => {
    const a = assessRecovery({ ...base, severity: 'low' });
    const clv = lifetimeValue(4000, noMouth) ?? 0;
    expect(a.worthSpending).toBeCloseTo(clv * (0.95 - 0.46));
  });

  it('counts hours at the hourly cost and says a cheap recovery is worth it', () => {
    const a = assessRecovery({ ...base, compensation: 100, hours: 2 });
    expect(a.cost).toBe(100 + 2 * 60);
    expect(a.verdict).toBe('worth_it');
    expect(a.net).toBeCloseTo((a.worthSpending ?? 0) - 220);
  });

  it('says a huge compensation is not worth it, with the shortfall', () => {
    const a = assessRecovery({ ...base, compensation: 1_000_000 });
    expect(a.verdict).toBe('not_worth_it');
    expect(a.net).toBeLessThan(-900_000);
  });

  it('gives no verdict without an annual value, but still the cost and word of mouth', () => {
    const a = assessRecovery({ ...base, annualValue: undefined, compensation: 50, economics: E });
    expect(a).toEqual({ verdict: 'unknown', wordOfMouth: 3000, cost: 50 });
  });

  it('with a zero margin still weighs the word-of-mouth loss', () => {
    const a = assessRecovery({ ...base, economics: { ...E, margin: 0 } });
    expect(a.lifetimeValue).toBe(0);
    expect(a.valueAtRisk).toBe(3000);
    expect(a.worthSpending).toBeCloseTo(3000 * (0.82 - 0.19));
  });

  it('with a zero margin and no word of mouth, any cost is not worth it but a free one is', () => {
    const e = { ...noMouth, margin: 0 };
    expect(assessRecovery({ ...base, economics: e }).verdict).toBe('worth_it');
    expect(assessRecovery({ ...base, economics: e, hours: 1 }).verdict).toBe('not_worth_it');
  });

  it('never values a recovery below zero when the probabilities are inverted', () => {
    const e = {
      ...noMouth,
      keep: {
        ...noMouth.keep,
        major: { silent: 0, unsatisfied: 0.9, satisfied: 0.5, satisfiedQuickly: 0.2 },
      },
    };
    expect(assessRecovery({ ...base, economics: e }).worthSpending).toBe(0);
  });

  it('treats negative and non-numeric costs as zero', () => {
    expect(assessRecovery({ ...base, compensation: -100, hours: Number.NaN }).cost).toBe(0);
  });
});
