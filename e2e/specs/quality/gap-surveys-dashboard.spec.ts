import { expect, test } from '../../fixtures/app';
import { ComplaintFormPage } from '../../pages/ComplaintFormPage';
import { ComplaintPage } from '../../pages/ComplaintPage';
import { DashboardPage } from '../../pages/DashboardPage';
import { SurveysPage } from '../../pages/SurveysPage';
import { followUpsIn, surveyCsv } from './csv';

// The studio's clock: Wednesday 20 May 2026, so the dashboard's default period is April–June 2026.
const NOW = new Date('2026-05-20T10:00:00');

async function registerPricingComplaint(page: import('@playwright/test').Page, date: string) {
  await page.goto('/#/complaints/new');
  const form = new ComplaintFormPage(page);
  await form.fill({
    client: 'Ferri Anna',
    existingClient: false,
    date,
    time: '09:30',
    channel: 'E-mail',
    cause: 'Problemi di prezzo',
    severity: 'Media',
    title: 'Parcella più alta del preventivo',
    clientWords: 'Nessuno mi aveva detto che sarebbe costato il doppio.',
  });
  await form.save();
  const complaint = new ComplaintPage(page);
  await expect(complaint.heading('Parcella più alta del preventivo')).toBeVisible();
  return complaint;
}

test.beforeEach(async ({ page }) => {
  // Registering through the full intake form is slow on a busy machine.
  test.setTimeout(90_000);
  await page.clock.setSystemTime(NOW);
});

test("a gap assessment, the studio's prediction of expectations and 200 imported answers move the radar and the NPS on the dashboard", async ({
  page,
}) => {
  await registerPricingComplaint(page, '15/05/2026');

  const gap = page.getByRole('region', { name: 'Divario di qualità' });
  await gap.getByRole('combobox', { name: 'Affidabilità: Offerta' }).selectOption('6');
  await gap.getByRole('combobox', { name: 'Affidabilità: Percepita' }).selectOption('2');
  await gap.getByRole('combobox', { name: 'Affidabilità: Attesa' }).selectOption('5');
  await gap.getByRole('textbox', { name: 'Affidabilità: Nota' }).fill('Scadenza del preventivo superata');
  await expect(gap.getByRole('cell', { name: 'Divario su Affidabilità' })).toHaveText('-4');
  await gap.getByRole('button', { name: 'Salva la valutazione' }).click();
  await expect(page.getByText('Valutazione del divario salvata.')).toBeVisible();

  // The studio's self-assessment predicts that clients expect 4 on reliability; the client said 5.
  const dashboard = new DashboardPage(page);
  await dashboard.open('self');
  await page.getByRole('combobox', { name: 'Affidabilità: Offerta', exact: true }).selectOption('6');
  await page.getByRole('combobox', { name: 'Affidabilità: Attesa prevista', exact: true }).selectOption('4');
  await page.getByRole('button', { name: "Salva l'autovalutazione" }).click();
  await expect(page.getByText('Autovalutazione salvata.')).toBeVisible();

  await dashboard.open();
  await expect(dashboard.tile('NPS')).toHaveAccessibleName('NPS: —');
  const before = await dashboard.tableRow('Offerta e percepita per dimensione', 'Affidabilità');
  await expect(before.getByRole('cell')).toHaveText(['Affidabilità', '6', '2', '5', '-4', '4', '1']);

  const surveys = new SurveysPage(page);
  await surveys.open();
  await surveys.chooseCsv('risposte.csv', surveyCsv(200));
  await expect(surveys.importDialog.getByText('200 righe di dati nel file.')).toBeVisible();
  // The Italian headers are recognised: each field already points at its column.
  await expect(surveys.importDialog.getByRole('combobox', { name: 'Data', exact: false })).toHaveValue('0');
  await expect(
    surveys.importDialog.getByRole('combobox', { name: 'Indice di raccomandazione (NPS)', exact: false }),
  ).toHaveValue('2');
  await expect(surveys.importDialog.getByRole('combobox', { name: 'Affidabilità' })).toHaveValue('4');
  await expect(surveys.importDialog.getByRole('cell', { name: 'Risposta 1; grazie' })).toBeVisible();
  await surveys.runImport(200);
  await expect(page.getByText('Importate 200 risposte.')).toBeVisible();
  await expect(surveys.recent.getByRole('heading')).toHaveText('Ultime risposte (200 in tutto)');

  await dashboard.open();
  // 36 promoters and 128 detractors out of 200 → NPS −46; 80 answers of 4 or 5 → CSAT 40 %.
  await expect(dashboard.tile('NPS')).toHaveAccessibleName('NPS: -46', { timeout: 15_000 });
  await expect(dashboard.tile('CSAT')).toHaveAccessibleName('CSAT: 40%');
  await expect(dashboard.tile('Risposte negative da seguire')).toHaveAccessibleName(
    `Risposte negative da seguire: ${followUpsIn(200)}`,
  );
  const after = await dashboard.tableRow('Offerta e percepita per dimensione', 'Affidabilità');
  await expect(after.getByRole('cell')).toHaveText(['Affidabilità', '6', '4', '5', '-2', '4', '1']);
  await expect(
    dashboard.chart('NPS mese per mese (ultimi 12 mesi)').getByRole('img', { name: /^NPS del periodo -46:/ }),
  ).toBeVisible();
});

test('a malformed CSV is rejected with its row numbers and nothing is imported', async ({ page }) => {
  const surveys = new SurveysPage(page);
  await surveys.open();
  const lines = surveyCsv(5).split('\r\n');
  lines[2] = '02/05/2026;;11;4;3;Troppo alto';
  lines[4] = '31/02/2026;;8;4;3;Data impossibile';
  await surveys.chooseCsv('sbagliato.csv', lines.join('\r\n'));
  await surveys.runImport(5);
  const report = surveys.importDialog.getByRole('alert');
  await expect(report).toContainText('Importazione annullata: 2 errori. Non è stato importato nulla.');
  await expect(report.getByRole('listitem')).toHaveText([
    'Riga 3: Indice di raccomandazione (NPS) non valido (11)',
    'Riga 5: Data non valido (31/02/2026)',
  ]);
  await surveys.importDialog.getByRole('button', { name: 'Annulla' }).click();
  await expect(surveys.recent.getByText('Nessuna risposta ancora.')).toBeVisible();
});

test('an improvement action made from the Pareto is checked for effectiveness weeks later', async ({
  page,
}) => {
  await registerPricingComplaint(page, '12/05/2026');
  const dashboard = new DashboardPage(page);
  await dashboard.open();
  const pareto = dashboard.chart('Reclami per causa (Pareto)');
  await pareto.getByRole('button', { name: 'Azione: Problemi di prezzo' }).click();
  await expect(dashboard.dialog.getByRole('combobox', { name: 'Causa' })).toHaveValue('Problemi di prezzo');
  await dashboard.dialog
    .getByRole('textbox', { name: 'Che cosa faremo', exact: false })
    .fill('Preventivo scritto e firmato prima di ogni pratica');
  await dashboard.dialog.getByRole('button', { name: "Crea l'azione" }).click();
  const action = page.getByRole('article', { name: 'Preventivo scritto e firmato prima di ogni pratica' });
  await expect(action).toContainText('Problemi di prezzo');

  // Four weeks on, no new complaint about prices: the action worked.
  await page.clock.setSystemTime(new Date('2026-06-17T10:00:00'));
  await page.reload();
  await expect(action).toContainText('Efficacia non ancora verificata.');
  await action.getByRole('button', { name: "Verifica l'efficacia" }).click();
  await expect(dashboard.dialog).toContainText(
    'dal 22/04/2026 al 19/05/2026 (prima) e dal 20/05/2026 al 16/06/2026 (dopo)',
  );
  await dashboard.dialog.getByRole('textbox', { name: 'Nota' }).fill('Nessuna sorpresa in parcella');
  await dashboard.dialog.getByRole('button', { name: 'Registra la verifica' }).click();
  await expect(action.getByRole('status')).toContainText('Efficace');
  await expect(action.getByRole('status')).toContainText('Prima 1, dopo 0 (-100%)');
});
