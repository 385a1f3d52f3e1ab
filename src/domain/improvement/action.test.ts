import { describe, expect, it } from 'vitest';
import {
  actionsForPeriod,
  changePercent,
  effectivenessWindows,
  judgeEffectiveness,
  type ImprovementAction,
} from './action';

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

describe('the actions a period reviews', () => {
  const action = (id: string, changes: Partial<ImprovementAction>): ImprovementAction => ({
    id,
    description: id,
    cause: 'pricing',
    dueDate: '2026-06-30',
    startedOn: '2026-02-01',
    status: 'in_progress',
    complaintIds: [],
    checks: [],
    createdAt: '2026-02-01T09:00:00.000Z',
    updatedAt: '2026-02-01T09:00:00.000Z',
    ...changes,
  });
  const q2 = { from: '2026-04-01', to: '2026-06-30' };

  it('keeps open actions and those closed or checked within the period, and leaves out later and older ones', () => {
    const actions = [
      action('open', {}),
      action('closedInPeriod', { status: 'done', updatedAt: '2026-05-10T10:00:00.000Z' }),
      action('checkedInPeriod', {
        status: 'done',
        updatedAt: '2026-03-01T10:00:00.000Z',
        checks: [{ checkedOn: '2026-04-15', before: 5, after: 2, note: '' }],
      }),
      action('closedBefore', { status: 'dropped', updatedAt: '2026-03-20T10:00:00.000Z' }),
      action('startedAfter', { startedOn: '2026-07-01' }),
    ];
    expect(actionsForPeriod(actions, q2).map((a) => a.id)).toEqual([
      'open',
      'closedInPeriod',
      'checkedInPeriod',
    ]);
  });
});
