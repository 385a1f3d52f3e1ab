import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../../fixtures/app';
import { CommandPalette } from '../../pages/CommandPalette';
import { QueuePage } from '../../pages/QueuePage';
import { SettingsPage } from '../../pages/SettingsPage';

test.describe('command palette (Ctrl+K)', () => {
  test('lists every screen, queue view and settings section, and the actions with their keys', async ({
    page,
  }) => {
    const palette = new CommandPalette(page);
    await new QueuePage(page).open();
    await palette.headerButton.click();

    for (const label of [
      'Coda reclami',
      'Coda: Scaduti',
      'Coda: Da richiamare',
      'Clienti',
      'Nuovo reclamo',
      'Nuovo cliente',
      'Cerca reclami',
      'Stampa / salva in PDF',
      'Guida e scorciatoie',
      'Informazioni su Riparo',
      'Impostazioni: Giorni di chiusura',
    ]) {
      await expect(palette.action(label)).toBeAttached();
    }
    await expect(palette.action('Nuovo reclamo')).toContainText('Ctrl+N');

    await palette.run('clien', 'Clienti');
    await expect(page.getByRole('heading', { level: 1, name: 'Clienti' })).toBeVisible();
  });

  test('opens a queue view and a settings section, switches the language, says when nothing matches', async ({
    page,
  }) => {
    const palette = new CommandPalette(page);
    await new QueuePage(page).open();

    await palette.openWithKeyboard();
    await palette.run('scaduti', 'Coda: Scaduti');
    await expect(page).toHaveURL(/view=overdue/);

    await palette.openWithKeyboard();
    await palette.run('chiusura', 'Impostazioni: Giorni di chiusura');
    await expect(page).toHaveURL(/#\/settings\/closures/);

    await palette.openWithKeyboard();
    await palette.search.fill('xyzzy');
    await expect(page.getByText('Nessun comando corrisponde alla ricerca')).toBeVisible();
    await palette.run('ingl', "Passa all'inglese (English)");
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  });

  test('has no WCAG A/AA violations that axe can detect', async ({ page }) => {
    const palette = new CommandPalette(page);
    await new QueuePage(page).open();
    await palette.openWithKeyboard();
    await expect(palette.search).toBeFocused();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});

test.describe('keyboard shortcuts in the browser build', () => {
  test('Ctrl+F from another screen goes to the queue with the search box focused', async ({ page }) => {
    const queue = new QueuePage(page);
    const settings = new SettingsPage(page);
    await page.goto('/#/settings/demo');
    await settings.button('Carica il registro dimostrativo').click();
    await expect(page.getByRole('tabpanel')).toContainText(/Registro dimostrativo caricato/);
    await page.getByRole('link', { name: 'Clienti' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Clienti' })).toBeVisible();

    await page.keyboard.press('Control+F');

    await expect(queue.heading).toBeVisible();
    await expect(queue.search).toBeFocused();
  });

  test('Ctrl+, opens the settings and Ctrl+N a new complaint', async ({ page }) => {
    await new QueuePage(page).open();

    await page.keyboard.press('Control+Comma');
    await expect(page.getByRole('heading', { level: 1, name: 'Impostazioni' })).toBeVisible();

    await page.keyboard.press('Control+N');
    await expect(page.getByRole('heading', { level: 1, name: 'Nuovo reclamo' })).toBeVisible();
  });

  test('F1 shows the guide with the shortcuts, and About shows the version and data location', async ({
    page,
  }) => {
    const palette = new CommandPalette(page);
    await new QueuePage(page).open();

    await page.keyboard.press('F1');
    const help = page.getByRole('dialog', { name: 'Guida e scorciatoie' });
    await expect(help).toBeVisible();
    await expect(help.getByRole('row', { name: /Cerca reclami/ })).toContainText('Ctrl+F');
    await expect(help.getByRole('row', { name: /Impostazioni/ })).toContainText('Ctrl+,');
    await help.getByRole('button', { name: 'Chiudi' }).click();

    await palette.aboutButton.click();
    const about = page.getByRole('dialog', { name: 'Informazioni su Riparo' });
    await expect(about).toContainText('Versione');
    await expect(about).toContainText('IndexedDB');
  });
});
