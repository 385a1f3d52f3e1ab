import { describe, expect, it } from 'vitest';
import { readQueueState, toQueueFilter, writeQueueState } from './queueParams';

describe('queue state in the address', () => {
  it('round-trips through the address, leaving defaults out', () => {
    const state = readQueueState(
      new URLSearchParams('view=overdue&q=perche&cause=pricing&cause=quality&sort=code&dir=asc'),
    );
    expect(state).toMatchObject({ view: 'overdue', search: 'perche', causes: ['pricing', 'quality'] });
    expect(writeQueueState(state).toString()).toBe(
      'view=overdue&q=perche&cause=pricing&cause=quality&sort=code&dir=asc',
    );
    expect(writeQueueState(readQueueState(new URLSearchParams())).toString()).toBe('');
  });

  it('ignores values it does not know', () => {
    const state = readQueueState(
      new URLSearchParams('view=secret&state=deleted&cause=blame&sort=salary&dir=up'),
    );
    expect(state).toMatchObject({
      view: 'all',
      states: [],
      causes: [],
      sort: { key: 'receivedAt', direction: 'desc' },
    });
  });
});

describe('views', () => {
  const base = readQueueState(new URLSearchParams('state=closed'));

  it('"Scaduti" keeps complaints whose next deadline is before today', () => {
    expect(toQueueFilter({ ...base, view: 'overdue' }, '2026-04-07', null)).toMatchObject({
      dueBefore: '2026-04-07',
      states: ['closed'],
    });
  });

  it('"I miei aperti" fixes the open states and the current user, overriding the state filter', () => {
    const filter = toQueueFilter({ ...base, view: 'mine_open' }, '2026-04-07', 'staff-1');
    expect(filter.handlerIds).toEqual(['staff-1']);
    expect(filter.states).not.toContain('closed');
    expect(filter.states).toContain('received');
  });

  it('"Da richiamare" lists resolved complaints awaiting their follow-up', () => {
    expect(toQueueFilter({ ...base, view: 'to_call_back' }, '2026-04-07', null).states).toEqual(['resolved']);
  });
});
