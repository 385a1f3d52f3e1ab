import type { Locator, Page } from '@playwright/test';

export interface ClientInput {
  name: string;
  kind: 'Persona' | 'Azienda';
  taxId: string;
  email: string;
  phone: string;
  pec: string;
  /** As typed in Italy: 1.250,50 */
  annualValue: string;
  /** As typed in Italy: dd/mm/yyyy */
  clientSince: string;
  notes: string;
}

/** The client form, for a new client or when editing one. */
export class ClientsFormPage {
  readonly newHeading: Locator;
  readonly name: Locator;
  readonly taxId: Locator;
  readonly email: Locator;
  readonly phone: Locator;
  readonly pec: Locator;
  readonly annualValue: Locator;
  readonly clientSince: Locator;
  readonly notes: Locator;
  readonly saveButton: Locator;
  readonly alert: Locator;

  constructor(readonly page: Page) {
    this.newHeading = page.getByRole('heading', { level: 1, name: 'Nuovo cliente' });
    this.name = page.getByLabel('Nome e cognome o ragione sociale');
    this.taxId = page.getByLabel('Codice fiscale o partita IVA');
    this.email = page.getByLabel('E-mail');
    this.phone = page.getByLabel('Telefono');
    this.pec = page.getByLabel('PEC');
    this.annualValue = page.getByLabel('Valore annuo (€)');
    this.clientSince = page.getByLabel('Cliente dal');
    this.notes = page.getByLabel('Note');
    this.saveButton = page.getByRole('button', { name: 'Salva cliente' });
    this.alert = page.getByRole('alert');
  }

  kind(label: ClientInput['kind']): Locator {
    return this.page.getByRole('radio', { name: label });
  }

  async fill(input: Partial<ClientInput>): Promise<void> {
    if (input.name !== undefined) await this.name.fill(input.name);
    if (input.kind !== undefined) await this.kind(input.kind).check();
    if (input.taxId !== undefined) await this.taxId.fill(input.taxId);
    if (input.email !== undefined) await this.email.fill(input.email);
    if (input.phone !== undefined) await this.phone.fill(input.phone);
    if (input.pec !== undefined) await this.pec.fill(input.pec);
    if (input.annualValue !== undefined) await this.annualValue.fill(input.annualValue);
    if (input.clientSince !== undefined) {
      await this.clientSince.fill(input.clientSince);
      await this.clientSince.press('Escape');
    }
    if (input.notes !== undefined) await this.notes.fill(input.notes);
  }

  async save(): Promise<void> {
    await this.saveButton.click();
  }
}
