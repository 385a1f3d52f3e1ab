import { useTranslation } from 'react-i18next';
import { formatDay, formatEuro } from '../clients';
import { currentLanguage, LOCALE_OF } from '../../i18n';
import { formatInstant, formatLocalDateTime } from '../../i18n/format';

/** Dates, numbers and euros in the document's language. */
export function useDocFormat() {
  const { i18n } = useTranslation();
  const language = currentLanguage(i18n.language);
  const locale = LOCALE_OF[language];
  return {
    language,
    locale,
    /** A `YYYY-MM-DD` day, or the day of a local date-time. */
    day: (value: string) => formatDay(value.slice(0, 10), locale),
    dateTime: (value: string) => formatLocalDateTime(value, locale),
    instant: (iso: string) => formatInstant(iso, locale),
    euro: (value: number) => formatEuro(value, locale),
    /** A share given as 0–100. */
    percent: (value: number) =>
      new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100),
    number: (value: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value),
    /** A difference such as a gap, with its sign; a dash when unknown. */
    signed: (value: number | undefined) =>
      value === undefined
        ? '—'
        : new Intl.NumberFormat(locale, { maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(
            value,
          ),
  };
}

export type DocFormat = ReturnType<typeof useDocFormat>;

/**
 * A name the save dialog accepts: characters Windows refuses in file names
 * become dashes, and runs of spaces collapse.
 */
export function safeFileName(name: string): string {
  const cleaned = name
    .replace(/[<>:"/\\|?*\p{Cc}]/gu, '-')
    .replace(/\s+/g, ' ')
    .trim();
  return cleaned.slice(0, 150) || 'Riparo';
}
