import { expect, test } from '../../fixtures/app';
import { ComplaintFormPage, type ComplaintInput } from '../../pages/ComplaintFormPage';
import { ComplaintPage } from '../../pages/ComplaintPage';
import { QueuePage } from '../../pages/QueuePage';
import { SettingsPage } from '../../pages/SettingsPage';

const base = {
  client: 'Studio Associato Greco',
  existingClient: false,
  time: '10:00',
  channel: 'E-mail',
  cause: 'Difficoltà di comunicazione',
  severity: 'Media',
  clientWords: 'Nessuno mi ha spiegato a che punto è la pratica.',
} satisfies Partial<ComplaintInput>;

async function register(page: import('@playwright/test').Page, input: Partial<ComplaintInput>) {
  await page.goto('/#/complaints/new');
  const form = new ComplaintFormPage(page);
  await form.fill({ ...base, ...input });
  await form.save();
  await expect(new ComplaintPage(page).heading(input.title ?? '')).toBeVisible();
}

test('a complaint moves through every state to closed, with deadlines in working days and a full history', async ({
  page,
}) => {
  // A dozen lifecycle steps, each a dialog that also confirms the open recovery checklist.
  test.slow();
  await page.goto('/#/settings/standards');
  const settings = new SettingsPage(page);
  await settings.field('Presa in carico').fill('1');
  await settings.saveButton.click();
  await expect(settings.savedStatus).toContainText('Salvato');

  await register(page, { date: '03/04/2026', title: 'Pratica di successione ferma' });
  const complaint = new ComplaintPage(page);

  // Received on Friday 3 April 2026: one working day to acknowledge skips the
  // weekend and Easter Monday (6 April), so the deadline is Tuesday 7 April.
  await expect(complaint.deadline('Presa in carico')).toContainText('entro il mar 07/04/2026');

  await complaint.act('Prendi in carico', '2026-04-03T11:00');
  await expect(complaint.deadline('Presa in carico')).toContainText('Rispettata');
  await complaint.act("Avvia l'analisi", '2026-04-07T09:00');
  await complaint.act('Proponi una soluzione', '2026-04-08T09:00');

  await complaint.startAction('Registra la risposta del cliente', '2026-04-09T09:00');
  await complaint.dialog.getByLabel('Il cliente non accetta').check();
  await complaint.confirmAction();
  await expect(complaint.dialog.getByRole('alert')).toContainText("indica almeno un'alternativa");
  await complaint.dialog.getByLabel('Mediazione').check();
  await complaint.confirmAction();
  await expect(complaint.lifecycle).toContainText('Alternative proposte: Mediazione');

  await complaint.act('Proponi una soluzione', '2026-04-10T09:00');
  await complaint.startAction('Registra la risposta del cliente', '2026-04-13T09:00');
  await complaint.dialog.getByLabel('Il cliente accetta la soluzione').check();
  await complaint.confirmAction();
  await complaint.act('Segna come risolto', '2026-04-14T09:00');
  await complaint.act('Registra il follow-up', '2026-04-21T09:00');
  await complaint.act('Chiudi', '2026-04-22T09:00');

  await expect(page.getByText('Chiuso', { exact: true }).first()).toBeVisible();
  await expect(complaint.lifecycle).toContainText('Il reclamo è concluso');
  for (const step of [
    'Reclamo registrato',
    'Preso in carico',
    'Analisi avviata',
    'Soluzione proposta',
    'Risposta del cliente registrata',
    'Risolto',
    'Follow-up registrato',
    'Chiuso',
  ]) {
    await expect(complaint.history.getByText(step, { exact: true }).first()).toBeVisible();
  }
  await expect(complaint.deadline('Risoluzione')).toContainText('Rispettata');
});

test('closing a complaint as unfounded needs a written reason, which stays in the file', async ({ page }) => {
  await register(page, { date: '01/04/2026', title: 'Parcella contestata' });
  const complaint = new ComplaintPage(page);
  await complaint.act('Prendi in carico', '2026-04-01T12:00');

  await complaint.startAction('Chiudi come non fondato', '2026-04-02T09:00');
  await complaint.confirmAction();
  await expect(complaint.dialog.getByRole('alert')).toContainText('Scrivi il motivo');
  const reason = 'La parcella corrisponde al preventivo firmato dal cliente il 10 gennaio.';
  await complaint.dialog.getByLabel('Motivo').fill(reason);
  await complaint.confirmAction();

  await expect(complaint.lifecycle).toContainText(reason);
  await expect(page.getByText('Non fondato', { exact: true }).first()).toBeVisible();
  await expect(complaint.history).toContainText('Chiuso come non fondato');
});

test('the queue finds complaints by accent-folded words and lists the overdue ones', async ({ page }) => {
  await register(page, { date: '02/04/2026', title: 'Perché la parcella è così alta?' });
  await register(page, {
    date: toItalian(new Date()),
    title: 'Documenti appena consegnati',
    existingClient: true,
  });

  const queue = new QueuePage(page);
  await queue.open();
  await queue.search.fill('perche cosi');
  await expect(queue.table.getByRole('row')).toHaveCount(2);
  await expect(queue.row('Perché la parcella è così alta?')).toBeVisible();

  await queue.search.fill('');
  await queue.view('Scaduti');
  await expect(queue.row('Perché la parcella è così alta?')).toContainText('Scaduto da');
  await expect(queue.row('Documenti appena consegnati')).toHaveCount(0);

  await queue.view('Tutti');
  await queue.table.getByRole('row').nth(1).focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Perché la parcella è così alta?' }),
  ).toBeVisible();
});

function toItalian(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()}`;
}
