import type { Locator, Page } from '@playwright/test';

export interface ComplaintInput {
  /** A new client's name, or an existing client's name when `existingClient` is set. */
  client: string;
  existingClient: boolean;
  /** As typed in Italy: dd/mm/yyyy */
  date: string;
  time: string;
  channel: string;
  cause: string;
  severity: string;
  title: string;
  clientWords: string;
  expectation: string;
  remedy: string;
}

/** The intake form (Nuovo reclamo). */
export class ComplaintFormPage {
  readonly heading: Locator;
  readonly client: Locator;
  readonly date: Locator;
  readonly time: Locator;
  readonly channel: Locator;
  readonly cause: Locator;
  readonly severity: Locator;
  readonly title: Locator;
  readonly clientWords: Locator;
  readonly expectation: Locator;
  readonly remedy: Locator;
  readonly saveButton: Locator;
  readonly alert: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Nuovo reclamo' });
    this.client = page.getByRole('combobox', { name: 'Cliente', exact: true });
    this.date = page.getByRole('textbox', { name: 'Data di ricezione', exact: true });
    this.time = page.getByLabel('Ora', { exact: true });
    this.channel = page.getByRole('combobox', { name: 'Canale', exact: true });
    this.cause = page.getByRole('combobox', { name: 'Causa', exact: true });
    this.severity = page.getByRole('combobox', { name: 'Gravità', exact: true });
    this.title = page.getByRole('textbox', { name: 'Oggetto', exact: true });
    this.clientWords = page.getByRole('textbox', { name: 'Le parole del cliente', exact: true });
    this.expectation = page.getByRole('textbox', { name: 'Cosa si aspettava', exact: true });
    this.remedy = page.getByRole('textbox', { name: 'Rimedio richiesto', exact: true });
    this.saveButton = page.getByRole('button', { name: 'Registra reclamo' });
    this.alert = page.getByRole('alert');
  }

  async pickClient(name: string, existing: boolean): Promise<void> {
    await this.client.fill(name);
    const option = existing ? name : `Nuovo cliente: ${name}`;
    await this.page.getByRole('option', { name: option, exact: !existing }).first().click();
  }

  async fill(input: Partial<ComplaintInput>): Promise<void> {
    if (input.client !== undefined) await this.pickClient(input.client, input.existingClient ?? false);
    if (input.date !== undefined) {
      await this.date.fill(input.date);
      await this.date.press('Escape');
    }
    if (input.time !== undefined) await this.time.fill(input.time);
    if (input.channel !== undefined) await this.channel.selectOption({ label: input.channel });
    if (input.cause !== undefined) await this.cause.selectOption({ label: input.cause });
    if (input.severity !== undefined) await this.severity.selectOption({ label: input.severity });
    if (input.title !== undefined) await this.title.fill(input.title);
    if (input.clientWords !== undefined) await this.clientWords.fill(input.clientWords);
    if (input.expectation !== undefined) await this.expectation.fill(input.expectation);
    if (input.remedy !== undefined) await this.remedy.fill(input.remedy);
  }

  /** Ticks a feeling and sets how strongly it was expressed (1–3). */
  async rateFeeling(feeling: string, intensity: 1 | 2 | 3): Promise<void> {
    await this.page.getByRole('checkbox', { name: feeling }).check();
    await this.page
      .getByRole('radiogroup', { name: `Intensità: ${feeling}` })
      .getByText(String(intensity), { exact: true })
      .click();
  }

  async save(): Promise<void> {
    await this.saveButton.click();
  }
}
