import type { Page } from '@playwright/test';
import { expect } from '../../fixtures/app';
import { SettingsPage } from '../../pages/SettingsPage';

export const STUDIO = 'Studio Marchetti & Associati';

/** Fills the studio profile, as the letterhead of every document reads it. */
export async function fillStudioProfile(page: Page): Promise<void> {
  await page.goto('/#/settings/studio');
  const settings = new SettingsPage(page);
  await settings.field('Nome dello studio').fill(STUDIO);
  await settings.field('Indirizzo').fill('Via Garibaldi 12, 43121 Parma');
  await settings.field('Partita IVA').fill('12345678903');
  await settings.field('E-mail').fill('reclami@studiomarchetti.it');
  await settings.field('Telefono').fill('0521 123456');
  await settings.field('PEC').fill('studiomarchetti@pec.it');
  await settings.saveButton.click();
  await expect(settings.savedStatus).toContainText('Salvato');
}

/** Loads the demo register from Settings, as a studio trying Riparo does. */
export async function loadDemo(page: Page): Promise<void> {
  await page.goto('/#/settings/demo');
  const settings = new SettingsPage(page);
  await settings.button('Carica il registro dimostrativo').click();
  await expect(page.getByRole('tabpanel')).toContainText(/Registro dimostrativo caricato/, {
    timeout: 30_000,
  });
}
