import { describe, expect, it } from 'vitest';
import { changePercent, effectivenessWindows, judgeEffectiveness } from './action';

describe('effectiveness of an improvement action', () => {
  it('compares two windows of the same length either side of the start', () => {
    expect(effectivenessWindows('2026-03-01', '2026-04-01')).toEqual({
      before: { from: '2026-01-29', to: '2026-02-28' },
      after: { from: '2026-03-01', to: '2026-03-31' },
    });
  });

  it('compares at least one day when checked on the start day', () => {
    expect(effectivenessWindows('2026-03-01', '2026-03-01')).toEqual({
      before: { from: '2026-02-28', to: '2026-02-28' },
      after: { from: '2026-03-01', to: '2026-03-01' },
    });
  });

  it('says whether complaints of the cause dropped, and by how much', () => {
    expect(judgeEffectiveness({ before: 8, after: 2 })).toBe('improved');
    expect(judgeEffectiveness({ before: 3, after: 3 })).toBe('unchanged');
    expect(judgeEffectiveness({ before: 1, after: 4 })).toBe('worse');
    expect(changePercent({ before: 8, after: 2 })).toBe(-75);
    expect(changePercent({ before: 0, after: 2 })).toBeUndefined();
  });
});
