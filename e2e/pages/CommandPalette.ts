import type { Locator, Page } from '@playwright/test';

/** The command palette (Ctrl+K) and the header buttons beside it. */
export class CommandPalette {
  readonly headerButton: Locator;
  readonly search: Locator;
  readonly dialog: Locator;
  readonly helpButton: Locator;
  readonly aboutButton: Locator;

  constructor(readonly page: Page) {
    this.headerButton = page.getByRole('button', { name: 'Cerca comandi' });
    this.search = page.getByRole('textbox', { name: 'Vai a una schermata o esegui un comando…' });
    this.dialog = page.getByRole('dialog').filter({ has: this.search });
    this.helpButton = page.getByRole('button', { name: 'Guida e scorciatoie' });
    this.aboutButton = page.getByRole('button', { name: 'Informazioni su Riparo' });
  }

  async openWithKeyboard(): Promise<void> {
    await this.page.keyboard.press('Control+K');
  }

  /** Types into the palette and runs the action with that label. */
  async run(query: string, actionLabel: string): Promise<void> {
    await this.search.fill(query);
    await this.action(actionLabel).click();
  }

  /** An action by its label; its accessible name may go on with its shortcut ("Nuovo reclamo Ctrl+N"). */
  action(label: string): Locator {
    const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.dialog.getByRole('button', { name: new RegExp(`^${escaped}( |$)`) });
  }
}
