import type { Locator, Page } from '@playwright/test';

/** Settings › Backup: automatic backups (desktop), save, restore, verify the audit chain. */
export class BackupPage {
  readonly panel: Locator;
  readonly autoBackupSwitch: Locator;
  readonly autoBackupList: Locator;
  readonly alert: Locator;
  readonly passwordField: Locator;
  readonly repeatField: Locator;
  readonly restorePasswordField: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByRole('tabpanel');
    this.alert = page.getByRole('tabpanel').getByRole('alert');
    this.passwordField = page.getByLabel('Password (facoltativa)', { exact: true });
    this.repeatField = page.getByLabel('Ripeti la password', { exact: true });
    this.restorePasswordField = page.getByLabel('Password del backup', { exact: true });
    this.dialog = page.getByRole('dialog');
    this.autoBackupSwitch = page.getByRole('switch', { name: 'Salva un backup automatico ogni giorno' });
    this.autoBackupList = page.getByRole('table', { name: 'Backup automatici' });
  }

  async open(): Promise<void> {
    await this.page.goto('/#/settings/backup');
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  /** Saves a backup (with a password if given) and returns the downloaded file's path. */
  async saveBackup(password?: string): Promise<string> {
    if (password) {
      await this.passwordField.fill(password);
      await this.repeatField.fill(password);
    }
    const download = this.page.waitForEvent('download');
    await this.button('Salva backup').click();
    const path = await (await download).path();
    return path;
  }

  /** Picks a file through "Scegli il file di backup…", as the user does in the file dialog. */
  async chooseFile(file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.button('Scegli il file di backup…').click();
    await (await chooser).setFiles(file);
  }

  async openWithPassword(password: string): Promise<void> {
    await this.restorePasswordField.fill(password);
    await this.button('Apri backup').click();
  }

  /** Restores one automatic backup from the "Ripristina da…" list, by its row's position (0: newest). */
  async restoreAutomatic(row = 0): Promise<void> {
    await this.autoBackupList
      .getByRole('button', { name: /^Ripristina il backup del / })
      .nth(row)
      .click();
  }

  async confirmRestore(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Sostituisci il registro', exact: true }).click();
  }
}
