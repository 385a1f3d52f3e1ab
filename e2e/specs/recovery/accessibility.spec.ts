import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../../fixtures/app';
import { ComplaintFormPage } from '../../pages/ComplaintFormPage';
import { ComplaintPage } from '../../pages/ComplaintPage';
import { RecoveryPanels } from '../../pages/RecoveryPanels';

test.describe.configure({ timeout: 90_000 });

async function expectNoViolations(page: import('@playwright/test').Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

for (const section of ['checklists', 'delegation', 'economics']) {
  test(`the settings section "${section}" has no WCAG A/AA violations that axe can detect`, async ({
    page,
  }) => {
    await page.goto(`/#/settings/${section}`);
    await expect(page.getByRole('tabpanel')).toBeVisible();
    await expectNoViolations(page);
    if (process.env['RIPARO_SCREENSHOTS'])
      await page.screenshot({ path: `test-results/shots/settings-${section}.png`, fullPage: true });
  });
}

test('the recovery workbench and the letter dialog have no WCAG A/AA violations that axe can detect', async ({
  page,
}) => {
  await page.goto('/#/complaints/new');
  const form = new ComplaintFormPage(page);
  await form.fill({
    client: 'Ferri Anna',
    existingClient: false,
    date: '03/04/2026',
    time: '10:00',
    channel: 'E-mail',
    cause: 'Problemi di prezzo',
    severity: 'Alta',
    title: 'Parcella raddoppiata',
    clientWords: 'La parcella è il doppio del preventivo.',
  });
  await form.rateFeeling('Frustrazione', 2);
  await form.save();
  await expect(new ComplaintPage(page).heading('Parcella raddoppiata')).toBeVisible();
  const recovery = new RecoveryPanels(page);
  await recovery.proposeCompensation('Riduzione della parcella.', '350', '2');
  await expect(recovery.compensation).toContainText("Serve l'approvazione");
  await expectNoViolations(page);
  const shots = process.env['RIPARO_SCREENSHOTS'];
  if (shots) await page.screenshot({ path: 'test-results/shots/complaint.png', fullPage: true });
  await recovery.contacts.getByRole('button', { name: 'Scrivi lettera' }).click();
  await expect(recovery.dialog.getByRole('textbox', { name: 'Testo' })).toContainText('Gentile Ferri Anna');
  await expectNoViolations(page);
  if (shots) await page.screenshot({ path: 'test-results/shots/letter.png' });
  if (shots) {
    await recovery.dialog.getByRole('button', { name: 'Chiudi' }).click();
    await page.getByText('English', { exact: true }).click();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: 'test-results/shots/complaint-en-dark.png', fullPage: true });
    await page.goto('/#/complaints');
    await page.screenshot({ path: 'test-results/shots/queue-dark.png' });
  }
});
