import { describe, expect, it } from 'vitest';
import { addScores, dimensionGap, emptySums, isLevel, summarise, worstGap } from './servqual';

describe('the gap on a dimension', () => {
  it('is perceived − offered and perceived − expected', () => {
    expect(dimensionGap({ offered: 6, perceived: 3, expected: 5 })).toEqual({
      vsOffered: -3,
      vsExpected: -2,
    });
    expect(dimensionGap({ offered: 4, perceived: 6 })).toEqual({ vsOffered: 2 });
  });

  it('is unknown without the perceived level', () => {
    expect(dimensionGap({ offered: 6, expected: 5 })).toEqual({});
    expect(dimensionGap(undefined)).toEqual({});
  });
});

describe('levels', () => {
  it('are whole numbers from 1 to 7', () => {
    expect([1, 7, 4].every(isLevel)).toBe(true);
    expect([0, 8, 3.5, '5'].some(isLevel)).toBe(false);
  });
});

describe('summarising many assessments', () => {
  it('averages each side per dimension and takes the gap of the means', () => {
    const sums = emptySums();
    addScores(sums, { reliability: { offered: 6 } });
    addScores(sums, { reliability: { offered: 7 } });
    addScores(sums, { reliability: { perceived: 4, expected: 6 }, empathy: { perceived: 5 } });
    addScores(sums, { reliability: { perceived: 5 } });
    const byDimension = Object.fromEntries(summarise(sums).map((s) => [s.dimension, s]));
    expect(byDimension['reliability']).toEqual({
      dimension: 'reliability',
      offered: 6.5,
      perceived: 4.5,
      expected: 6,
      gap: -2,
      gapVsExpected: -1.5,
    });
    expect(byDimension['empathy']).toEqual({ dimension: 'empathy', perceived: 5 });
    expect(byDimension['tangibles']).toEqual({ dimension: 'tangibles' });
  });

  it('sets what clients expect against what the studio predicted they expect', () => {
    const sums = emptySums();
    addScores(sums, { responsiveness: { offered: 6, predicted: 4 } });
    addScores(sums, { responsiveness: { perceived: 5, expected: 7 } });
    addScores(sums, { responsiveness: { perceived: 4, expected: 6 } });
    addScores(sums, { empathy: { predicted: 5 } });
    const byDimension = Object.fromEntries(summarise(sums).map((s) => [s.dimension, s]));
    expect(byDimension['responsiveness']).toMatchObject({ expected: 6.5, predicted: 4, predictionGap: 2.5 });
    expect(byDimension['empathy']).toEqual({ dimension: 'empathy', predicted: 5 });
  });

  it('finds the worst gap of one assessment', () => {
    expect(
      worstGap({ tangibles: { offered: 5, perceived: 6 }, reliability: { offered: 6, perceived: 2 } }),
    ).toBe(-4);
    expect(worstGap({ empathy: { perceived: 2 } })).toBeUndefined();
  });
});
