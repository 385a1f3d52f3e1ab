import { describe, expect, it } from 'vitest';
import type { Complaint } from '../complaint';
import { createWorkingCalendar, DEFAULT_STANDARDS } from '../deadlines';
import { periodOf } from './period';
import { buildPeriodicFigures, median, paretoOf } from './periodic';
import { italianPublicHolidays } from '../deadlines/italianHolidays';

let n = 0;
function aComplaint(overrides: Partial<Complaint> = {}): Complaint {
  n += 1;
  return {
    id: `id-${n}`,
    code: `R-2026-${String(n).padStart(4, '0')}`,
    clientId: 'c1',
    clientName: 'Rossi Mario',
    receivedAt: '2026-03-02T09:00',
    channel: 'email',
    cause: 'communication',
    severity: 'medium',
    title: 't',
    clientWords: 'w',
    expectation: 'e',
    feelings: [],
    remedyRequested: 'r',
    state: 'received',
    milestones: {},
    pauses: [],
    createdAt: '2026-03-02T08:00:00.000Z',
    updatedAt: '2026-03-02T08:00:00.000Z',
    ...overrides,
  };
}

const calendar = createWorkingCalendar({ publicHolidays: italianPublicHolidays });
const q1 = periodOf('quarter', 2026, 1);

describe('buildPeriodicFigures', () => {
  it('counts by state, cause, channel, severity and service area', () => {
    const figures = buildPeriodicFigures(
      [
        aComplaint({ cause: 'pricing', serviceAreaId: 'a1' }),
        aComplaint({ cause: 'pricing', channel: 'phone' }),
        aComplaint({ cause: 'other', state: 'acknowledged', milestones: { acknowledgedAt: '2026-03-02T10:00' } }),
      ],
      q1,
      DEFAULT_STANDARDS,
      calendar,
      '2026-03-03',
    );

    expect(figures.total).toBe(3);
    expect(figures.byCause).toMatchObject({ pricing: 2, other: 1, quality: 0 });
    expect(figures.byChannel).toMatchObject({ email: 2, phone: 1 });
    expect(figures.byState).toMatchObject({ received: 2, acknowledged: 1 });
    expect(figures.byServiceArea.get('a1')).toBe(1);
    expect(figures.byServiceArea.get('')).toBe(2);
    expect(figures.otherPercent).toBeCloseTo(33.33, 1);
  });

  it('judges each standard: met, missed, still open or overdue, with the median days taken', () => {
    // Received Monday 2 March 2026; acknowledging takes 2 working days at most.
    const onTime = aComplaint({ state: 'acknowledged', milestones: { acknowledgedAt: '2026-03-03T10:00' } });
    const late = aComplaint({ state: 'acknowledged', milestones: { acknowledgedAt: '2026-03-09T10:00' } });
    const waiting = aComplaint();

    const figures = buildPeriodicFigures([onTime, late, waiting], q1, DEFAULT_STANDARDS, calendar, '2026-03-20');

    expect(figures.standards.acknowledge).toMatchObject({ targetDays: 2, met: 1, missed: 1, overdue: 1, metPercent: 50 });
    expect(figures.standards.acknowledge.medianDays).toBe(3);
    expect(figures.standards.followUp.metPercent).toBeUndefined();
  });

  it('gives an empty period zeros and no percentages, not NaN', () => {
    const figures = buildPeriodicFigures([], q1, DEFAULT_STANDARDS, calendar, '2026-04-01');
    expect(figures.total).toBe(0);
    expect(figures.otherPercent).toBe(0);
    expect(figures.pareto).toEqual([]);
    expect(figures.standards.resolve.metPercent).toBeUndefined();
  });
});

describe('paretoOf', () => {
  it('orders causes by count and accumulates their share up to 100 %', () => {
    const bars = paretoOf(
      { quality: 1, personalization: 0, communication: 5, pricing: 3, after_sales: 1, profit_orientation: 0, other: 0 },
      10,
    );
    expect(bars.map((b) => b.cause)).toEqual(['communication', 'pricing', 'quality', 'after_sales']);
    expect(bars.map((b) => b.cumulativePercent)).toEqual([50, 80, 90, 100]);
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeUndefined();
  });
});
