import { expect, test } from '../../fixtures/app';
import { SettingsPage } from '../../pages/SettingsPage';

test('a staff member is added, renamed and deactivated, never deleted', async ({ page }) => {
  await page.goto('/#/settings/staff');
  const settings = new SettingsPage(page);
  const table = settings.table('Personale dello studio');
  await settings.addStaffMember('Paolo Greco', 'Praticante');
  await expect(table).toContainText('Paolo Greco');
  await expect(settings.field('Nome e cognome')).toHaveValue('');

  await settings.addStaffMember('paolo greco', '');
  await expect(settings.field('Nome e cognome')).toHaveAccessibleDescription(/già nell'elenco/);
  await expect(settings.field('Nome e cognome')).toHaveValue('paolo greco');

  await settings.button('Modifica Paolo Greco').click();
  await settings.dialog.getByRole('textbox', { name: 'Nome e cognome' }).fill('Dott. Paolo Greco');
  await settings.dialog.getByRole('button', { name: 'Salva' }).click();
  await expect(table).toContainText('Dott. Paolo Greco');

  await settings.button('Disattiva Dott. Paolo Greco').click();
  await expect(table.getByRole('row', { name: /Dott. Paolo Greco/ })).toContainText('Non in uso');
  await expect(settings.button('Riattiva Dott. Paolo Greco')).toBeVisible();
});

test('a closure range is added, listed with its length, and refused when it ends before it starts', async ({
  page,
}) => {
  await page.goto('/#/settings/closures');
  const settings = new SettingsPage(page);
  await settings.addClosure('Chiusura estiva', '10/08/2026', '21/08/2026');
  const table = settings.table('Giorni di chiusura dello studio');
  await expect(table.getByRole('row', { name: /Chiusura estiva/ })).toContainText('10/08/2026');
  await expect(table.getByRole('row', { name: /Chiusura estiva/ })).toContainText('12 giorni');

  await settings.addClosure('Ponte', '09/12/2026', '07/12/2026');
  await expect(settings.field('Al')).toHaveAccessibleDescription(/non può finire prima di iniziare/);
  await expect(settings.field('Descrizione')).toHaveValue('Ponte');

  await settings.addClosure('Ponte', '20/08/2026', '24/08/2026');
  await expect(settings.field('Dal')).toHaveAccessibleDescription(/si sovrappongono/);

  await settings.button('Rimuovi Chiusura estiva').click();
  await expect(page.getByText('Nessun giorno di chiusura inserito.')).toBeVisible();
});

test('a sub-cause is added under its cause', async ({ page }) => {
  await page.goto('/#/settings/subCauses');
  const settings = new SettingsPage(page);
  await page.getByRole('button', { name: /Problemi di prezzo/ }).click();
  await settings.field('Nuova sotto-causa').fill('Parcella oltre il preventivo');
  await settings.button('Aggiungi sotto-causa').click();
  await expect(settings.table('Sotto-cause: Problemi di prezzo')).toContainText(
    'Parcella oltre il preventivo',
  );
  await expect(page.getByRole('button', { name: /Problemi di prezzo/ })).toContainText('1 sotto-causa');
});
