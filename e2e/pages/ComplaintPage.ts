import type { Locator, Page } from '@playwright/test';

/** One complaint's page. */
export class ComplaintPage {
  readonly details: Locator;
  readonly listening: Locator;

  constructor(readonly page: Page) {
    this.details = page.getByRole('region', { name: 'Dati del reclamo' });
    this.listening = page.getByRole('region', { name: 'Ascolto' });
  }

  heading(title: string): Locator {
    return this.page.getByRole('heading', { level: 1, name: title });
  }
}
