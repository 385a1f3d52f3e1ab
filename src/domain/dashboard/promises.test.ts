import { describe, expect, it } from 'vitest';
import { brokenPromisesByKind } from './promises';

describe('broken promises by kind', () => {
  it('counts each promise broken by a complaint of the period once, most broken kind first', () => {
    const period = new Set(['c1', 'c2', 'c3']);
    expect(
      brokenPromisesByKind(
        [
          { kind: 'deadline', brokenByComplaintIds: ['c1'] },
          { kind: 'fee_estimate', brokenByComplaintIds: ['c2', 'c3'] },
          { kind: 'fee_estimate', brokenByComplaintIds: ['c3'] },
          { kind: 'outcome', brokenByComplaintIds: ['old'] },
          { kind: 'reply_time', brokenByComplaintIds: [] },
        ],
        period,
      ),
    ).toEqual([
      { kind: 'fee_estimate', count: 2 },
      { kind: 'deadline', count: 1 },
    ]);
  });
});
