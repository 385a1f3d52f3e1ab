import { expect, test } from '../../fixtures/app';
import { FirstRunPage } from '../../pages/FirstRunPage';
import { QueuePage } from '../../pages/QueuePage';
import { SettingsPage } from '../../pages/SettingsPage';

test.use({ setupCompleted: false });

test('the wizard sets up the studio, and Settings shows what was entered', async ({ page }) => {
  await page.goto('/');
  const wizard = new FirstRunPage(page);
  await expect(wizard.heading).toBeVisible();
  await wizard.complete({
    studio: 'Studio Marchetti & Associati',
    user: 'Elena Marchetti',
    role: 'Titolare',
  });

  await expect(new QueuePage(page).heading).toBeVisible();
  const settings = new SettingsPage(page);
  await settings.openFromNav();
  await expect(settings.heading).toBeVisible();
  await expect(settings.field('Nome dello studio')).toHaveValue('Studio Marchetti & Associati');

  await settings.section('Personale');
  await expect(settings.table('Personale dello studio')).toContainText('Elena Marchetti');
  await expect(settings.table('Personale dello studio')).toContainText('Titolare');
  await settings.section('Chi sta usando Riparo');
  await expect(page.getByRole('combobox', { name: 'Persona che usa Riparo su questo computer' })).toHaveValue(
    /.+/,
  );
  await expect(
    page.getByRole('combobox', { name: 'Persona che usa Riparo su questo computer' }),
  ).toContainText('Elena Marchetti — Titolare');
});

test('the wizard wants a studio name and a name for the user, and keeps what was typed', async ({ page }) => {
  await page.goto('/');
  const wizard = new FirstRunPage(page);
  await wizard.startButton.click();
  await wizard.vatNumber.fill('12345678901');
  await wizard.nextButton.click();
  await expect(wizard.studioName).toHaveAccessibleDescription(/Campo obbligatorio/);
  await expect(wizard.vatNumber).toHaveAccessibleDescription(/Partita IVA non valida/);
  await expect(wizard.vatNumber).toHaveValue('12345678901');

  await wizard.studioName.fill('Studio Rossi');
  await wizard.vatNumber.fill('12345678903');
  await wizard.nextButton.click();
  await wizard.acknowledgeDays.fill('0');
  await wizard.nextButton.click();
  await expect(wizard.acknowledgeDays).toHaveAccessibleDescription(/da 1 a 250/);
  await wizard.acknowledgeDays.fill('3');
  await wizard.nextButton.click();
  await wizard.nextButton.click();
  await expect(wizard.userName).toHaveAccessibleDescription(/Campo obbligatorio/);

  // Going back shows every step as it was left.
  await wizard.backButton.click();
  await expect(wizard.acknowledgeDays).toHaveValue('3');
  await wizard.backButton.click();
  await expect(wizard.studioName).toHaveValue('Studio Rossi');
});

test('starting with the defaults opens the queue, and the wizard does not come back after a restart', async ({
  profile,
}) => {
  let page = await profile.launch();
  const wizard = new FirstRunPage(page);
  await expect(wizard.heading).toBeVisible();
  await wizard.skipWithDefaults();
  await expect(new QueuePage(page).heading).toBeVisible();

  page = await profile.launch();
  await expect(new QueuePage(page).heading).toBeVisible();
  await expect(new FirstRunPage(page).heading).toHaveCount(0);
});

test('the wizard can load the demo register, which fills the queue', async ({ page }) => {
  await page.goto('/');
  await new FirstRunPage(page).complete({ studio: 'Studio Prova', user: 'Anna Prova', demo: true });
  const queue = new QueuePage(page);
  await expect(queue.heading).toBeVisible();
  await expect(queue.table.getByRole('row').nth(5)).toBeVisible();
  await expect(queue.emptyMessage).toHaveCount(0);
});
