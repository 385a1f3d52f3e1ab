import type { Complaint } from '../complaint';

/** The longest retention the studio may set, in years: beyond it the setting is surely a typo. */
export const MAX_RETENTION_YEARS = 50;

/** Whether a number of years is a retention the studio may set: a whole number from 1 to 50. */
export function isValidRetentionYears(years: number): boolean {
  return Number.isInteger(years) && years >= 1 && years <= MAX_RETENTION_YEARS;
}

/** The day a complaint was closed (`YYYY-MM-DD`), or undefined while it is still open. */
export function closedOn(complaint: Pick<Complaint, 'state' | 'milestones'>): string | undefined {
  if (complaint.state !== 'closed' && complaint.state !== 'unfounded') return undefined;
  return complaint.milestones.closedAt?.slice(0, 10);
}

/**
 * The last closing day (`YYYY-MM-DD`) past a retention of `years` on `today`:
 * the same day that many years before, or 28 February when that year has no 29th.
 */
export function retentionCutoff(years: number, today: string): string {
  const year = Number(today.slice(0, 4)) - years;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const monthDay = today.slice(5, 10) === '02-29' && !leap ? '02-28' : today.slice(5, 10);
  return `${String(year).padStart(4, '0')}-${monthDay}`;
}

/**
 * Whether a complaint closed on `closed` (`YYYY-MM-DD`) is past a retention of
 * `years` on `today`: its anniversary that many years later has come. A complaint
 * closed on 29 February is due on 1 March of a common year.
 */
export function isRetentionDue(closed: string, years: number, today: string): boolean {
  return closed <= retentionCutoff(years, today);
}

/**
 * Whether the automatic retention run should happen today: a retention is set,
 * the studio has run it once by hand after seeing the preview, and it has not
 * run yet today (`lastRun` and `today` are `YYYY-MM-DD`; `lastRun` is empty before the first run).
 */
export function isRetentionRunDue(years: number | null, lastRun: string, today: string): boolean {
  return years !== null && lastRun !== '' && lastRun < today;
}
