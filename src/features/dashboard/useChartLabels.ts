import { useTranslation } from 'react-i18next';

/** The texts every chart card needs: the chart/table switch and the empty state. */
export function useChartLabels() {
  const { t } = useTranslation();
  return {
    chart: t('dashboard.chart.chart'),
    table: t('dashboard.chart.table'),
    view: t('dashboard.chart.view'),
    empty: t('dashboard.chart.empty'),
  };
}
