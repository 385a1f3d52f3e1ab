import type { Locator, Page } from '@playwright/test';

/** One client's page. */
export class ClientsDetailPage {
  readonly details: Locator;
  readonly risk: Locator;
  readonly complaints: Locator;
  readonly editButton: Locator;
  readonly mergeButton: Locator;
  readonly deleteButton: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.details = page.getByRole('region', { name: 'Dati del cliente' });
    this.risk = page.getByRole('region', { name: 'Valore a rischio' });
    this.complaints = page.getByRole('region', { name: 'Reclami del cliente' });
    this.editButton = page.getByRole('button', { name: 'Modifica' });
    this.mergeButton = page.getByRole('button', { name: 'Unisci a un altro cliente…' });
    this.deleteButton = page.getByRole('button', { name: 'Elimina cliente' });
    this.dialog = page.getByRole('dialog');
  }

  heading(name: string): Locator {
    return this.page.getByRole('heading', { level: 1, name });
  }

  /** Opens the merge dialog and picks the other record of the same client by searching for it. */
  async pickDuplicate(search: string, option: string): Promise<void> {
    await this.mergeButton.click();
    await this.dialog.getByRole('combobox', { name: "L'altra scheda" }).fill(search);
    await this.page.getByRole('option', { name: option }).click();
  }

  async confirmMerge(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Unisci le schede' }).click();
  }
}
