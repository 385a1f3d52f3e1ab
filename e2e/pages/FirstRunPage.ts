import { expect, type Locator, type Page } from '@playwright/test';

/** The first-run wizard (Benvenuto in Riparo), shown until setup is completed. */
export class FirstRunPage {
  readonly heading: Locator;
  readonly startButton: Locator;
  readonly skipButton: Locator;
  readonly nextButton: Locator;
  readonly backButton: Locator;
  readonly finishButton: Locator;
  readonly studioName: Locator;
  readonly vatNumber: Locator;
  readonly acknowledgeDays: Locator;
  readonly userName: Locator;
  readonly userRole: Locator;
  readonly demoOption: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Benvenuto in Riparo' });
    this.startButton = page.getByRole('button', { name: 'Prepara Riparo' });
    this.skipButton = page.getByRole('button', { name: 'Inizia con i valori predefiniti' });
    this.nextButton = page.getByRole('button', { name: 'Avanti' });
    this.backButton = page.getByRole('button', { name: 'Indietro' });
    this.finishButton = page.getByRole('button', { name: 'Inizia a usare Riparo' });
    this.studioName = page.getByRole('textbox', { name: 'Nome dello studio' });
    this.vatNumber = page.getByRole('textbox', { name: 'Partita IVA' });
    this.acknowledgeDays = page.getByRole('textbox', { name: 'Presa in carico' });
    this.userName = page.getByRole('textbox', { name: 'Nome e cognome' });
    this.userRole = page.getByRole('textbox', { name: 'Ruolo' });
    this.demoOption = page.getByRole('checkbox', { name: 'Carica un registro dimostrativo' });
  }

  /** Skips the wizard the way a hurried studio does, and waits for the app to open. */
  async skipWithDefaults(): Promise<void> {
    await this.skipButton.click();
    await expect(this.heading).toBeHidden();
  }

  /** Goes through every step with a studio name and the person at the keyboard. */
  async complete(input: { studio: string; user: string; role?: string; demo?: boolean }): Promise<void> {
    await this.startButton.click();
    await this.studioName.fill(input.studio);
    await this.nextButton.click();
    await expect(this.acknowledgeDays).toHaveValue('2');
    await this.nextButton.click();
    await this.userName.fill(input.user);
    if (input.role !== undefined) await this.userRole.fill(input.role);
    await this.nextButton.click();
    if (input.demo) await this.demoOption.check();
    await this.finishButton.click();
    await expect(this.heading).toBeHidden({ timeout: 20_000 });
  }
}

/**
 * Opens the app on a fresh profile and takes the wizard's "Inizia con i
 * valori predefiniti" shortcut: the real path a studio can take, so tests about
 * other screens start on the queue without any test-only door in the app.
 */
export async function completeFirstRunWithDefaults(page: Page): Promise<void> {
  await page.goto('/');
  await new FirstRunPage(page).skipWithDefaults();
  await expect(page.getByRole('main')).toBeVisible();
}
