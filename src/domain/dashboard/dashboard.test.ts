import { describe, expect, it } from 'vitest';
import { pareto } from './pareto';
import { monthsOf, periodRange, splitByMonth, trendRange } from './period';

describe('periods', () => {
  it('finds the month, quarter and year around a day', () => {
    expect(periodRange('month', '2028-02-10')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(periodRange('month', '2026-12-31')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(periodRange('quarter', '2026-05-20')).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(periodRange('quarter', '2026-11-02')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(periodRange('year', '2026-05-20')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('puts a reversed custom range the right way round', () => {
    expect(periodRange('custom', '2026-05-20', { from: '2026-03-10', to: '2026-01-05' })).toEqual({
      from: '2026-01-05',
      to: '2026-03-10',
    });
  });

  it('lists the months of a range and the year of trend before its end', () => {
    expect(monthsOf({ from: '2025-11-15', to: '2026-02-01' })).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
    expect(trendRange({ from: '2026-04-01', to: '2026-06-30' })).toEqual({
      from: '2025-07-01',
      to: '2026-06-30',
    });
    expect(monthsOf(trendRange({ from: '2026-12-01', to: '2026-12-31' }))).toHaveLength(12);
  });

  it('splits a range into its whole months and the days at its ends', () => {
    expect(splitByMonth({ from: '2025-11-15', to: '2026-02-28' })).toEqual({
      wholeMonths: ['2025-12', '2026-01', '2026-02'],
      partDays: [{ from: '2025-11-15', to: '2025-11-30' }],
    });
    expect(splitByMonth({ from: '2024-02-01', to: '2024-02-28' })).toEqual({
      wholeMonths: [],
      partDays: [{ from: '2024-02-01', to: '2024-02-28' }],
    });
    expect(splitByMonth({ from: '2026-03-10', to: '2026-03-12' }).partDays).toEqual([
      { from: '2026-03-10', to: '2026-03-12' },
    ]);
    expect(splitByMonth(periodRange('year', '2026-05-05')).wholeMonths).toHaveLength(12);
  });
});

describe('the Pareto of causes', () => {
  it('sorts by count and accumulates the shares', () => {
    const rows = pareto(
      new Map([
        ['pricing', 2],
        ['communication', 5],
        ['quality', 3],
        ['other', 0],
      ]),
    );
    expect(rows).toEqual([
      { key: 'communication', count: 5, share: 50, cumulative: 50 },
      { key: 'quality', count: 3, share: 30, cumulative: 80 },
      { key: 'pricing', count: 2, share: 20, cumulative: 100 },
    ]);
  });
});
