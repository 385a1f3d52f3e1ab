import { expect, test } from '../../fixtures/app';
import { SettingsPage } from '../../pages/SettingsPage';

test('an invalid standard gets an Italian message and keeps what was typed; a valid one is saved', async ({
  page,
}) => {
  await page.goto('/#/settings/standards');
  const settings = new SettingsPage(page);
  await settings.field('Presa in carico').fill('0');
  await settings.field('Prima risposta').fill('dieci');
  await settings.saveButton.click();
  await expect(settings.alert).toContainText('Alcuni campi vanno corretti');
  await expect(settings.field('Presa in carico')).toHaveAccessibleDescription(
    /Scegli un numero di giorni da 1 a 250/,
  );
  await expect(settings.field('Prima risposta')).toHaveAccessibleDescription(
    /Scrivi un numero intero di giorni/,
  );
  await expect(settings.field('Presa in carico')).toHaveValue('0');
  await expect(settings.field('Prima risposta')).toHaveValue('dieci');
  await expect(settings.savedStatus).toContainText('Modifiche non salvate');

  await settings.field('Presa in carico').fill('3');
  await settings.field('Prima risposta').fill('12');
  await settings.saveButton.click();
  await expect(settings.savedStatus).toContainText('Salvato');

  await page.reload();
  await expect(settings.field('Presa in carico')).toHaveValue('3');
  await expect(settings.field('Prima risposta')).toHaveValue('12');
});

test('the studio profile is checked, saved and kept', async ({ page }) => {
  await page.goto('/#/settings/studio');
  const settings = new SettingsPage(page);
  await settings.field('Nome dello studio').fill('Studio Bassi');
  await settings.field('Partita IVA').fill('12345678901');
  await settings.field('PEC').fill('studio.bassi');
  await settings.saveButton.click();
  await expect(settings.field('Partita IVA')).toHaveAccessibleDescription(/Partita IVA non valida/);
  await expect(settings.field('PEC')).toHaveAccessibleDescription(/Indirizzo non valido/);

  await settings.field('Partita IVA').fill('IT 12345678903');
  await settings.field('PEC').fill('studio.bassi@pec.example.com');
  await settings.saveButton.click();
  await expect(settings.savedStatus).toContainText('Salvato');
  await expect(settings.field('Partita IVA')).toHaveValue('12345678903');

  await page.reload();
  await expect(settings.field('Nome dello studio')).toHaveValue('Studio Bassi');
});

test('leaving Settings with unsaved changes asks first, and staying keeps them', async ({ page }) => {
  await page.goto('/#/settings/studio');
  const settings = new SettingsPage(page);
  await settings.field('Nome dello studio').fill('Studio da salvare');
  await settings.section('Tempi di risposta');
  await settings.section('Studio');
  await expect(settings.field('Nome dello studio')).toHaveValue('Studio da salvare');

  await page.getByRole('link', { name: 'Coda reclami' }).click();
  await expect(settings.dialog).toContainText('Se esci adesso, le modifiche andranno perse');
  await settings.dialog.getByRole('button', { name: 'Resta qui' }).click();
  await expect(settings.field('Nome dello studio')).toHaveValue('Studio da salvare');

  await page.getByRole('link', { name: 'Coda reclami' }).click();
  await settings.dialog.getByRole('button', { name: 'Esci senza salvare' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Coda reclami' })).toBeVisible();
});
