import Holidays from 'date-holidays';
import type { LocalDate } from './localDate';

let italy: Holidays | undefined;

/**
 * Italy's national public holidays (*feste nazionali*) of a year, as kept by the
 * `date-holidays` library: its maintainers follow changes in the law (e.g. 4
 * October, national again from 2026), which a hand-kept list would miss.
 * Regional and patron-saint days are not national; a studio adds its own as a
 * closure. The library is created on first use, so merely importing this
 * module costs nothing at start-up.
 */
export function italianPublicHolidays(year: number): LocalDate[] {
  italy ??= new Holidays('IT', { types: ['public'] });
  return italy
    .getHolidays(year)
    .filter((holiday) => holiday.type === 'public')
    .map((holiday) => holiday.date.slice(0, 10));
}
