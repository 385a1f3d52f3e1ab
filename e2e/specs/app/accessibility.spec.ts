import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../../fixtures/app';

for (const [screen, path] of [
  ['the queue', '/#/complaints'],
  ['the intake form', '/#/complaints/new'],
] as const) {
  test(`${screen} has no WCAG A/AA violations that axe can detect`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  });
}
