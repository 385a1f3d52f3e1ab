import type { Locator, Page } from '@playwright/test';

/** Sondaggi: typing answers, importing a CSV, the latest answers. */
export class SurveysPage {
  readonly heading: Locator;
  readonly importDialog: Locator;
  readonly recent: Locator;
  readonly followUps: Locator;
  readonly nps: Locator;
  readonly csat: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Sondaggi' });
    this.importDialog = page.getByRole('dialog', { name: 'Importa risposte da un file CSV' });
    this.recent = page.getByRole('region', { name: /^Ultime risposte/ });
    this.followUps = page.getByRole('region', { name: /^Follow-up da fare/ });
    this.nps = page.getByRole('textbox', { name: 'Indice di raccomandazione (NPS)', exact: false });
    this.csat = page.getByRole('textbox', { name: 'Soddisfazione (CSAT)', exact: false });
  }

  async open(): Promise<void> {
    await this.page.goto('/#/surveys');
    await this.heading.waitFor();
  }

  /** Opens the import dialog and picks a CSV file with the given text. */
  async chooseCsv(name: string, text: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Importa da CSV' }).click();
    await this.importDialog.locator('input[type="file"]').setInputFiles({
      name,
      mimeType: 'text/csv',
      buffer: Buffer.from(text, 'utf8'),
    });
  }

  async runImport(rows: number): Promise<void> {
    await this.importDialog.getByRole('button', { name: `Importa ${rows} risposte` }).click();
  }
}
