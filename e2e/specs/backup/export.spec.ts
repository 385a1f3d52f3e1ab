import { readFile } from 'node:fs/promises';
import { expect, test } from '../../fixtures/app';
import { SettingsPage } from '../../pages/SettingsPage';

test('the register exports as a CSV for Italian Excel and as an .xlsx workbook', async ({ page }) => {
  test.setTimeout(60_000);
  const settings = new SettingsPage(page);
  await page.goto('/#/settings/demo');
  await settings.button('Carica il registro dimostrativo').click();
  await expect(page.getByRole('tabpanel')).toContainText(/Registro dimostrativo caricato/, {
    timeout: 20_000,
  });

  await settings.section('Esporta il registro');
  const csvDownload = page.waitForEvent('download');
  await settings.button('Esporta CSV').click();
  const csv = await readFile(await (await csvDownload).path(), 'utf8');
  expect(csv.startsWith('\uFEFFProtocollo;Ricevuto il;Cliente;')).toBe(true);
  expect(csv).toMatch(/\r\nR-20\d\d-0001;\d\d\/\d\d\/20\d\d \d\d:\d\d;/);

  const xlsxDownload = page.waitForEvent('download');
  await settings.button('Esporta Excel (.xlsx)').click();
  const xlsx = await readFile(await (await xlsxDownload).path());
  expect(xlsx.subarray(0, 2).toString('latin1')).toBe('PK');
  expect((await xlsxDownload).suggestedFilename()).toMatch(/^riparo-registro-\d{4}-\d\d-\d\d\.xlsx$/);
});
