import type { Locator, Page } from '@playwright/test';

/** The complaint queue (Coda reclami), the app's home screen. */
export class QueuePage {
  readonly heading: Locator;
  readonly newComplaintButton: Locator;
  readonly table: Locator;
  readonly emptyMessage: Locator;
  readonly search: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Coda reclami' });
    this.newComplaintButton = page.getByRole('link', { name: 'Nuovo reclamo' });
    this.table = page.getByRole('table', { name: 'Reclami ricevuti, dal più recente' });
    this.emptyMessage = page.getByText('Nessun reclamo registrato');
    this.search = page.getByRole('searchbox', { name: 'Cerca nei reclami' });
  }

  async open(): Promise<void> {
    await this.page.goto('/#/complaints');
  }

  /** The queue row of a complaint, found by its subject. */
  row(title: string): Locator {
    return this.table.getByRole('row').filter({ hasText: title });
  }

  /** Switches to a saved view (Tutti, I miei aperti, Scaduti, Da richiamare). */
  async view(name: string): Promise<void> {
    await this.page
      .getByRole('radiogroup', { name: 'Viste salvate' })
      .getByText(name, { exact: true })
      .click();
  }

  async openComplaint(title: string): Promise<void> {
    await this.row(title).click();
  }
}
