import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from '../../fixtures/app';
import { ClientsDetailPage } from '../../pages/ClientsDetailPage';
import { ClientsFormPage } from '../../pages/ClientsFormPage';

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('the client screens have no WCAG A/AA violations that axe can detect', async ({ page }) => {
  // Three full axe scans of dense screens: more than 30 s on two busy cores.
  test.slow();
  await page.goto('/#/clients/new');
  const form = new ClientsFormPage(page);
  await expect(form.newHeading).toBeVisible();
  expect(await violations(page)).toEqual([]);

  await form.fill({ name: 'Fittizio Caio', annualValue: '2.000' });
  await form.save();
  const detail = new ClientsDetailPage(page);
  await expect(detail.heading('Fittizio Caio')).toBeVisible();
  expect(await violations(page)).toEqual([]);

  await page.goto('/#/clients');
  await expect(page.getByRole('table', { name: 'Clienti in ordine alfabetico' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});
