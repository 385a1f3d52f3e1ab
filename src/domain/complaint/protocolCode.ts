/**
 * Protocol codes number complaints per year, `R-<year>-<sequence>`, with at
 * least four digits so that codes sort as text in most registers.
 */
export function formatProtocolCode(year: number, sequence: number): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    throw new RangeError(`year out of range: ${year}`);
  }
  if (!Number.isInteger(sequence) || sequence < 1) {
    throw new RangeError(`sequence must be a positive integer: ${sequence}`);
  }
  return `R-${year}-${String(sequence).padStart(4, '0')}`;
}

/** The counter that numbers a year's complaints. */
export function protocolCounterKey(year: number): string {
  return `protocol:${year}`;
}

/** The calendar year of a local date-time `YYYY-MM-DD…`. */
export function yearOf(localDateTime: string): number {
  return Number(localDateTime.slice(0, 4));
}
