import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../../fixtures/app';

async function expectNoViolations(page: import('@playwright/test').Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

for (const [name, path, heading] of [
  ['surveys', '/#/surveys', 'Sondaggi'],
  ['dashboard', '/#/dashboard', 'Cruscotto'],
  ['improvement actions', '/#/dashboard/actions', 'Cruscotto'],
  ['silent dissatisfaction', '/#/dashboard/silent', 'Cruscotto'],
  ['self-assessment', '/#/dashboard/self', 'Cruscotto'],
  ['kiosk', '/#/kiosk', "Sondaggio in sala d'attesa"],
] as const) {
  test(`the ${name} screen has no WCAG A/AA violations that axe can detect`, async ({ page }) => {
    // axe walks every chart's SVG: on a busy machine that takes a while.
    test.setTimeout(90_000);
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible({ timeout: 15_000 });
    await expectNoViolations(page);
  });
}
