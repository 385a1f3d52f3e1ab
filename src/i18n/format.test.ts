import { describe, expect, it } from 'vitest';
import { formatDayMonth, formatLocalDateTime } from './format';

describe('formatLocalDateTime', () => {
  it('shows Italian dates day first with a 24-hour clock', () => {
    expect(formatLocalDateTime('2026-04-03T09:30', 'it-IT')).toBe('03/04/2026, 09:30');
  });

  it('shows British English dates day first too', () => {
    expect(formatLocalDateTime('2026-04-03T21:05', 'en-GB')).toBe('03/04/2026, 21:05');
  });
});

describe('formatDayMonth', () => {
  it('shows a day without its year, in each language, from a formatter kept per locale', () => {
    expect(formatDayMonth('2026-04-07', 'it-IT')).toBe('07/04');
    expect(formatDayMonth('2026-04-07', 'en-GB')).toBe('07/04');
    expect(formatDayMonth('2026-12-25', 'it-IT')).toBe('25/12');
  });
});
