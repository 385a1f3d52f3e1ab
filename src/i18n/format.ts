const DATE_TIME: Intl.DateTimeFormatOptions = {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
};
const INSTANT: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };
const DAY: Intl.DateTimeFormatOptions = { day: '2-digit', month: '2-digit', year: 'numeric' };
const DAY_MONTH: Intl.DateTimeFormatOptions = { day: '2-digit', month: '2-digit' };
const MONTH: Intl.DateTimeFormatOptions = { month: 'short', year: '2-digit' };

const formats = new WeakMap<Intl.DateTimeFormatOptions, Map<string, Intl.DateTimeFormat>>();

/**
 * One formatter per set of options and locale, made on first use: making one
 * costs far more than using it, and the queue formats dozens of dates in every
 * frame while it scrolls.
 */
function dateFormat(options: Intl.DateTimeFormatOptions, locale: string): Intl.DateTimeFormat {
  let byLocale = formats.get(options);
  if (!byLocale) {
    byLocale = new Map();
    formats.set(options, byLocale);
  }
  let format = byLocale.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    byLocale.set(locale, format);
  }
  return format;
}

/**
 * Formats a local `YYYY-MM-DDTHH:mm` (no zone: the studio's own clock) for
 * display in the given locale, e.g. `03/04/2026, 09:30` in Italian.
 */
export function formatLocalDateTime(value: string, locale: string): string {
  const [date = '', time = '00:00'] = value.split('T');
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  if (y === undefined || m === undefined || d === undefined) return value;
  return dateFormat(DATE_TIME, locale).format(new Date(y, m - 1, d, hh ?? 0, mm ?? 0));
}

/** Formats an instant (ISO string with zone) in the user's time zone. */
export function formatInstant(iso: string, locale: string): string {
  return dateFormat(INSTANT, locale).format(new Date(iso));
}

/** A `YYYY-MM-DD` day as the locale writes it, e.g. `14/03/2026` in Italian. */
export function formatDay(day: string, locale: string): string {
  const [y, m, d] = day.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined) return day;
  return dateFormat(DAY, locale).format(new Date(y, m - 1, d));
}

/** A `YYYY-MM-DD` day without its year, e.g. `14/03` in Italian. */
export function formatDayMonth(day: string, locale: string): string {
  const [y, m, d] = day.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined) return day;
  return dateFormat(DAY_MONTH, locale).format(new Date(y, m - 1, d));
}

/** A `YYYY-MM` month, short, for chart axes: `mar 26` in Italian, `Mar 26` in English. */
export function formatMonth(month: string, locale: string): string {
  const [y, m] = month.split('-').map(Number);
  if (y === undefined || m === undefined) return month;
  return dateFormat(MONTH, locale).format(new Date(y, m - 1, 1));
}
