import { describe, expect, it } from 'vitest';
import { formatProtocolCode, protocolCounterKey, yearOf } from './protocolCode';

describe('protocol codes', () => {
  it('pads the sequence to four digits', () => {
    expect(formatProtocolCode(2026, 1)).toBe('R-2026-0001');
    expect(formatProtocolCode(2026, 42)).toBe('R-2026-0042');
  });

  it('keeps sequences beyond 9999 whole', () => {
    expect(formatProtocolCode(2026, 12345)).toBe('R-2026-12345');
  });

  it('refuses a zero or fractional sequence and an implausible year', () => {
    expect(() => formatProtocolCode(2026, 0)).toThrow(RangeError);
    expect(() => formatProtocolCode(2026, 1.5)).toThrow(RangeError);
    expect(() => formatProtocolCode(26, 1)).toThrow(RangeError);
  });

  it('numbers each year with its own counter', () => {
    expect(protocolCounterKey(2025)).not.toBe(protocolCounterKey(2026));
    expect(yearOf('2026-04-03T09:30')).toBe(2026);
  });
});
