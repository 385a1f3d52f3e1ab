import type { LocalDate } from './localDate';

let italy: Promise<(year: number) => LocalDate[]> | undefined;

/**
 * Italy's public holidays, loaded the first time a deadline is counted: the
 * holiday library and its astronomy and time-zone dependencies are most of a
 * megabyte, which the queue should not wait for at start-up.
 */
export function loadItalianPublicHolidays(): Promise<(year: number) => LocalDate[]> {
  italy ??= import('./italianHolidays').then((module) => module.italianPublicHolidays);
  return italy;
}
