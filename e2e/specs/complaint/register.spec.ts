import { expect, test } from '../../fixtures/app';
import { ComplaintFormPage } from '../../pages/ComplaintFormPage';
import { ComplaintPage } from '../../pages/ComplaintPage';
import { QueuePage } from '../../pages/QueuePage';

const complaint = {
  client: 'Studio Dentistico Ferri',
  date: '03/04/2026',
  time: '09:30',
  channel: 'PEC',
  cause: 'Difficoltà di comunicazione',
  title: 'Nessuna risposta alla PEC del 20 marzo',
  severity: 'Alta',
  clientWords: 'Ho scritto due volte e nessuno mi ha risposto. Perché?',
  expectation: 'Una risposta entro una settimana',
  remedy: 'Essere richiamata dal titolare',
};

test('a registered complaint appears in the queue, opens, and is still there after a restart', async ({
  profile,
}) => {
  let page = await profile.launch();
  const queue = new QueuePage(page);
  await expect(queue.emptyMessage).toBeVisible();

  await queue.newComplaintButton.click();
  const form = new ComplaintFormPage(page);
  await expect(form.heading).toBeVisible();
  await form.fill(complaint);
  await form.rateFeeling('Non si sente ascoltato', 3);
  await form.save();

  const detail = new ComplaintPage(page);
  await expect(detail.heading(complaint.title)).toBeVisible();
  await expect(page.getByText('Reclamo R-2026-0001 registrato')).toBeVisible();
  await expect(detail.details).toContainText(complaint.client);
  await expect(detail.details).toContainText('03/04/2026, 09:30');
  await expect(detail.details).toContainText('PEC');
  await expect(detail.details).toContainText('Difficoltà di comunicazione');
  await expect(detail.details).toContainText('Alta');
  await expect(detail.listening).toContainText('Perché?');
  await expect(detail.listening).toContainText('Una risposta entro una settimana');
  await expect(detail.listening).toContainText('Essere richiamata dal titolare');
  await expect(detail.listening).toContainText('Non si sente ascoltato · 3/3');

  await page.getByRole('link', { name: 'Torna alla coda' }).click();
  const row = queue.row(complaint.title);
  await expect(row).toContainText('R-2026-0001');
  await expect(row).toContainText(complaint.client);
  await expect(row).toContainText('Ricevuto');

  page = await profile.launch();
  const queueAfterRestart = new QueuePage(page);
  await expect(queueAfterRestart.row(complaint.title)).toContainText('R-2026-0001');
  await queueAfterRestart.openComplaint(complaint.title);
  await expect(new ComplaintPage(page).listening).toContainText(complaint.clientWords);
});

test('complaints get consecutive protocol codes and the newest is listed first', async ({ page }) => {
  const queue = new QueuePage(page);
  await queue.open();
  for (const [day, title] of [
    ['02/04/2026', 'Parcella più alta del preventivo'],
    ['05/04/2026', 'Pratica consegnata in ritardo'],
  ] as const) {
    await queue.newComplaintButton.click();
    const form = new ComplaintFormPage(page);
    const { client, ...rest } = complaint;
    // The first complaint creates the client; the second finds it in the registry.
    await form.pickClient(client, day !== '02/04/2026');
    await form.fill({ ...rest, date: day, title, cause: 'Problemi di prezzo' });
    await form.save();
    await expect(new ComplaintPage(page).heading(title)).toBeVisible();
    await queue.open();
  }
  const rows = queue.table.getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText('R-2026-0002');
  await expect(rows.nth(1)).toContainText('Pratica consegnata in ritardo');
  await expect(rows.nth(2)).toContainText('R-2026-0001');
});
