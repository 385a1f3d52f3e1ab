import type { Locator, Page } from '@playwright/test';

/** Settings (Impostazioni): one tab per section, each at its own address. */
export class SettingsPage {
  readonly heading: Locator;
  readonly saveButton: Locator;
  readonly savedStatus: Locator;
  readonly alert: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Impostazioni' });
    // Only the open section's panel is visible, so its Save button is the one found.
    this.saveButton = page.getByRole('tabpanel').getByRole('button', { name: 'Salva', exact: true });
    this.savedStatus = page.getByRole('tabpanel').getByRole('status');
    this.alert = page.getByRole('tabpanel').getByRole('alert');
  }

  /** Opens Settings from the navigation bar, as a user does. */
  async openFromNav(): Promise<void> {
    await this.page.getByRole('link', { name: 'Impostazioni' }).click();
  }

  /** Switches to a section by its tab (Studio, Personale, Tempi di risposta…). */
  async section(name: string): Promise<void> {
    await this.page.getByRole('tab', { name, exact: true }).click();
  }

  /** A field of the open section, by its visible label. */
  field(label: string): Locator {
    return this.page.getByRole('tabpanel').getByRole('textbox', { name: label, exact: true });
  }

  /** A table of the open section, by its accessible name. */
  table(name: string): Locator {
    return this.page.getByRole('tabpanel').getByRole('table', { name });
  }

  /** A button of the open section, e.g. "Aggiungi persona" or "Disattiva Paolo Greco". */
  button(name: string): Locator {
    return this.page.getByRole('tabpanel').getByRole('button', { name, exact: true });
  }

  async addStaffMember(name: string, role: string): Promise<void> {
    await this.field('Nome e cognome').fill(name);
    await this.field('Ruolo').fill(role);
    await this.button('Aggiungi persona').click();
  }

  /** Adds a closure; dates as typed in Italy, dd/mm/yyyy. */
  async addClosure(label: string, from: string, to: string): Promise<void> {
    await this.field('Descrizione').fill(label);
    for (const [field, date] of [
      ['Dal', from],
      ['Al', to],
    ] as const) {
      await this.field(field).fill(date);
      await this.field(field).press('Escape');
    }
    await this.button('Aggiungi chiusura').click();
  }

  /** The confirmation dialog of a destructive action. */
  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }
}
