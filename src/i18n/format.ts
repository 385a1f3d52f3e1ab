const DATE_TIME: Intl.DateTimeFormatOptions = {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
};

/**
 * Formats a local `YYYY-MM-DDTHH:mm` (no zone: the studio's own clock) for
 * display in the given locale, e.g. `03/04/2026, 09:30` in Italian.
 */
export function formatLocalDateTime(value: string, locale: string): string {
  const [date = '', time = '00:00'] = value.split('T');
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  if (y === undefined || m === undefined || d === undefined) return value;
  return new Intl.DateTimeFormat(locale, DATE_TIME).format(new Date(y, m - 1, d, hh ?? 0, mm ?? 0));
}

/** Formats an instant (ISO string with zone) in the user's time zone. */
export function formatInstant(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** A `YYYY-MM-DD` day as the locale writes it, e.g. `14/03/2026` in Italian. */
export function formatDay(day: string, locale: string): string {
  const [y, m, d] = day.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined) return day;
  return new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric' }).format(
    new Date(y, m - 1, d),
  );
}

/** A `YYYY-MM` month, short, for chart axes: `mar 26` in Italian, `Mar 26` in English. */
export function formatMonth(month: string, locale: string): string {
  const [y, m] = month.split('-').map(Number);
  if (y === undefined || m === undefined) return month;
  return new Intl.DateTimeFormat(locale, { month: 'short', year: '2-digit' }).format(new Date(y, m - 1, 1));
}
