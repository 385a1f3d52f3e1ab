import { expect, test } from '../../fixtures/app';
import { DocumentPage } from '../../pages/DocumentPage';
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
  ])
    expect(pdf.text).toContain(text);
  expect(pdf.text).toMatch(/Reclami ricevuti/);
});
