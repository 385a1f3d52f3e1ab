import type { LocalDate } from '../deadlines';

export const PERIOD_KINDS = ['month', 'quarter', 'year'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** A reporting period: its key (`2026`, `2026-Q2`, `2026-05`) and its first and last day. */
export interface Period {
  readonly kind: PeriodKind;
  readonly key: string;
  readonly year: number;
  /** 1–12 for a month, 1–4 for a quarter, 1 for a year. */
  readonly index: number;
  readonly from: LocalDate;
  /** The last day, included. */
  readonly to: LocalDate;
}

const pad = (n: number) => String(n).padStart(2, '0');

function lastDayOf(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function span(year: number, firstMonth: number, months: number): Pick<Period, 'from' | 'to'> {
  const lastMonth = firstMonth + months - 1;
  return {
    from: `${year}-${pad(firstMonth)}-01`,
    to: `${year}-${pad(lastMonth)}-${pad(lastDayOf(year, lastMonth))}`,
  };
}

/** Builds the period of that kind, year and index (month 1–12, quarter 1–4; ignored for a year). */
export function periodOf(kind: PeriodKind, year: number, index = 1): Period {
  if (kind === 'year') return { kind, key: String(year), year, index: 1, ...span(year, 1, 12) };
  if (kind === 'quarter') {
    return { kind, key: `${year}-Q${index}`, year, index, ...span(year, (index - 1) * 3 + 1, 3) };
  }
  return { kind, key: `${year}-${pad(index)}`, year, index, ...span(year, index, 1) };
}

/**
 * Reads a period key as it appears in a document's address: `2026`,
 * `2026-Q2` or `2026-05`. Anything else (or a year outside 2000–2100) is
 * not a period.
 */
export function parsePeriodKey(key: string): Period | undefined {
  const match = /^(\d{4})(?:-Q([1-4])|-(0[1-9]|1[0-2]))?$/.exec(key);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (year < 2000 || year > 2100) return undefined;
  if (match[2]) return periodOf('quarter', year, Number(match[2]));
  if (match[3]) return periodOf('month', year, Number(match[3]));
  return periodOf('year', year);
}

/** The period of the given kind that contains `day`. */
export function periodContaining(kind: PeriodKind, day: LocalDate): Period {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  if (kind === 'year') return periodOf('year', year);
  if (kind === 'quarter') return periodOf('quarter', year, Math.ceil(month / 3));
  return periodOf('month', year, month);
}
