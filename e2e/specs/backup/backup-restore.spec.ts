import { readFile } from 'node:fs/promises';
import { expect, test } from '../../fixtures/app';
import { registerDigest, wipeRegister } from '../../helpers/registerDigest';
import { BackupPage } from '../../pages/BackupPage';
import { SettingsPage } from '../../pages/SettingsPage';

/** The file with one bit flipped, as a failing disk or a bad copy would leave it. */
function flipBit(file: Buffer, at: number): Buffer {
  const copy = Buffer.from(file);
  copy[at] = (copy[at] ?? 0) ^ 0x04;
  return copy;
}

async function loadDemo(page: import('@playwright/test').Page) {
  const settings = new SettingsPage(page);
  await page.goto('/#/settings/demo');
  await settings.button('Carica il registro dimostrativo').click();
  await expect(page.getByRole('tabpanel')).toContainText(/Registro dimostrativo caricato/, {
    timeout: 20_000,
  });
}

test('backup, wipe, restore gives back exactly the same register', async ({ page }) => {
  test.setTimeout(120_000);
  await loadDemo(page);
  const before = await registerDigest(page);

  const backup = new BackupPage(page);
  await backup.open();
  await expect(
    page.getByText('i backup automatici sono disponibili solo nella versione desktop'),
  ).toBeVisible();
  const file = await backup.saveBackup('Studio-2026!');
  await expect(page.getByText(/Ultimo backup da questo computer/)).toBeVisible();

  await wipeRegister(page);
  await expect(page.getByRole('heading', { name: 'Il registro è vuoto' })).toBeVisible();
  await backup.chooseFile(file);
  await backup.openWithPassword('sbagliata');
  await expect(page.getByText('La password non è corretta.')).toBeVisible({ timeout: 20_000 });
  await backup.openWithPassword('Studio-2026!');
  await expect(backup.dialog).toContainText(/\d{3} reclami e \d+ clienti/, { timeout: 20_000 });
  await backup.confirmRestore();

  await expect(page.getByRole('link', { name: 'Coda reclami' })).toBeVisible({ timeout: 30_000 });
  expect(await registerDigest(page)).toBe(before);
});

test('damaged, foreign and wrongly opened backups are refused and the register stays as it was', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await loadDemo(page);
  const backup = new BackupPage(page);
  await backup.open();
  const good = await readFile(await backup.saveBackup());
  const before = await registerDigest(page);

  const cases = [
    { buffer: good.subarray(0, Math.floor(good.length / 2)), message: 'Il file di backup è danneggiato' },
    { buffer: flipBit(good, Math.floor(good.length * 0.6)), message: 'Il file di backup è danneggiato' },
    {
      buffer: Buffer.from('Cliente;Data\nRossi;01/02/2026\n'),
      message: 'Questo file non è un backup di Riparo',
    },
  ];
  for (const { buffer, message } of cases) {
    await backup.chooseFile({ name: 'registro.riparo', mimeType: 'application/json', buffer });
    await expect(backup.alert).toContainText(message);
    await expect(backup.dialog).toBeHidden();
  }
  expect(await registerDigest(page)).toBe(before);
});

test('the audit chain can be verified from settings', async ({ page }) => {
  await loadDemo(page);
  const backup = new BackupPage(page);
  await backup.open();
  await backup.button('Verifica la catena').click();
  await expect(page.getByRole('status').filter({ hasText: 'La catena è integra' })).toBeVisible();
});
