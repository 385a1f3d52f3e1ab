/**
 * Colours and styles shared by every chart, as Mantine CSS variables: they
 * follow the light or dark scheme without the charts knowing which is on.
 */
export const CHART_COLORS = {
  offered: 'var(--mantine-color-blue-6)',
  perceived: 'var(--mantine-color-orange-6)',
  expected: 'var(--mantine-color-grape-5)',
  primary: 'var(--mantine-color-blue-6)',
  line: 'var(--mantine-color-red-6)',
  promoters: 'var(--mantine-color-teal-6)',
  passives: 'var(--mantine-color-gray-5)',
  detractors: 'var(--mantine-color-red-6)',
} as const;

export const AXIS_TICK = { fill: 'var(--mantine-color-dimmed)', fontSize: 12 };
export const GRID_STROKE = 'var(--mantine-color-default-border)';
export const TOOLTIP_STYLE = {
  contentStyle: {
    background: 'var(--mantine-color-body)',
    border: '1px solid var(--mantine-color-default-border)',
    borderRadius: 4,
    color: 'var(--mantine-color-text)',
    fontSize: 13,
  },
  itemStyle: { color: 'var(--mantine-color-text)' },
  labelStyle: { color: 'var(--mantine-color-text)', fontWeight: 600 },
};
export const LEGEND_STYLE = { fontSize: 12, color: 'var(--mantine-color-text)' };
export const CHART_HEIGHT = 260;
