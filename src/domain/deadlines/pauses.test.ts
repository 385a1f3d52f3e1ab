import { describe, expect, it } from 'vitest';
import { addWorkingDays, createWorkingCalendar } from './calendar';
import { addRunningWorkingDays, runningWorkingDaysBetween } from './pauses';
import { italianPublicHolidays } from './italianHolidays';

const italy = createWorkingCalendar({ publicHolidays: italianPublicHolidays });

// Received Monday 2 March 2026; five working days fall due on Monday 9 March.
const received = '2026-03-02';

describe('addRunningWorkingDays', () => {
  it('is the plain working-day deadline when the clock never stopped', () => {
    expect(addRunningWorkingDays(received, 5, [], italy)).toBe(addWorkingDays(received, 5, italy));
  });

  it('moves the deadline by each working day after the pause started, through the day it ended', () => {
    // Paused Wed 4, Thu 5, Fri 6: three days later than Monday 9.
    const pauses = [{ from: '2026-03-03T10:00', to: '2026-03-06T12:00' }];
    expect(addRunningWorkingDays(received, 5, pauses, italy)).toBe('2026-03-12');
  });

  it('costs nothing for a pause that starts and ends on the same day', () => {
    const pauses = [{ from: '2026-03-03T09:00', to: '2026-03-03T17:00' }];
    expect(addRunningWorkingDays(received, 5, pauses, italy)).toBe('2026-03-09');
  });

  it('counts only working days of a pause that spans a weekend', () => {
    // Friday evening to Monday morning stops the clock for Monday only.
    const pauses = [{ from: '2026-03-06T17:00', to: '2026-03-09T09:00' }];
    expect(addRunningWorkingDays(received, 5, pauses, italy)).toBe('2026-03-10');
  });

  it('does not count overlapping pauses twice', () => {
    const pauses = [
      { from: '2026-03-03T10:00', to: '2026-03-05T10:00' },
      { from: '2026-03-04T10:00', to: '2026-03-06T10:00' },
    ];
    expect(addRunningWorkingDays(received, 5, pauses, italy)).toBe('2026-03-12');
  });

  it('does not move a deadline that had already passed when the pause started', () => {
    const pauses = [{ from: '2026-03-10T10:00', to: '2026-03-20T10:00' }];
    expect(addRunningWorkingDays(received, 5, pauses, italy)).toBe('2026-03-09');
  });

  it('has no deadline while an open pause holds the clock before it', () => {
    expect(addRunningWorkingDays(received, 5, [{ from: '2026-03-04T10:00' }], italy)).toBeUndefined();
  });

  it('keeps the deadline when the open pause started on or after it', () => {
    expect(addRunningWorkingDays(received, 5, [{ from: '2026-03-09T15:00' }], italy)).toBe('2026-03-09');
    expect(addRunningWorkingDays(received, 5, [{ from: '2026-03-11T15:00' }], italy)).toBe('2026-03-09');
  });
});

describe('runningWorkingDaysBetween', () => {
  it('leaves out the working days spent paused', () => {
    const pauses = [{ from: '2026-03-03T10:00', to: '2026-03-06T12:00' }];
    expect(runningWorkingDaysBetween(received, '2026-03-12', pauses, italy)).toBe(5);
  });

  it('stops counting at an open pause', () => {
    const pauses = [{ from: '2026-03-04T10:00' }];
    expect(runningWorkingDaysBetween(received, '2026-03-31', pauses, italy)).toBe(2);
  });
});
