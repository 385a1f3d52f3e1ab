import { expect, test } from '../../fixtures/app';
import { ComplaintFormPage } from '../../pages/ComplaintFormPage';
import { ComplaintPage } from '../../pages/ComplaintPage';
import { DocumentPage } from '../../pages/DocumentPage';
import { fillStudioProfile, STUDIO } from './setup';

const longWords = Array.from(
  { length: 14 },
  (_, i) =>
    `Punto ${i + 1}: ho chiesto più volte notizie sulla dichiarazione e nessuno mi ha richiamato, perché? ` +
    'Mi aspettavo la qualità di sempre; invece ho pagato una sanzione di 250 € che non era colpa mia.',
).join('\n');

test('a complaint’s dossier prints as a multi-page tagged A4 PDF with letterhead, running header and page numbers', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  await fillStudioProfile(page);

  await page.goto('/#/complaints/new');
  const form = new ComplaintFormPage(page);
  await form.fill({
    client: 'Ferri Anna',
    existingClient: false,
    date: '02/03/2026',
    time: '09:30',
    channel: 'E-mail',
    cause: 'Qualità del prodotto/servizio',
    severity: 'Alta',
    title: 'Sanzione per una dichiarazione inviata in ritardo',
    clientWords: longWords,
    expectation: 'Che la dichiarazione fosse inviata nei termini, come promesso.',
    remedy: 'Rimborso della sanzione di 250 € e un incontro con il titolare.',
  });
  await form.rateFeeling('Perdita di fiducia', 3);
  await form.save();
  const complaint = new ComplaintPage(page);
  await expect(complaint.heading('Sanzione per una dichiarazione inviata in ritardo')).toBeVisible();
  await complaint.act('Prendi in carico', '2026-03-03T10:00');
  await complaint.act("Avvia l'analisi", '2026-03-04T09:00');
  await complaint.act('Proponi una soluzione', '2026-03-10T09:00');

  await page.getByRole('link', { name: 'Stampa / PDF' }).click();
  const documentPage = new DocumentPage(page);
  await expect(
    documentPage.sheet.getByRole('heading', { level: 1, name: 'Fascicolo del reclamo' }),
  ).toBeVisible();
  await expect(page.getByRole('navigation')).toHaveCount(0);

  const pdf = await documentPage.pdf(testInfo.outputPath('dossier.pdf'));

  expect(pdf.pageSize).toContain('A4');
  expect(pdf.tagged).toBe(true);
  expect(pdf.pages).toBeGreaterThanOrEqual(2);
  expect(pdf.text).toContain('R-2026-0001');
  expect(pdf.text).toContain(STUDIO);
  for (const word of ['perché', 'qualità', '250 €', 'Perdita di fiducia', 'Rispettata', 'Soluzione proposta'])
    expect(pdf.text).toContain(word);
  pdf.pageTexts.forEach((text, i) => {
    expect(text).toContain(`Pagina ${i + 1} di ${pdf.pages}`);
    expect(text).toContain('R-2026-0001 · Documento riservato');
    // Pages after the first carry the running header; the first has the full letterhead.
    if (i > 0) expect(text).toContain(STUDIO);
  });
});
