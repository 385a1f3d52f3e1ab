import { describe, expect, it } from 'vitest';
import { dateOf, dayNumber, fromDayNumber, isLocalDate, weekdayOf } from './localDate';

describe('local dates', () => {
  it('accepts real days and refuses impossible or malformed ones', () => {
    expect(isLocalDate('2028-02-29')).toBe(true);
    expect(isLocalDate('2026-02-29')).toBe(false);
    expect(isLocalDate('2026-04-31')).toBe(false);
    expect(isLocalDate('2026-4-3')).toBe(false);
    expect(isLocalDate('2026-04-03T09:30')).toBe(false);
  });

  it('takes the day of a local date-time', () => {
    expect(dateOf('2026-04-03T23:59')).toBe('2026-04-03');
  });

  it('counts whole days across daylight-saving changes and year ends', () => {
    expect(dayNumber('2026-03-30') - dayNumber('2026-03-28')).toBe(2);
    expect(dayNumber('2026-10-26') - dayNumber('2026-10-24')).toBe(2);
    expect(fromDayNumber(dayNumber('2025-12-31') + 1)).toBe('2026-01-01');
  });

  it('names weekdays from Sunday = 0', () => {
    expect(weekdayOf(dayNumber('2026-04-03'))).toBe(5);
    expect(weekdayOf(dayNumber('2026-04-05'))).toBe(0);
    expect(weekdayOf(dayNumber('1969-12-31'))).toBe(3);
  });

  it('refuses to count from a malformed date', () => {
    expect(() => dayNumber('03/04/2026')).toThrow(RangeError);
  });
});
