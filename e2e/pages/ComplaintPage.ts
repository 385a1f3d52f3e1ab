import type { Locator, Page } from '@playwright/test';

/** One complaint's page. */
export class ComplaintPage {
  readonly details: Locator;
  readonly listening: Locator;
  readonly lifecycle: Locator;
  readonly deadlines: Locator;
  readonly history: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.details = page.getByRole('region', { name: 'Dati del reclamo' });
    this.listening = page.getByRole('region', { name: 'Ascolto' });
    this.lifecycle = page.getByRole('region', { name: 'Stato e prossimi passi' });
    this.deadlines = page.getByRole('region', { name: 'Scadenze' });
    this.history = page.getByRole('region', { name: 'Cronologia' });
    this.dialog = page.getByRole('dialog');
  }

  heading(title: string): Locator {
    return this.page.getByRole('heading', { level: 1, name: title });
  }

  deadline(standard: string): Locator {
    return this.deadlines.getByRole('group', { name: standard });
  }

  /** Opens a lifecycle action, sets when it happened, and leaves the dialog open for more input. */
  async startAction(action: string, at: string): Promise<void> {
    await this.lifecycle.getByRole('button', { name: action }).click();
    await this.dialog.getByLabel('Data e ora').fill(at);
  }

  async confirmAction(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Conferma' }).click();
  }

  /**
   * Performs a lifecycle action that needs nothing but its time. When the
   * recovery checklist is behind, the dialog asks first; `act` goes ahead.
   */
  async act(action: string, at: string): Promise<void> {
    await this.startAction(action, at);
    await this.confirmAction();
    const override = this.dialog.getByRole('button', { name: 'Procedi comunque' });
    // Either the dialog closes, or it asks about the checklist; the other wait is dropped.
    const ignore = () => undefined;
    await Promise.race([
      this.dialog.waitFor({ state: 'detached' }).catch(ignore),
      override.waitFor().catch(ignore),
    ]);
    if (await override.isVisible()) await override.click();
    await this.dialog.waitFor({ state: 'detached' });
  }
}
