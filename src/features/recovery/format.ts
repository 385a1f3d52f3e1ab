/** Whole euros in the UI's locale: estimates shown to the cent would claim a precision they lack. */
export function formatEuro(value: number, locale: string): string {
  if (!Number.isFinite(value)) return '∞';
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'EUR',
    useGrouping: 'always',
    maximumFractionDigits: 0,
  }).format(value);
}

/** A `YYYY-MM-DD` day as the locale writes it. */
export function formatDay(day: string, locale: string): string {
  const [y, m, d] = day.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined) return day;
  return new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric' }).format(
    new Date(y, m - 1, d),
  );
}
