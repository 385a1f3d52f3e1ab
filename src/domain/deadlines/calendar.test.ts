import { describe, expect, it } from 'vitest';
import { addWorkingDays, createWorkingCalendar, workingDaysBetween } from './calendar';
import { italianPublicHolidays } from './italianHolidays';
import { dayNumber } from './localDate';

const italy = createWorkingCalendar({ publicHolidays: italianPublicHolidays });

describe('working calendar', () => {
  it('works Monday to Friday and rests at weekends and on public holidays', () => {
    expect(italy.isWorkingDay('2026-04-03')).toBe(true);
    expect(italy.isWorkingDay('2026-04-04')).toBe(false);
    expect(italy.isWorkingDay('2026-04-05')).toBe(false);
    expect(italy.isWorkingDay('2026-04-06')).toBe(false);
    expect(italy.isWorkingDay('2026-04-07')).toBe(true);
  });

  it('closes on the studio closure ranges, both ends included', () => {
    const studio = createWorkingCalendar({
      publicHolidays: italianPublicHolidays,
      closures: [{ from: '2026-08-10', to: '2026-08-21' }],
    });
    expect(studio.isWorkingDay('2026-08-07')).toBe(true);
    expect(studio.isWorkingDay('2026-08-10')).toBe(false);
    expect(studio.isWorkingDay('2026-08-21')).toBe(false);
    expect(studio.isWorkingDay('2026-08-24')).toBe(true);
  });

  it('gives the same verdict for a day number as for its date, asked once or again, near or far', () => {
    let askedForYears = 0;
    const counted = createWorkingCalendar({
      publicHolidays: (year) => {
        askedForYears += 1;
        return italianPublicHolidays(year);
      },
    });
    for (const date of ['2026-04-06', '2026-04-07', '2026-04-11', '1900-01-01', '2300-12-25', '2300-12-27']) {
      expect(counted.isWorkingDayNumber(dayNumber(date))).toBe(italy.isWorkingDay(date));
      expect(counted.isWorkingDayNumber(dayNumber(date))).toBe(italy.isWorkingDay(date));
    }
    expect(askedForYears).toBe(3);
  });

  it('can count without public holidays when given none', () => {
    const noHolidays = createWorkingCalendar({ publicHolidays: () => [] });
    expect(noHolidays.isWorkingDay('2026-04-06')).toBe(true);
  });

  it('refuses a closure that ends before it starts or has a malformed date', () => {
    expect(() =>
      createWorkingCalendar({
        publicHolidays: italianPublicHolidays,
        closures: [{ from: '2026-08-21', to: '2026-08-10' }],
      }),
    ).toThrow(RangeError);
    expect(() =>
      createWorkingCalendar({
        publicHolidays: italianPublicHolidays,
        closures: [{ from: '2026-08-01', to: '2026-08-32' }],
      }),
    ).toThrow(RangeError);
  });
});

describe('addWorkingDays', () => {
  it('makes a Friday 3 April 2026 complaint with one working day due on Tuesday 7 April', () => {
    expect(addWorkingDays('2026-04-03', 1, italy)).toBe('2026-04-07');
  });

  it('means the same day for zero working days, even on a day off', () => {
    expect(addWorkingDays('2026-04-03', 0, italy)).toBe('2026-04-03');
    expect(addWorkingDays('2026-04-04', 0, italy)).toBe('2026-04-04');
  });

  it('does not count the start day, even when it is a day off', () => {
    expect(addWorkingDays('2026-04-04', 1, italy)).toBe('2026-04-07');
    expect(addWorkingDays('2026-04-08', 2, italy)).toBe('2026-04-10');
  });

  it('skips New Year and Epiphany across the year boundary', () => {
    expect(addWorkingDays('2025-12-31', 1, italy)).toBe('2026-01-02');
    expect(addWorkingDays('2025-12-31', 3, italy)).toBe('2026-01-07');
  });

  it('skips Ferragosto', () => {
    expect(addWorkingDays('2025-08-14', 1, italy)).toBe('2025-08-18');
  });

  it.each([
    ['Liberation Day, 25 April', '2025-04-24', '2025-04-28'],
    ['Labour Day, 1 May', '2025-04-30', '2025-05-02'],
    ['Republic Day, 2 June', '2025-05-30', '2025-06-03'],
    ['Saint Francis, 4 October', '2027-10-01', '2027-10-05'],
    ["All Saints' Day, 1 November", '2027-10-29', '2027-11-02'],
    ['the Immaculate Conception, 8 December', '2025-12-05', '2025-12-09'],
    ['Christmas and Saint Stephen, 25–26 December', '2025-12-24', '2025-12-29'],
  ])('skips %s', (_holiday, start, due) => {
    expect(addWorkingDays(start, 1, italy)).toBe(due);
  });

  it('skips the August closure and a patron saint day added as a one-day closure', () => {
    const studio = createWorkingCalendar({
      publicHolidays: italianPublicHolidays,
      closures: [
        { from: '2026-08-10', to: '2026-08-21' },
        { from: '2026-12-07', to: '2026-12-07' },
      ],
    });
    expect(addWorkingDays('2026-08-07', 1, studio)).toBe('2026-08-24');
    expect(addWorkingDays('2026-12-04', 1, studio)).toBe('2026-12-09');
  });

  it('refuses a negative or fractional number of days', () => {
    expect(() => addWorkingDays('2026-04-03', -1, italy)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-04-03', 1.5, italy)).toThrow(RangeError);
  });

  it('fails instead of searching forever when a closure swallows the years', () => {
    const closedForever = createWorkingCalendar({
      publicHolidays: italianPublicHolidays,
      closures: [{ from: '2026-01-01', to: '2099-12-31' }],
    });
    expect(() => addWorkingDays('2026-01-01', 1, closedForever)).toThrow(RangeError);
  });
});

describe('workingDaysBetween', () => {
  it('counts the working days after the first date up to and including the last', () => {
    expect(workingDaysBetween('2026-04-03', '2026-04-07', italy)).toBe(1);
    expect(workingDaysBetween('2026-04-03', '2026-04-06', italy)).toBe(0);
    expect(workingDaysBetween('2026-04-03', '2026-04-03', italy)).toBe(0);
  });

  it('is negative when the last date comes first', () => {
    expect(workingDaysBetween('2026-04-07', '2026-04-03', italy)).toBe(-1);
  });

  it('undoes addWorkingDays for any number of days', () => {
    for (const start of ['2025-12-19', '2026-04-03', '2026-08-08']) {
      for (let n = 0; n <= 40; n += 1) {
        expect(workingDaysBetween(start, addWorkingDays(start, n, italy), italy)).toBe(n);
      }
    }
  });
});
