import type { Locator, Page } from '@playwright/test';

/** One complaint's page. */
export class ComplaintPage {
  readonly details: Locator;

  constructor(readonly page: Page) {
    this.details = page.getByRole('region', { name: 'Dati del reclamo' });
  }

  heading(title: string): Locator {
    return this.page.getByRole('heading', { level: 1, name: title });
  }
}
