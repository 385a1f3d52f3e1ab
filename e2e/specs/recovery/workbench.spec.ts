import { expect, test } from '../../fixtures/app';
import { ComplaintFormPage } from '../../pages/ComplaintFormPage';
import { ComplaintPage } from '../../pages/ComplaintPage';
import { QueuePage } from '../../pages/QueuePage';
import { RecoveryPanels } from '../../pages/RecoveryPanels';
import { SettingsPage } from '../../pages/SettingsPage';

// Each test walks a complaint through many stored steps: give it room on a busy machine.
test.describe.configure({ timeout: 120_000 });

async function register(page: import('@playwright/test').Page, title: string, existingClient = false) {
  await page.goto('/#/complaints/new');
  const form = new ComplaintFormPage(page);
  await form.fill({
    client: 'Ferri Anna',
    existingClient,
    date: '03/04/2026',
    time: '10:00',
    channel: 'E-mail',
    cause: 'Problemi di prezzo',
    severity: 'Alta',
    title,
    clientWords: 'La parcella è il doppio del preventivo e nessuno mi ha avvisato.',
  });
  await form.rateFeeling('Senso di ingiustizia', 3);
  await form.save();
  await expect(new ComplaintPage(page).heading(title)).toBeVisible();
}

test('a complaint is worked through every recovery step, from intake to close', async ({ page }) => {
  const settings = new SettingsPage(page);
  await page.goto('/#/settings/staff');
  await settings.addStaffMember('Laura Conti', 'Titolare');
  await page.goto('/#/settings/delegation');
  await page
    .getByRole('tabpanel')
    .getByRole('combobox', { name: 'Chi approva oltre i limiti' })
    .selectOption({ label: 'Laura Conti' });
  await settings.button('Salva le regole').click();
  await expect(settings.savedStatus).toHaveText('Salvato');

  await register(page, 'Parcella raddoppiata');
  const complaint = new ComplaintPage(page);
  const recovery = new RecoveryPanels(page);

  // The current step and what to do next are obvious; the feelings suggest concrete moves.
  await expect(recovery.checklist).toContainText('Adesso: Ascoltare');
  await expect(recovery.checklist).toContainText(
    'spiegate con trasparenza la decisione e offrite un rimedio equo',
  );
  await complaint.act('Prendi in carico', '2026-04-03T11:00');
  await recovery.completeStep('Ascoltare');
  await recovery.completeStep('Scusarsi');
  await expect(recovery.checklist).toContainText('Adesso: Approfondire');
  await expect(recovery.checklist).toContainText('2 di 7 passi completati');
  await complaint.act("Avvia l'analisi", '2026-04-03T12:00');
  await recovery.completeStep('Approfondire');

  // A compensation above the handler's limit (200 € for everyone) needs the owner's sign-off.
  await recovery.proposeCompensation('Riduzione della parcella al valore del preventivo.', '350', '2');
  await expect(recovery.compensation).toContainText("Serve l'approvazione");
  await expect(recovery.compensation).toContainText('supera il limite di delega');
  await expect(recovery.economics).toContainText('Non è possibile stimarlo');
  await complaint.act('Proponi una soluzione', '2026-04-07T09:00');
  await complaint.startAction('Registra la risposta del cliente', '2026-04-08T09:00');
  await complaint.dialog.getByLabel('Il cliente accetta la soluzione').check();
  await complaint.confirmAction();
  await complaint.dialog.waitFor({ state: 'detached' });

  // Two contacts; the first also ticks the checklist item it fulfils.
  await recovery.logContact({
    at: '2026-04-07T10:00',
    channel: 'Telefono',
    summary: 'Spiegata la proposta, la cliente ci pensa.',
    tick: 'Comunicare – Aggiornare il cliente su avanzamento, tempi e prossimi passi',
  });
  await recovery.logContact({
    at: '2026-04-08T09:00',
    channel: 'E-mail',
    summary: 'La cliente accetta la riduzione.',
  });
  await expect(recovery.contacts.getByRole('listitem')).toHaveCount(2);

  // An apology letter with its merge fields filled, stored in the log as sent.
  await recovery.contacts.getByRole('button', { name: 'Scrivi lettera' }).click();
  await recovery.dialog.getByRole('combobox', { name: 'Modello' }).selectOption({ label: 'Scuse' });
  const body = recovery.dialog.getByRole('textbox', { name: 'Testo' });
  await expect(body).toContainText('Gentile Ferri Anna');
  await expect(body).toContainText('«Parcella raddoppiata»');
  await expect(recovery.dialog.getByRole('textbox', { name: 'Oggetto' })).toHaveValue(
    /^Le nostre scuse – R-2026-\d{4}$/,
  );
  await body.fill(`${await body.inputValue()}\n\nP.S. La richiameremo giovedì.`);
  await recovery.dialog.getByRole('button', { name: 'Registra come inviata' }).click();
  await expect(recovery.contacts.getByRole('listitem')).toHaveCount(3);
  await recovery.contacts.getByRole('button', { name: 'Mostra il testo inviato' }).click();
  await expect(recovery.contacts).toContainText('P.S. La richiameremo giovedì.');

  // Resolving is blocked until the approver signs off.
  await recovery.completeStep('Risolvere');
  await recovery.completeStep('Responsabilizzare');
  await complaint.startAction('Segna come risolto', '2026-04-09T09:00');
  await complaint.confirmAction();
  await expect(complaint.dialog.getByRole('alert')).toContainText('non è ancora stata approvata');
  await complaint.dialog.getByRole('button', { name: 'Annulla' }).click();
  await recovery.compensation
    .getByRole('combobox', { name: 'Approvata da' })
    .selectOption({ label: 'Laura Conti' });
  await recovery.compensation.getByRole('button', { name: "Registra l'approvazione" }).click();
  await expect(recovery.compensation).toContainText('Approvata da Laura Conti');
  await complaint.act('Segna come risolto', '2026-04-09T09:00');
  await expect(complaint.history).toContainText('Compensazione approvata');

  // Resolved: it is waiting in "Da richiamare".
  const queue = new QueuePage(page);
  await queue.open();
  await queue.view('Da richiamare');
  await expect(queue.row('Parcella raddoppiata')).toBeVisible();
  await expect(
    queue.row('Parcella raddoppiata').getByRole('img', { name: /Passi completati: 5 su 7/ }),
    // The queue reads recovery progress after its rows: allow for a busy machine.
  ).toBeVisible({ timeout: 15_000 });
  await queue.openComplaint('Parcella raddoppiata');

  // The follow-up: satisfaction, feelings re-rated, client recovered.
  await recovery.completeStep('Comunicare');
  await recovery.followUp.getByLabel('Data e ora della chiamata').fill('2026-04-21T10:00');
  await recovery.followUp
    .getByRole('radiogroup', { name: 'Soddisfazione per la gestione' })
    .getByLabel('4')
    .check();
  await recovery.followUp
    .getByRole('combobox', { name: 'Senso di ingiustizia' })
    .selectOption({ label: "Un po'" });
  await recovery.followUp.getByRole('radiogroup', { name: 'Cliente recuperato?' }).getByLabel('Sì').check();
  await recovery.followUp.getByRole('button', { name: 'Registra il follow-up' }).click();
  await expect(recovery.followUp).toContainText('Soddisfazione 4/5');
  await expect(recovery.followUp).toContainText("Senso di ingiustizia: da «Fortemente» a «Un po'»");
  await expect(recovery.followUp).toContainText('Cliente recuperato');

  await recovery.completeStep('Follow-up');
  await expect(recovery.checklist).toContainText('Tutti i passi sono completati.');
  await complaint.act('Chiudi', '2026-04-22T09:00');
  await expect(complaint.lifecycle).toContainText('Il reclamo è concluso');
  await expect(complaint.history).not.toContainText('checklist incompleta');
});

test('moving on with a step incomplete asks first and records the override', async ({ page }) => {
  await register(page, 'Preventivo non rispettato');
  const complaint = new ComplaintPage(page);
  await complaint.act('Prendi in carico', '2026-04-03T11:00');
  await complaint.startAction("Avvia l'analisi", '2026-04-03T12:00');
  await complaint.confirmAction();
  await expect(complaint.dialog.getByRole('alert')).toContainText('Ascoltare, Scusarsi');
  await complaint.dialog.getByRole('button', { name: 'Procedi comunque' }).click();
  await complaint.dialog.waitFor({ state: 'detached' });
  await expect(complaint.history).toContainText('Passo confermato con la checklist incompleta');
});

test('editing a checklist template leaves existing complaints as they were', async ({ page }) => {
  await register(page, 'Prima del cambio');
  const recovery = new RecoveryPanels(page);
  const original = 'Lasciare parlare il cliente senza interrompere né giustificarsi';
  await expect(recovery.checklist.getByRole('checkbox', { name: original })).toBeVisible();
  const url = page.url();

  await page.goto('/#/settings/checklists');
  const listen = page.getByRole('tabpanel').getByRole('textbox', { name: '1. Ascoltare' });
  await listen.fill('Ascoltare il cliente di persona, con calma');
  await page.getByRole('tabpanel').getByRole('button', { name: 'Salva i modelli' }).click();
  await expect(page.getByRole('tabpanel').getByRole('status')).toHaveText('Salvato');

  await page.goto(url);
  await expect(recovery.checklist.getByRole('checkbox', { name: original })).toBeVisible();
  await expect(
    recovery.checklist.getByRole('checkbox', { name: 'Ascoltare il cliente di persona, con calma' }),
  ).toHaveCount(0);

  await register(page, 'Dopo il cambio', true);
  await expect(
    recovery.checklist.getByRole('checkbox', { name: 'Ascoltare il cliente di persona, con calma' }),
  ).toBeVisible();
  await expect(recovery.checklist.getByRole('checkbox', { name: original })).toHaveCount(0);
});
