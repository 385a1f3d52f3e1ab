import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../../fixtures/app';

// axe takes long on a busy machine.
test.describe.configure({ timeout: 120_000 });

async function expectNoViolations(page: import('@playwright/test').Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

test('the reports screen and the policy settings have no WCAG A/AA violations that axe can detect', async ({
  page,
}) => {
  await page.goto('/#/reports');
  await expect(page.getByRole('heading', { level: 1, name: 'Report e documenti' })).toBeVisible();
  await expectNoViolations(page);
  await page.goto('/#/settings/policy');
  await expect(page.getByRole('textbox', { name: 'Testo della politica' })).toBeVisible();
  await expectNoViolations(page);
});

test('a document preview has no WCAG A/AA violations that axe can detect', async ({ page }) => {
  await page.goto('/#/print/survey-form');
  await expect(page.getByRole('heading', { level: 1, name: 'Questionario di soddisfazione' })).toBeVisible();
  await expectNoViolations(page);
});
