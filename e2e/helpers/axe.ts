import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * What axe finds against WCAG 2.1 A/AA in the part of the page `within` selects
 * (a dialog, a settings panel), one line per rule; empty when nothing.
 */
export async function wcagViolations(page: Page, within: string): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .include(within)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
