import { describe, expect, it } from 'vitest';
import { DIMENSIONS } from './servqual';
import { isValidServqual, scoreServqual, SERVQUAL_ITEM_ORDER, SERVQUAL_ITEMS } from './servqualInstrument';

describe('the 22-item SERVQUAL instrument', () => {
  it('has 4, 5, 4, 4 and 5 items on the five dimensions, 22 distinct in all', () => {
    expect(DIMENSIONS.map((d) => SERVQUAL_ITEMS[d].length)).toEqual([4, 5, 4, 4, 5]);
    expect(new Set(SERVQUAL_ITEM_ORDER).size).toBe(22);
  });

  it('scores each dimension as the mean of its answered items, perceived and expected', () => {
    const scores = scoreServqual({
      mode: 'expectation_perception',
      perceived: { t1: 4, t2: 5, t3: 6, t4: 5, r1: 2, r2: 3, r3: 3, r4: 2, r5: 5, e1: 7 },
      expected: { t1: 6, t2: 6, t3: 6, t4: 6, r1: 7, r2: 7, r3: 6, r4: 7, r5: 7 },
    });
    expect(scores.tangibles).toEqual({ perceived: 5, expected: 6 });
    expect(scores.reliability).toEqual({ perceived: 3, expected: 6.8 });
    // The dimension gap equals the mean of the item gaps: (−5 −4 −3 −5 −2) / 5.
    expect((scores.reliability?.perceived ?? 0) - (scores.reliability?.expected ?? 0)).toBeCloseTo(-3.8);
    expect(scores.empathy).toEqual({ perceived: 7 });
    expect(scores.responsiveness).toBeUndefined();
  });

  it('ignores expectations in the perception-only mode', () => {
    const scores = scoreServqual({ mode: 'perception', perceived: { a1: 6, a2: 5 }, expected: { a1: 7 } });
    expect(scores).toEqual({ assurance: { perceived: 5.5 } });
  });

  it('accepts only levels from 1 to 7, at least one perception, and expectations only in E/P', () => {
    expect(isValidServqual({ mode: 'perception', perceived: { t1: 7 } })).toBe(true);
    expect(isValidServqual({ mode: 'perception', perceived: {} })).toBe(false);
    expect(isValidServqual({ mode: 'perception', perceived: { t1: 8 as 7 } })).toBe(false);
    expect(isValidServqual({ mode: 'perception', perceived: { t1: 5 }, expected: { t1: 6 } })).toBe(false);
    expect(
      isValidServqual({ mode: 'expectation_perception', perceived: { t1: 5 }, expected: { t1: 0 as 1 } }),
    ).toBe(false);
  });
});
