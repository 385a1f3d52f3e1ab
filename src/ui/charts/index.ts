export { ChartCard, type ChartCardProps, type ChartTable } from './ChartCard';
export { GapRadarChart, type GapPoint, type SeriesLabels } from './GapRadarChart';
export { BarsChart, type BarSeries } from './BarsChart';
export { ParetoChart, type ParetoPoint } from './ParetoChart';
export { GapTrendChart, NpsTrendChart, type NpsMonth } from './TrendCharts';
export { CHART_COLORS } from './theme';
