import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../../fixtures/app';
import { autoBackupWrites, installFakeDesktop } from '../../helpers/fakeDesktop';
import { BackupPage } from '../../pages/BackupPage';

test('the browser build says automatic backups are desktop-only and offers the manual backup', async ({
  page,
}) => {
  const backup = new BackupPage(page);
  await backup.open();

  await expect(backup.panel.getByRole('note')).toContainText(
    'i backup automatici sono disponibili solo nella versione desktop',
  );
  await expect(backup.button('Salva backup')).toBeVisible();
  await expect(backup.autoBackupSwitch).toHaveCount(0);
  await expect(backup.button('Cambia cartella…')).toHaveCount(0);
  await page.screenshot({ path: '/tmp/shots/desktop/backup-browser.png', fullPage: true });
});

test.describe('in the desktop app', () => {
  test.beforeEach(async ({ page }) => {
    await installFakeDesktop(page);
  });

  test('takes the day’s backup once at start and restores from it through the checked path', async ({
    page,
  }) => {
    // A backup, an accessibility scan and a restore: more than 30 s on a busy machine.
    test.slow();
    const backup = new BackupPage(page);
    await backup.open();

    await expect(backup.panel.getByRole('heading', { name: 'Backup automatici' })).toBeVisible();
    await expect(backup.autoBackupSwitch).toBeChecked();
    await expect(backup.panel).toContainText('C:\\Users\\Studio\\Documents\\Riparo\\Backup');
    await expect(
      backup.panel.getByText(/^Ultimo backup automatico: \d{2}\/\d{2}\/\d{4}, \d{2}:\d{2}$/),
    ).toBeVisible();
    await expect(backup.autoBackupList.getByRole('row')).toHaveCount(2);
    await expect(backup.autoBackupList).toContainText('Giornaliero');
    await expect(backup.panel.getByRole('note')).toHaveCount(0);
    await page.screenshot({ path: '/tmp/shots/desktop/backup-desktop.png', fullPage: true });
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    expect(
      axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);

    await backup.restoreAutomatic();
    await expect(backup.dialog).toContainText(/Backup del .*: 0 reclami e 0 clienti/);
    await backup.confirmRestore();
    await expect(page.getByText('Registro ripristinato: 0 reclami e 0 clienti.')).toBeVisible();

    // Moving around the app the same day takes no second backup.
    await page.getByRole('link', { name: 'Coda reclami' }).click();
    await page.goto('/#/settings/backup');
    await expect(backup.autoBackupList.getByRole('row')).toHaveCount(2);
    expect(await autoBackupWrites(page)).toEqual([
      { kind: 'daily', name: expect.stringMatching(/^riparo-auto-/) as unknown },
    ]);
  });

  test('switches automatic backups off and moves them to another folder', async ({ page }) => {
    const backup = new BackupPage(page);
    await backup.open();
    await expect(backup.autoBackupList).toBeVisible();

    await backup.autoBackupSwitch.click({ force: true });
    await expect(backup.autoBackupSwitch).not.toBeChecked();

    await backup.button('Cambia cartella…').click();
    await expect(backup.panel).toContainText('D:\\Backup Riparo');
  });
});
