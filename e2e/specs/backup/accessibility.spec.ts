import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../../fixtures/app';
import { wipeRegister } from '../../helpers/registerDigest';
import { BackupPage } from '../../pages/BackupPage';

async function expectNoViolations(page: import('@playwright/test').Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

test('the backup section has no WCAG A/AA violations that axe can detect', async ({ page }) => {
  test.setTimeout(60_000);
  const backup = new BackupPage(page);
  await backup.open();
  await backup.button('Verifica la catena').click();
  await expect(page.getByText('La catena è integra', { exact: false })).toBeVisible();
  await expectNoViolations(page);
  await page.getByRole('tab', { name: 'Esporta il registro', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Esporta CSV', exact: true })).toBeVisible();
  await expectNoViolations(page);
});

test('the empty-register guard has no WCAG A/AA violations that axe can detect', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/#/clients/new');
  await page
    .getByRole('textbox', { name: 'Nome e cognome o ragione sociale', exact: false })
    .fill('Canarino Test');
  await page.getByRole('button', { name: 'Salva cliente', exact: false }).click();
  await expect(page.getByText('Canarino Test aggiunto ai clienti')).toBeVisible();
  await wipeRegister(page);
  await expect(page.getByRole('heading', { name: 'Il registro è vuoto' })).toBeVisible();
  await expectNoViolations(page);
  await page.getByRole('button', { name: 'Inizia con un registro vuoto' }).click();
  await expect(page.getByRole('heading', { name: 'Benvenuto in Riparo' })).toBeVisible();
});
