import { expect, test } from '../../fixtures/app';
import { ComplaintFormPage } from '../../pages/ComplaintFormPage';
import { QueuePage } from '../../pages/QueuePage';

test('an incomplete complaint is refused with Italian messages and keeps what was typed', async ({
  page,
}) => {
  const queue = new QueuePage(page);
  await queue.open();
  await queue.newComplaintButton.click();
  const form = new ComplaintFormPage(page);
  await form.fill({ client: 'Avv. Giulia Conti', title: 'Risposta poco chiara', channel: 'Telefono' });
  await form.rateFeeling('Senso di ingiustizia', 2);
  await form.save();

  await expect(form.alert).toContainText('Il reclamo non è stato registrato');
  await expect(form.cause).toHaveAccessibleDescription(/Campo obbligatorio/);
  await expect(form.clientWords).toHaveAccessibleDescription(/Campo obbligatorio/);
  await expect(form.client).toHaveValue('Nuovo cliente: Avv. Giulia Conti');
  await expect(page.getByRole('checkbox', { name: 'Senso di ingiustizia' })).toBeChecked();
  await expect(form.title).toHaveValue('Risposta poco chiara');
  await expect(form.channel).toHaveValue('phone');

  await form.fill({ cause: 'Altro', clientWords: 'Non ho capito la lettera.' });
  await form.save();
  await expect(page.getByRole('heading', { level: 1, name: 'Risposta poco chiara' })).toBeVisible();
});

test('a received date in the future or that does not exist is refused', async ({ page }) => {
  await page.goto('/#/complaints/new');
  const form = new ComplaintFormPage(page);
  await form.fill({
    client: 'Bianchi srl',
    channel: 'E-mail',
    cause: 'Altro',
    title: 'Data sbagliata',
    clientWords: 'Prova',
    date: '01/01/2099',
  });
  await form.save();
  await expect(form.date).toHaveAccessibleDescription(/non può essere nel futuro/);
  await expect(form.title).toHaveValue('Data sbagliata');
  await expect(new QueuePage(page).heading).toHaveCount(0);
});

test('a half-typed complaint survives closing the window, until it is saved or discarded', async ({
  profile,
}) => {
  let page = await profile.launch();
  await page.goto('/#/complaints/new');
  let form = new ComplaintFormPage(page);
  await form.fill({ client: 'Ferri Anna', title: 'Bozza interrotta', clientWords: 'Stavo raccontando…' });
  await page.waitForTimeout(500);

  page = await profile.launch();
  await page.goto('/#/complaints/new');
  form = new ComplaintFormPage(page);
  await expect(page.getByText('Abbiamo ripreso la bozza che stavi scrivendo.')).toBeVisible();
  await expect(form.title).toHaveValue('Bozza interrotta');
  await expect(form.clientWords).toHaveValue('Stavo raccontando…');
  await expect(form.client).toHaveValue('Nuovo cliente: Ferri Anna');

  await page.getByRole('button', { name: 'Scarta la bozza' }).click();
  await expect(form.title).toHaveValue('');
  await expect(page.getByText('Abbiamo ripreso la bozza che stavi scrivendo.')).toHaveCount(0);
  await page.waitForTimeout(500);
  page = await profile.launch();
  await page.goto('/#/complaints/new');
  await expect(page.getByText('Abbiamo ripreso la bozza che stavi scrivendo.')).toHaveCount(0);
});
