import type { Page } from '@playwright/test';
import { expect, test } from '../../fixtures/app';
import { ComplaintFormPage } from '../../pages/ComplaintFormPage';
import { ComplaintPage } from '../../pages/ComplaintPage';
import { DashboardPage } from '../../pages/DashboardPage';
import { RecoveryPanels } from '../../pages/RecoveryPanels';
import { SurveysPage } from '../../pages/SurveysPage';

// Friday 24 April 2026: the dashboard's default period is April–June 2026.
const NOW = new Date('2026-04-24T10:00:00');

async function register(page: Page, client: string, date: string, title: string): Promise<ComplaintPage> {
  await page.goto('/#/complaints/new');
  const form = new ComplaintFormPage(page);
  await form.fill({
    client,
    existingClient: false,
    date,
    time: '10:00',
    channel: 'E-mail',
    cause: 'Problemi di prezzo',
    severity: 'Media',
    title,
    clientWords: 'La parcella è più alta di quanto concordato.',
  });
  await form.save();
  const complaint = new ComplaintPage(page);
  await expect(complaint.heading(title)).toBeVisible();
  return complaint;
}

test.beforeEach(async ({ page }) => {
  await page.clock.setSystemTime(NOW);
});

test('the tiles show response times, calls due, recovered clients and the cost of a lost client', async ({
  page,
}) => {
  // Registering and working a complaint through the UI takes many stored steps.
  test.setTimeout(150_000);
  const complaint = await register(page, 'Ferri Anna', '03/04/2026', 'Parcella oltre il preventivo');
  const recovery = new RecoveryPanels(page);
  // The promise the complaint says was broken, recorded on the client's page.
  const complaintUrl = page.url();
  await complaint.details.getByRole('link', { name: 'Ferri Anna' }).click();
  const promises = page.getByRole('region', { name: 'Promesse' });
  await promises.getByRole('combobox', { name: /^Tipo/ }).click();
  await page.getByRole('option', { name: 'Preventivo' }).click();
  await promises
    .getByRole('textbox', { name: 'Che cosa è stato promesso', exact: false })
    .fill('Massimo 800 €');
  await promises.getByRole('button', { name: 'Aggiungi' }).click();
  await expect(promises).toContainText('Massimo 800 €');
  await page.goto(complaintUrl);
  const broken = page.getByRole('checkbox', { name: 'Preventivo: Massimo 800 €' });
  // The tick is stored first and then shown.
  await broken.click();
  await expect(broken).toBeChecked();

  // Acknowledged on Tuesday 7 April (Easter Monday does not count: 1 working day),
  // resolved on Thursday 9 (3 working days), with 150 € of compensation.
  await complaint.act('Prendi in carico', '2026-04-07T11:00');
  await complaint.act("Avvia l'analisi", '2026-04-07T12:00');
  await recovery.proposeCompensation('Riduzione della parcella al preventivo.', '150', '1');
  await complaint.act('Proponi una soluzione', '2026-04-08T09:00');
  await complaint.startAction('Registra la risposta del cliente', '2026-04-08T10:00');
  await complaint.dialog.getByLabel('Il cliente accetta la soluzione').check();
  await complaint.confirmAction();
  await complaint.dialog.waitFor({ state: 'detached' });
  await complaint.act('Segna come risolto', '2026-04-09T09:00');

  const dashboard = new DashboardPage(page);
  await dashboard.open();
  await expect(dashboard.tile('Presa in carico \\(mediana\\)')).toHaveAccessibleName(
    'Presa in carico (mediana): 1 (giorni lavorativi, standard 2)',
  );
  await expect(dashboard.tile('Risoluzione \\(mediana\\)')).toHaveAccessibleName(
    'Risoluzione (mediana): 3 (giorni lavorativi, standard 30)',
  );
  await expect(dashboard.tile('Standard rispettati')).toHaveAccessibleName('Standard rispettati: 100%');
  await expect(dashboard.tile('Clienti recuperati')).toHaveAccessibleName(
    'Clienti recuperati: — (0 su 0 follow-up)',
  );
  const promiseRow = await dashboard.tableRow('Promesse non mantenute per tipo', 'Preventivo');
  await expect(promiseRow.getByRole('cell')).toHaveText(['Preventivo', '1']);

  // Ten working days after resolving (23 April), the follow-up call is due.
  const calls = dashboard.tile('Da richiamare');
  await expect(calls).toHaveAccessibleName(/^Da richiamare: 1 /);
  await calls.getByRole('link').click();
  await expect(page).toHaveURL(/view=to_call_back/);
  await page.getByRole('row').filter({ hasText: 'Parcella oltre il preventivo' }).click();

  await recovery.followUp.getByLabel('Data e ora della chiamata').fill('2026-04-24T09:00');
  await recovery.followUp
    .getByRole('radiogroup', { name: 'Soddisfazione per la gestione' })
    .getByLabel('2')
    .check();
  await recovery.followUp.getByRole('radiogroup', { name: 'Cliente recuperato?' }).getByLabel('No').check();
  await recovery.followUp.getByRole('button', { name: 'Registra il follow-up' }).click();
  // The checklist was skipped on purpose: the override is recorded.
  await recovery.followUp.getByRole('button', { name: 'Procedi comunque' }).click();
  await expect(recovery.followUp).toContainText('Soddisfazione 2/5');

  await dashboard.open();
  await expect(dashboard.tile('Clienti recuperati')).toHaveAccessibleName(
    'Clienti recuperati: 0% (0 su 1 follow-up)',
  );
  // No annual value on record: the lost client costs its word of mouth, 10 × 10 % × 3.000 €.
  await expect(dashboard.tile("Costo dell'insoddisfazione")).toHaveAccessibleName(
    /^Costo dell'insoddisfazione: 3\.150\s€ \(indennizzi 150\s€ · 1 cliente perso: 3\.000\s€\)$/,
  );
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: '/tmp/shots/dashboard/overview-dark.png', fullPage: true });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.screenshot({ path: '/tmp/shots/dashboard/overview-light.png', fullPage: true });
});

test('a client not heard from for three months shows in the silent panel', async ({ page }) => {
  test.setTimeout(120_000);
  const complaint = await register(page, 'Conti Marco', '05/01/2026', 'Preventivo poco chiaro');
  const recovery = new RecoveryPanels(page);
  await complaint.act('Prendi in carico', '2026-01-07T09:00');
  await recovery.logContact({
    at: '2026-01-09T10:00',
    channel: 'Telefono',
    summary: 'Spiegate le voci del preventivo.',
  });
  await complaint.startAction('Chiudi come non fondato', '2026-01-12T09:00');
  await complaint.dialog
    .getByRole('textbox', { name: 'Motivo', exact: false })
    .fill('Le voci erano nel preventivo firmato.');
  await complaint.confirmAction();
  await complaint.dialog.waitFor({ state: 'detached' });
  await expect(complaint.lifecycle).toContainText('Il reclamo è concluso');

  const dashboard = new DashboardPage(page);
  await dashboard.open('silent');
  const client = page.getByRole('article', { name: 'Conti Marco' });
  await expect(client).toContainText('Silenzio lungo');
  await expect(client).toContainText('ultimo contatto il 09/01/2026');
  await page.screenshot({ path: '/tmp/shots/dashboard/silent-light.png', fullPage: true });

  // A studio that sees its clients twice a year sets a longer silence: Marco drops out until May.
  const threshold = page.getByRole('textbox', { name: 'Silenzio lungo dopo (giorni)' });
  await threshold.fill('20');
  await page.getByRole('button', { name: 'Applica' }).click();
  await expect(page.getByText('Indicate un numero intero di giorni da 30 a 730.')).toBeVisible();
  await threshold.fill('120');
  await page.getByRole('button', { name: 'Applica' }).click();
  await expect(client).toHaveCount(0);
  await threshold.fill('90');
  await page.getByRole('button', { name: 'Applica' }).click();
  await expect(client).toContainText('Silenzio lungo');

  await client.getByRole('button', { name: 'Chiama il cliente' }).click();
  await dashboard.dialog
    .getByRole('textbox', { name: "Com'è andata" })
    .fill('Tutto bene, ci sentiamo a giugno.');
  await dashboard.dialog.getByRole('button', { name: 'Registra la chiamata' }).click();
  await expect(client).toHaveCount(0);
  await expect(page.getByText('Nessun segnale di insoddisfazione silenziosa.')).toBeVisible();
});

test('a full 22-item SERVQUAL answer feeds the radar with the means of its items', async ({ page }) => {
  const dashboard = new DashboardPage(page);
  await dashboard.open();
  const radar = dashboard.chart('Offerta e percepita per dimensione');
  await expect(radar).toContainText('Nessun dato nel periodo scelto.');

  const surveys = new SurveysPage(page);
  await surveys.open();
  await surveys.nps.fill('5');
  await surveys.csat.fill('3');
  await page
    .getByRole('radiogroup', { name: 'Questionario' })
    .getByText('SERVQUAL completo (22 domande)')
    .click();
  await expect(
    page.getByText('22. Lo studio capisce le esigenze particolari di ciascun cliente.'),
  ).toBeVisible();
  // Reliability is questions 5 to 9: expected 7 throughout, perceived 2, 3, 3, 2, 5 (mean 3).
  const perceived = ['2', '3', '3', '2', '5'];
  for (const [i, p] of perceived.entries()) {
    await page.getByRole('textbox', { name: `Domanda ${i + 5}: Attesa` }).fill('7');
    await page.getByRole('textbox', { name: `Domanda ${i + 5}: Percezione` }).fill(p);
  }
  await page.getByRole('textbox', { name: 'Domanda 1: Percezione' }).fill('6');
  await page.getByRole('button', { name: 'Salva (Invio)' }).click();
  await expect(page.getByText('Cliente insoddisfatto: è stato aperto un follow-up.')).toBeVisible();
  await page.screenshot({ path: '/tmp/shots/dashboard/servqual-form.png', fullPage: true });

  await dashboard.open();
  const reliability = await dashboard.tableRow('Offerta e percepita per dimensione', 'Affidabilità');
  await expect(reliability.getByRole('cell')).toHaveText(['Affidabilità', '—', '3', '7', '—', '—', '—']);
  const tangibles = await dashboard.tableRow('Offerta e percepita per dimensione', 'Aspetti tangibili');
  await expect(tangibles.getByRole('cell')).toHaveText(['Aspetti tangibili', '—', '6', '—', '—', '—', '—']);
});
