import type { Locator, Page } from '@playwright/test';

/** The client registry (Clienti). */
export class ClientsListPage {
  readonly heading: Locator;
  readonly newClientButton: Locator;
  readonly search: Locator;
  readonly table: Locator;
  readonly results: Locator;
  readonly emptyMessage: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Clienti' });
    this.newClientButton = page.getByRole('link', { name: 'Nuovo cliente' });
    this.search = page.getByLabel('Cerca clienti');
    this.table = page.getByRole('table', { name: 'Clienti in ordine alfabetico' });
    this.results = page.getByRole('table', { name: 'Clienti trovati' });
    this.emptyMessage = page.getByText('Nessun cliente nel registro');
  }

  async open(): Promise<void> {
    await this.page.goto('/#/clients');
  }

  /** Opens the list from the main navigation, as a user would. */
  async openFromNavigation(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: 'Clienti' }).click();
  }

  async searchFor(text: string): Promise<void> {
    await this.search.fill(text);
  }

  async openClient(name: string): Promise<void> {
    await this.page.getByRole('table').getByRole('link', { name, exact: true }).click();
  }
}
