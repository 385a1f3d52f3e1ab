import { describe, expect, it } from 'vitest';
import { DEFAULT_ECONOMICS, MAX_YEARS_OF_MARGIN, valueAtRisk } from './valueAtRisk';

describe('value at risk', () => {
  it('applies CLV = m·r/(1+i−r) with the default economics', () => {
    // m = 10 000 × 0.35 = 3 500; r/(1+i−r) = 0.85/0.20 = 4.25
    const result = valueAtRisk(10_000);
    expect(result).toEqual({ kind: 'estimated', value: expect.closeTo(14_875, 6) as number, capped: false });
  });

  it('uses the economics it is given', () => {
    const result = valueAtRisk(2_000, { margin: 0.5, retention: 0.5, discountRate: 0 });
    // m = 1 000; 0.5 / 0.5 = 1
    expect(result).toEqual({ kind: 'estimated', value: 1_000, capped: false });
  });

  it('is unknown, not zero, when the client has no annual value', () => {
    expect(valueAtRisk(undefined)).toEqual({ kind: 'unknown' });
    expect(valueAtRisk(Number.NaN)).toEqual({ kind: 'unknown' });
    expect(valueAtRisk(-1)).toEqual({ kind: 'unknown' });
  });

  it('is zero for a client with no fees or a zero margin', () => {
    expect(valueAtRisk(0)).toEqual({ kind: 'estimated', value: 0, capped: false });
    expect(valueAtRisk(5_000, { ...DEFAULT_ECONOMICS, margin: 0 })).toEqual({
      kind: 'estimated',
      value: 0,
      capped: false,
    });
  });

  it('caps and flags the value when retention reaches 1 + discount rate', () => {
    const atEdge = valueAtRisk(1_000, { margin: 0.5, retention: 1, discountRate: 0 });
    expect(atEdge).toEqual({ kind: 'estimated', value: 500 * MAX_YEARS_OF_MARGIN, capped: true });
    const beyond = valueAtRisk(1_000, { margin: 0.5, retention: 1, discountRate: -0.1 });
    expect(beyond).toEqual({ kind: 'estimated', value: 500 * MAX_YEARS_OF_MARGIN, capped: true });
  });

  it('caps a value that would exceed the most years of margin before the edge', () => {
    const nearEdge = valueAtRisk(1_000, { margin: 1, retention: 0.99, discountRate: 0 });
    expect(nearEdge).toEqual({ kind: 'estimated', value: 1_000 * MAX_YEARS_OF_MARGIN, capped: true });
  });
});
