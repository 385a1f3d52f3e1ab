import { dayNumber, fromDayNumber } from '../deadlines/localDate';

export const PERIOD_KINDS = ['month', 'quarter', 'year', 'custom'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** An inclusive range of days, `YYYY-MM-DD`. */
export interface DateRange {
  readonly from: string;
  readonly to: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
/** The last day of a month (1–12); month 13 is January of the next year, and so on. */
function lastDayOf(year: number, month: number): string {
  const next = month === 12 ? `${year + 1}-01-01` : `${year}-${pad(month + 1)}-01`;
  return fromDayNumber(dayNumber(next) - 1);
}

/**
 * The calendar month, quarter or year containing `today`, or the custom range
 * as given; a reversed custom range is put the right way round.
 */
export function periodRange(kind: PeriodKind, today: string, custom?: DateRange): DateRange {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  switch (kind) {
    case 'month':
      return { from: `${year}-${pad(month)}-01`, to: lastDayOf(year, month) };
    case 'quarter': {
      const first = month - ((month - 1) % 3);
      return { from: `${year}-${pad(first)}-01`, to: lastDayOf(year, first + 2) };
    }
    case 'year':
      return { from: `${year}-01-01`, to: `${year}-12-31` };
    case 'custom': {
      const range = custom ?? { from: today, to: today };
      return range.from <= range.to ? range : { from: range.to, to: range.from };
    }
  }
}

/** The months `YYYY-MM` a range touches, oldest first. */
export function monthsOf(range: DateRange): string[] {
  const months: string[] = [];
  let y = Number(range.from.slice(0, 4));
  let m = Number(range.from.slice(5, 7));
  const last = range.to.slice(0, 7);
  for (;;) {
    const key = `${y}-${pad(m)}`;
    if (key > last) return months;
    months.push(key);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
}

/** The 12 months ending with the one that contains `to`: the window of trend charts. */
export function trendRange(range: DateRange): DateRange {
  const y = Number(range.to.slice(0, 4));
  const m = Number(range.to.slice(5, 7));
  const startMonth = m === 12 ? 1 : m + 1;
  const startYear = m === 12 ? y : y - 1;
  return { from: `${startYear}-${pad(startMonth)}-01`, to: range.to };
}

/** A range as the months it covers whole, and the stretches of days at its ends that are not whole months. */
export interface MonthSplit {
  readonly wholeMonths: string[];
  readonly partDays: DateRange[];
}

export function splitByMonth(range: DateRange): MonthSplit {
  const wholeMonths: string[] = [];
  const partDays: DateRange[] = [];
  for (const month of monthsOf(range)) {
    const first = `${month}-01`;
    const last = lastDayOf(Number(month.slice(0, 4)), Number(month.slice(5, 7)));
    const from = range.from > first ? range.from : first;
    const to = range.to < last ? range.to : last;
    if (from === first && to === last) wholeMonths.push(month);
    else partDays.push({ from, to });
  }
  return { wholeMonths, partDays };
}
