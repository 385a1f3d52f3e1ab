import { describe, expect, it } from 'vitest';
import { italianPublicHolidays } from './italianHolidays';

describe('Italian public holidays', () => {
  it('lists the national holidays of 2026, Easter and 4 October included', () => {
    expect(italianPublicHolidays(2026)).toEqual([
      '2026-01-01',
      '2026-01-06',
      '2026-04-05',
      '2026-04-06',
      '2026-04-25',
      '2026-05-01',
      '2026-06-02',
      '2026-08-15',
      '2026-10-04',
      '2026-11-01',
      '2026-12-08',
      '2026-12-25',
      '2026-12-26',
    ]);
  });

  it('moves Easter Monday with Easter', () => {
    expect(italianPublicHolidays(2025)).toContain('2025-04-21');
    expect(italianPublicHolidays(2027)).toContain('2027-03-29');
  });

  it('has no 4 October before it became national again in 2026', () => {
    expect(italianPublicHolidays(2025)).not.toContain('2025-10-04');
    expect(italianPublicHolidays(2027)).toContain('2027-10-04');
  });

  it('leaves out regional and patron-saint days, which studios add as closures', () => {
    const holidays = italianPublicHolidays(2026);
    expect(holidays).not.toContain('2026-06-24');
    expect(holidays).not.toContain('2026-12-07');
    expect(holidays).not.toContain('2026-05-25');
  });
});
