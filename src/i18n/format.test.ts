import { describe, expect, it } from 'vitest';
import { formatLocalDateTime } from './format';

describe('formatLocalDateTime', () => {
  it('shows Italian dates day first with a 24-hour clock', () => {
    expect(formatLocalDateTime('2026-04-03T09:30', 'it-IT')).toBe('03/04/2026, 09:30');
  });

  it('shows British English dates day first too', () => {
    expect(formatLocalDateTime('2026-04-03T21:05', 'en-GB')).toBe('03/04/2026, 21:05');
  });
});
