import type { Download, Locator, Page } from '@playwright/test';

/** The GDPR actions of a client's page: the data export and the anonymisation. */
export class ClientPrivacyPage {
  readonly exportButton: Locator;
  readonly anonymiseButton: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.exportButton = page.getByRole('button', { name: 'Esporta dati (GDPR)' });
    this.anonymiseButton = page.getByRole('button', { name: 'Anonimizza', exact: true });
    this.dialog = page.getByRole('dialog');
  }

  /** Saves the person's data file from the export dialog and hands back the download. */
  async exportData(): Promise<Download> {
    await this.exportButton.click();
    const download = this.page.waitForEvent('download');
    await this.dialog.getByRole('button', { name: 'Salva il file dei dati (JSON)' }).click();
    return download;
  }

  async anonymise(): Promise<void> {
    await this.anonymiseButton.click();
    await this.dialog.getByRole('button', { name: 'Anonimizza definitivamente' }).click();
    await this.dialog.waitFor({ state: 'detached' });
  }
}
