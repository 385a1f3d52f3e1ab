import { describe, expect, it } from 'vitest';
import { parsePeriodKey, periodContaining, periodOf } from './period';

describe('periods', () => {
  it('spans a whole year, quarter or month, last day included', () => {
    expect(periodOf('year', 2026)).toMatchObject({ key: '2026', from: '2026-01-01', to: '2026-12-31' });
    expect(periodOf('quarter', 2026, 1)).toMatchObject({ key: '2026-Q1', from: '2026-01-01', to: '2026-03-31' });
    expect(periodOf('month', 2028, 2)).toMatchObject({ key: '2028-02', from: '2028-02-01', to: '2028-02-29' });
  });

  it('reads the keys it writes and nothing else', () => {
    for (const key of ['2026', '2026-Q4', '2026-11']) expect(parsePeriodKey(key)?.key).toBe(key);
    for (const key of ['2026-Q5', '2026-13', '26', '1999', '2026-1', 'x']) expect(parsePeriodKey(key)).toBeUndefined();
  });

  it('finds the period a day falls in', () => {
    expect(periodContaining('quarter', '2026-08-15').key).toBe('2026-Q3');
    expect(periodContaining('month', '2026-08-15').key).toBe('2026-08');
    expect(periodContaining('year', '2026-08-15').key).toBe('2026');
  });
});
