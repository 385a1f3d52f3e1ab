import type { Locator, Page } from '@playwright/test';

/** Settings › Importa il registro: a studio's CSV or Excel register becomes complaints and clients. */
export class RegisterImportPage {
  readonly panel: Locator;
  readonly checkButton: Locator;
  readonly importButton: Locator;
  readonly reportButton: Locator;
  readonly problems: Locator;
  readonly ready: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByRole('tabpanel');
    this.checkButton = this.panel.getByRole('button', { name: 'Controlla il file', exact: true });
    this.importButton = this.panel.getByRole('button', { name: /^Importa \d+ reclam/ });
    this.reportButton = this.panel.getByRole('button', { name: 'Scarica il report degli errori (CSV)' });
    this.problems = this.panel.getByRole('alert').filter({ hasText: 'non è stato importato nulla' });
    this.ready = this.panel.getByRole('alert').filter({ hasText: 'Tutte le righe sono valide' });
  }

  async open(): Promise<void> {
    await this.page.goto('/#/settings/import');
  }

  /** Picks the register file, as the user does in the file dialog. */
  async chooseFile(name: string, content: string | Buffer): Promise<void> {
    const mimeType = name.endsWith('.xlsx')
      ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
      : 'text/csv';
    const buffer = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    await this.panel.locator('input[type="file"]').setInputFiles({ name, mimeType, buffer });
  }

  /** The column chosen for a field, by the field's label. */
  mapping(field: string): Locator {
    return this.panel.getByRole('combobox', { name: field, exact: true });
  }
}
