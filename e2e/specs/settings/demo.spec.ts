import { expect, test } from '../../fixtures/app';
import { QueuePage } from '../../pages/QueuePage';
import { SettingsPage } from '../../pages/SettingsPage';

test('the demo register fills the queue and one click removes it all', async ({ page }) => {
  test.slow();
  const queue = new QueuePage(page);
  await queue.open();
  await expect(queue.emptyMessage).toBeVisible();

  const settings = new SettingsPage(page);
  await settings.openFromNav();
  await settings.section('Registro dimostrativo');
  await settings.button('Carica il registro dimostrativo').click();
  // Generating and storing two years of a studio's register takes a while on a busy machine.
  await expect(page.getByRole('tabpanel')).toContainText(/Registro dimostrativo caricato: \d{3} reclami/, {
    timeout: 30_000,
  });

  await page.getByRole('link', { name: 'Coda reclami' }).click();
  await expect(queue.table.getByRole('row').nth(10)).toBeVisible();
  await expect(queue.table).toContainText(/R-20\d\d-0\d{3}/);

  await settings.openFromNav();
  await settings.section('Registro dimostrativo');
  await settings.button('Rimuovi').click();
  await expect(settings.dialog).toContainText(/Verranno eliminati \d{3} reclami dimostrativi/);
  await settings.dialog.getByRole('button', { name: 'Rimuovi il registro dimostrativo' }).click();
  await expect(settings.button('Carica il registro dimostrativo')).toBeVisible({ timeout: 30_000 });

  await page.getByRole('link', { name: 'Coda reclami' }).click();
  await expect(queue.emptyMessage).toBeVisible();
});
