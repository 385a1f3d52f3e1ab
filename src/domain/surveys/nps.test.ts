import { describe, expect, it } from 'vitest';
import { addToTally, csatPercent, EMPTY_TALLY, needsFollowUp, npsCategory, npsScore } from './nps';

const tallyOf = (scores: number[]) => scores.reduce(addToTally, EMPTY_TALLY);

describe('NPS', () => {
  it('classifies 9–10 as promoters, 7–8 as passives, 0–6 as detractors', () => {
    expect([0, 6, 7, 8, 9, 10].map(npsCategory)).toEqual([
      'detractor',
      'detractor',
      'passive',
      'passive',
      'promoter',
      'promoter',
    ]);
  });

  it('is the share of promoters minus the share of detractors', () => {
    // 5 promoters, 3 passives, 2 detractors out of 10 → 50 % − 20 % = 30.
    expect(npsScore(tallyOf([10, 9, 9, 10, 9, 7, 8, 7, 3, 6]))).toBe(30);
    expect(npsScore(tallyOf([0, 1, 2]))).toBe(-100);
    expect(npsScore(tallyOf([9, 10]))).toBe(100);
  });

  it('rounds to a whole number and has no score without answers', () => {
    expect(npsScore(tallyOf([10, 8, 5]))).toBe(0);
    expect(npsScore(tallyOf([10, 10, 5]))).toBe(33);
    expect(npsScore(EMPTY_TALLY)).toBeUndefined();
  });
});

describe('CSAT', () => {
  it('is the share of 4s and 5s', () => {
    expect(csatPercent({ answers: 8, satisfied: 6 })).toBe(75);
    expect(csatPercent({ answers: 3, satisfied: 2 })).toBe(67);
    expect(csatPercent({ answers: 0, satisfied: 0 })).toBeUndefined();
  });
});

describe('automatic follow-up', () => {
  it('opens for a detractor or a CSAT of 2 or less, not otherwise', () => {
    expect(needsFollowUp({ nps: 6, csat: 5 })).toBe(true);
    expect(needsFollowUp({ nps: 10, csat: 2 })).toBe(true);
    expect(needsFollowUp({ nps: 7, csat: 3 })).toBe(false);
  });
});
