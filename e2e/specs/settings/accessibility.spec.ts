import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../../fixtures/app';

async function expectNoViolations(page: import('@playwright/test').Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

for (const section of [
  'studio',
  'user',
  'staff',
  'serviceAreas',
  'subCauses',
  'standards',
  'closures',
  'demo',
]) {
  test(`the settings section "${section}" has no WCAG A/AA violations that axe can detect`, async ({
    page,
  }) => {
    await page.goto(`/#/settings/${section}`);
    await expect(page.getByRole('tabpanel')).toBeVisible();
    await expectNoViolations(page);
  });
}

test.describe('first run', () => {
  test.use({ setupCompleted: false });

  test('the wizard has no WCAG A/AA violations that axe can detect', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Benvenuto in Riparo' })).toBeVisible();
    await expectNoViolations(page);
    await page.getByRole('button', { name: 'Prepara Riparo' }).click();
    await expect(page.getByRole('textbox', { name: 'Nome dello studio' })).toBeVisible();
    await expectNoViolations(page);
  });
});
