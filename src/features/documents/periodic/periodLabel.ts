import type { TFunction } from 'i18next';
import type { Period } from '../../../domain/reports';

/** A period as people say it: "marzo 2026", "1º trimestre 2026", "Anno 2026". */
export function periodLabel(period: Period, t: TFunction, locale: string): string {
  if (period.kind === 'year') return t('reports.periodic.year', { year: period.year });
  if (period.kind === 'quarter')
    return t('reports.periodic.quarter', { quarter: period.index, year: period.year });
  const month = new Intl.DateTimeFormat(locale, { month: 'long' }).format(
    new Date(period.year, period.index - 1, 1),
  );
  return t('reports.periodic.month', { month, year: period.year });
}
