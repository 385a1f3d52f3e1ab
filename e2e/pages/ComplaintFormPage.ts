import type { Locator, Page } from '@playwright/test';

export interface ComplaintInput {
  client: string;
  /** As typed in Italy: dd/mm/yyyy */
  date: string;
  time: string;
  channel: string;
  cause: string;
  title: string;
  description: string;
}

/** The intake form (Nuovo reclamo). */
export class ComplaintFormPage {
  readonly heading: Locator;
  readonly client: Locator;
  readonly date: Locator;
  readonly time: Locator;
  readonly channel: Locator;
  readonly cause: Locator;
  readonly title: Locator;
  readonly description: Locator;
  readonly saveButton: Locator;
  readonly alert: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Nuovo reclamo' });
    this.client = page.getByLabel('Cliente', { exact: false }).first();
    this.date = page.getByLabel('Data di ricezione');
    this.time = page.getByLabel('Ora');
    this.channel = page.getByLabel('Canale');
    this.cause = page.getByLabel('Causa');
    this.title = page.getByLabel('Oggetto');
    this.description = page.getByLabel('Descrizione');
    this.saveButton = page.getByRole('button', { name: 'Registra reclamo' });
    this.alert = page.getByRole('alert');
  }

  async fill(input: Partial<ComplaintInput>): Promise<void> {
    if (input.client !== undefined) await this.client.fill(input.client);
    if (input.date !== undefined) {
      await this.date.fill(input.date);
      await this.date.press('Escape');
    }
    if (input.time !== undefined) await this.time.fill(input.time);
    if (input.channel !== undefined) await this.channel.selectOption({ label: input.channel });
    if (input.cause !== undefined) await this.cause.selectOption({ label: input.cause });
    if (input.title !== undefined) await this.title.fill(input.title);
    if (input.description !== undefined) await this.description.fill(input.description);
  }

  async save(): Promise<void> {
    await this.saveButton.click();
  }
}
