import { createTheme, type CSSVariablesResolver } from '@mantine/core';

/** A calm, dense desktop look: small default size, system fonts, one accent. */
export const theme = createTheme({
  primaryColor: 'indigo',
  // Shade 7 keeps white button text above the WCAG AA contrast ratio.
  primaryShade: { light: 7, dark: 5 },
  defaultRadius: 'sm',
  fontFamily: "'Segoe UI', system-ui, -apple-system, 'Noto Sans', 'DejaVu Sans', sans-serif",
  headings: { fontWeight: '650', sizes: { h1: { fontSize: '1.6rem' } } },
});

/** Mantine's default "dimmed" grey is too faint for AA contrast on white; use the next shade. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' },
  dark: { '--mantine-color-dimmed': 'var(--mantine-color-dark-1)' },
});
