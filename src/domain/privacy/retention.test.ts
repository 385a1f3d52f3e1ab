import { describe, expect, it } from 'vitest';
import {
  closedOn,
  isRetentionDue,
  isRetentionRunDue,
  isValidRetentionYears,
  retentionCutoff,
} from './retention';

describe('retention', () => {
  it('is due on the anniversary of closing, years later, and not the day before', () => {
    expect(isRetentionDue('2020-05-10', 5, '2025-05-09')).toBe(false);
    expect(isRetentionDue('2020-05-10', 5, '2025-05-10')).toBe(true);
    expect(isRetentionDue('2020-05-10', 5, '2026-01-01')).toBe(true);
  });

  it('counts a complaint closed on 29 February as due on 1 March of a common year', () => {
    expect(isRetentionDue('2024-02-29', 1, '2025-02-28')).toBe(false);
    expect(isRetentionDue('2024-02-29', 1, '2025-03-01')).toBe(true);
  });

  it('counts back to 28 February from a 29th when that year has none', () => {
    expect(retentionCutoff(5, '2026-05-10')).toBe('2021-05-10');
    expect(retentionCutoff(1, '2028-02-29')).toBe('2027-02-28');
    expect(retentionCutoff(4, '2028-02-29')).toBe('2024-02-29');
    expect(isRetentionDue('2027-02-28', 1, '2028-02-29')).toBe(true);
  });

  it('takes the closing day from closed and unfounded complaints only', () => {
    const milestones = { closedAt: '2021-03-04T10:00' };
    expect(closedOn({ state: 'closed', milestones })).toBe('2021-03-04');
    expect(closedOn({ state: 'unfounded', milestones })).toBe('2021-03-04');
    expect(closedOn({ state: 'resolved', milestones })).toBeUndefined();
  });

  it('accepts whole years from 1 to 50', () => {
    expect([0, 1, 10, 50, 51, 2.5].map(isValidRetentionYears)).toEqual([
      false,
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});

describe('the automatic retention run', () => {
  it('waits for the first run by hand, then runs once a day', () => {
    expect(isRetentionRunDue(5, '', '2026-05-02')).toBe(false);
    expect(isRetentionRunDue(5, '2026-05-01', '2026-05-02')).toBe(true);
    expect(isRetentionRunDue(5, '2026-05-02', '2026-05-02')).toBe(false);
  });

  it('never runs while the retention is off', () => {
    expect(isRetentionRunDue(null, '2026-05-01', '2026-05-02')).toBe(false);
  });
});
