import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from './calendar';
import { nextDueDate } from './nextDue';
import { clocksOf, DEFAULT_STANDARDS, evaluateStandards } from './standards';
import { italianPublicHolidays } from './italianHolidays';

const calendar = createWorkingCalendar({ publicHolidays: italianPublicHolidays });
const standards = { ...DEFAULT_STANDARDS, acknowledgeDays: 1 };
const checksOf = (milestones: object, pauses: { from: string; to?: string; reason: string }[] = []) =>
  evaluateStandards(
    clocksOf({ receivedAt: '2026-04-03T10:00', state: 'received', milestones, pauses }),
    standards,
    calendar,
    '2026-04-03',
  );

describe('nextDueDate', () => {
  it('is the acknowledgement deadline for a new complaint: across the weekend and Easter Monday', () => {
    expect(nextDueDate(checksOf({}))).toBe('2026-04-07');
  });

  it('moves to the next running clock once a milestone is reached', () => {
    const due = nextDueDate(checksOf({ acknowledgedAt: '2026-04-03T11:00' }));
    expect(due).toBeDefined();
    expect(due && due > '2026-04-07').toBe(true);
  });

  it('is undefined while the clock is paused waiting for the client', () => {
    expect(nextDueDate(checksOf({}, [{ from: '2026-04-03T11:00', reason: 'documenti' }]))).toBeUndefined();
  });
});
