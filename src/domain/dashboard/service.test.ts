import { describe, expect, it } from 'vitest';
import { createWorkingCalendar, DEFAULT_STANDARDS } from '../deadlines';
import { italianPublicHolidays } from '../deadlines/italianHolidays';
import { DEFAULT_RECOVERY_ECONOMICS, lifetimeValue, type FollowUpRecord } from '../recovery';
import { addServiceTallies, serviceFigures, tallyService, type HandledComplaint } from './service';

const calendar = createWorkingCalendar({ publicHolidays: italianPublicHolidays });
const economics = DEFAULT_RECOVERY_ECONOMICS;
const followUp = (recovered: boolean): FollowUpRecord => ({
  at: '2026-04-01T10:00',
  satisfaction: recovered ? 5 : 1,
  feelings: [],
  recovered,
  note: '',
});
const proposal = (amount: number) => ({ description: 'Sconto', amount, hours: 1, proposedAt: '2026-03-03' });

// Monday 2 March 2026: no holiday until Easter.
const handled = (
  clientId: string,
  milestones: HandledComplaint['complaint']['milestones'],
  more: Partial<HandledComplaint> & { pauses?: HandledComplaint['complaint']['pauses'] } = {},
): HandledComplaint => ({
  complaint: {
    clientId,
    receivedAt: '2026-03-02T09:00',
    state: milestones.resolvedAt ? 'resolved' : 'acknowledged',
    milestones,
    pauses: more.pauses ?? [],
  },
  ...(more.recovery ? { recovery: more.recovery } : {}),
});

const tally = (rows: HandledComplaint[]) => tallyService(rows, DEFAULT_STANDARDS, calendar);
const figures = (rows: HandledComplaint[], annualValues = new Map<string, number>()) =>
  serviceFigures(tally(rows), DEFAULT_STANDARDS, annualValues, economics);

describe('the service tiles', () => {
  it('takes the median working days to acknowledge and resolve, and the share of standards met', () => {
    const result = figures([
      handled('a', { acknowledgedAt: '2026-03-04T10:00', resolvedAt: '2026-03-16T10:00' }),
      handled('b', { acknowledgedAt: '2026-03-03T10:00' }),
      handled('c', { acknowledgedAt: '2026-03-09T10:00' }),
    ]);
    expect(result.acknowledge).toEqual({ medianDays: 2, targetDays: 2 });
    expect(result.resolve).toEqual({ medianDays: 10, targetDays: 30 });
    // Four milestones reached, the five-day acknowledgement late.
    expect(result.standardsMetPercent).toBe(75);
  });

  it('does not count the days the clock was paused waiting for the client', () => {
    const paused = handled(
      'a',
      { acknowledgedAt: '2026-03-06T10:00' },
      { pauses: [{ from: '2026-03-02T12:00', to: '2026-03-05T09:00', reason: 'Documenti' }] },
    );
    const result = figures([paused]);
    expect(result.acknowledge.medianDays).toBe(1);
    expect(result.standardsMetPercent).toBe(100);
  });

  it('gives no median and no percentages before anything was reached or followed up', () => {
    const result = figures([]);
    expect(result.acknowledge).toEqual({ targetDays: 2 });
    expect(result.standardsMetPercent).toBeUndefined();
    expect(result.recoveredPercent).toBeUndefined();
    expect(result.cost).toEqual({
      compensation: 0,
      lostClients: 0,
      lostValue: 0,
      unknownValues: 0,
      total: 0,
    });
  });

  it('counts recovered clients among the follow-ups and prices the lost ones once each', () => {
    const resolved = { acknowledgedAt: '2026-03-03T10:00', resolvedAt: '2026-03-10T10:00' };
    const result = figures(
      [
        handled('kept', resolved, { recovery: { proposal: proposal(200), followUp: followUp(true) } }),
        handled('lost', resolved, { recovery: { followUp: followUp(false) } }),
        handled('lost', resolved, { recovery: { followUp: followUp(false) } }),
        handled('unknown', resolved, { recovery: { proposal: proposal(80), followUp: followUp(false) } }),
        // Proposed but not yet resolved: nothing has been paid.
        handled('open', { acknowledgedAt: '2026-03-03T10:00' }, { recovery: { proposal: proposal(500) } }),
      ],
      new Map([['lost', 1000]]),
    );
    expect(result.followedUp).toBe(4);
    expect(result.recovered).toBe(1);
    expect(result.recoveredPercent).toBe(25);
    const wordOfMouth = 10 * 0.1 * 3000;
    const lostValue = (lifetimeValue(1000, economics) ?? 0) + 2 * wordOfMouth;
    expect(result.cost).toEqual({
      compensation: 280,
      lostClients: 2,
      lostValue,
      unknownValues: 1,
      total: 280 + lostValue,
    });
  });

  it('takes the mean of the middle two times when their count is even', () => {
    const result = figures([
      handled('a', { acknowledgedAt: '2026-03-03T10:00' }),
      handled('b', { acknowledgedAt: '2026-03-05T10:00' }),
    ]);
    expect(result.acknowledge.medianDays).toBe(2);
  });

  it('gives the same figures from two tallies added as from one tally of all the complaints', () => {
    const resolved = { acknowledgedAt: '2026-03-03T10:00', resolvedAt: '2026-03-10T10:00' };
    const march = [
      handled('a', resolved, { recovery: { proposal: proposal(120), followUp: followUp(false) } }),
      handled('b', { acknowledgedAt: '2026-03-09T10:00' }),
    ];
    const april = [
      handled(
        'a',
        { ...resolved, resolvedAt: '2026-03-20T10:00' },
        { recovery: { followUp: followUp(false) } },
      ),
      handled('c', resolved, { recovery: { followUp: followUp(true) } }),
      handled('d', { acknowledgedAt: '2026-03-04T10:00' }),
    ];
    const annual = new Map([['a', 2000]]);
    const added = serviceFigures(
      addServiceTallies(tally(march), tally(april)),
      DEFAULT_STANDARDS,
      annual,
      economics,
    );
    expect(added).toEqual(figures([...march, ...april], annual));
    // Client "a", lost in both, is one lost client.
    expect(added.cost.lostClients).toBe(1);
  });
});
