import { expect, test } from '../../fixtures/app';
import { ComplaintFormPage } from '../../pages/ComplaintFormPage';
import { ComplaintPage } from '../../pages/ComplaintPage';
import { DashboardPage } from '../../pages/DashboardPage';
import { DocumentPage } from '../../pages/DocumentPage';
import { SurveysPage } from '../../pages/SurveysPage';
import { surveyCsv } from '../quality/csv';
import { fillStudioProfile, loadDemo, STUDIO } from './setup';

test('the periodic report of a year of the demo register prints with its figures, Pareto chart and management review', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  await fillStudioProfile(page);
  await loadDemo(page);

  await page.getByRole('navigation').getByRole('link', { name: 'Report e documenti' }).click();
  await page.getByRole('radiogroup', { name: 'Periodo' }).getByText('Anno', { exact: true }).click();
  const year = await page.getByRole('combobox', { name: 'Anno', exact: true }).inputValue();
  await page
    .getByRole('textbox', { name: 'Osservazioni sul periodo', exact: true })
    .fill('Molti reclami sulla qualità delle dichiarazioni: perché le scadenze slittano a fine mese?');
  await page
    .getByRole('textbox', { name: 'Decisioni e azioni decise', exact: true })
    .fill('Formazione sul nuovo gestionale, budget 1.500 €. Verifica a giugno.');
  await page
    .getByRole('combobox', { name: 'Valutazione di «Reattività»' })
    .selectOption({ label: '3 · Quasi sempre' });
  await page.getByRole('button', { name: 'Salva il riesame' }).click();
  await expect(page.getByText('Riesame salvato')).toBeVisible();

  await page.getByRole('link', { name: 'Stampa / PDF del report' }).click();
  const documentPage = new DocumentPage(page);
  await expect(
    documentPage.sheet.getByRole('heading', { level: 1, name: 'Report periodico sui reclami' }),
  ).toBeVisible();
  await expect(documentPage.sheet.locator('svg.recharts-surface')).toHaveCount(1);

  const pdf = await documentPage.pdf(testInfo.outputPath('report.pdf'));

  expect(pdf.tagged).toBe(true);
  expect(pdf.pages).toBeGreaterThanOrEqual(2);
  for (const text of [
    STUDIO,
    `Anno ${year}`,
    'Rispetto degli standard',
    'Quota cumulata',
    'Difficoltà di comunicazione',
    'Riesame della direzione',
    'perché',
    'qualità',
    '1.500 €',
    'Quasi sempre',
    'Soddisfazione dei clienti',
    'Divario di qualità',
    'Azioni di miglioramento',
  ])
    expect(pdf.text).toContain(text);
  expect(pdf.text).toMatch(/Reclami ricevuti/);
});

test("the periodic report carries the period's surveys, improvement actions and the activity log's final fingerprint", async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  // The studio's clock in May 2026, so the dashboard's default quarter holds the complaint.
  await page.clock.setSystemTime(new Date('2026-05-20T10:00:00'));
  await fillStudioProfile(page);
  await page.goto('/#/complaints/new');
  const form = new ComplaintFormPage(page);
  await form.fill({
    client: 'Ferri Anna',
    existingClient: false,
    date: '12/05/2026',
    time: '09:30',
    channel: 'E-mail',
    cause: 'Problemi di prezzo',
    severity: 'Media',
    title: 'Parcella più alta del preventivo',
    clientWords: 'Nessuno mi aveva detto che sarebbe costato il doppio.',
  });
  await form.save();
  await expect(new ComplaintPage(page).heading('Parcella più alta del preventivo')).toBeVisible();

  // Eleven answers: NPS 0 to 10, so 2 promoters, 2 passives and 7 detractors.
  const surveys = new SurveysPage(page);
  await surveys.open();
  await surveys.chooseCsv('risposte.csv', surveyCsv(11));
  await surveys.runImport(11);
  await expect(surveys.importDialog).toHaveCount(0);

  const dashboard = new DashboardPage(page);
  await dashboard.open();
  await dashboard
    .chart('Reclami per causa (Pareto)')
    .getByRole('button', { name: 'Azione: Problemi di prezzo' })
    .click();
  await dashboard.dialog
    .getByRole('textbox', { name: 'Che cosa faremo', exact: false })
    .fill('Preventivo scritto e firmato prima di ogni pratica');
  await dashboard.dialog.getByRole('button', { name: "Crea l'azione" }).click();
  await expect(
    page.getByRole('article', { name: 'Preventivo scritto e firmato prima di ogni pratica' }),
  ).toBeVisible();

  await page.getByRole('navigation').getByRole('link', { name: 'Report e documenti' }).click();
  await page.getByRole('radiogroup', { name: 'Periodo' }).getByText('Anno', { exact: true }).click();
  await page.getByRole('combobox', { name: 'Anno', exact: true }).selectOption('2026');
  await page.getByRole('link', { name: 'Stampa / PDF del report' }).click();
  const pdf = await new DocumentPage(page).pdf(testInfo.outputPath('report.pdf'));

  for (const text of [
    'Sondaggi compilati 11',
    'Net Promoter Score -45',
    'Clienti soddisfatti (CSAT) 36%',
    // Table cells wrap, so only the start of the action's description is on one line.
    'Preventivo scritto e firmato',
    'Da fare',
    'Integrità del registro delle attività',
  ])
    expect(pdf.text).toContain(text);
  const printedHead = /Impronta finale \(SHA-256\) ([0-9a-f]{64})/.exec(pdf.text)?.[1];
  expect(printedHead).toMatch(/^[0-9a-f]{64}$/);

  // The fingerprint printed is the one the app's own check of the whole chain ends on.
  await page.goto('/#/settings/backup');
  await page.getByRole('button', { name: 'Verifica la catena' }).click();
  await expect(page.getByRole('tabpanel')).toContainText('La catena è integra');
  await expect(page.getByRole('tabpanel').locator('code')).toHaveText(printedHead ?? 'missing');
});
