import { expect, test } from '../../fixtures/app';
import { DocumentPage } from '../../pages/DocumentPage';
import { SettingsPage } from '../../pages/SettingsPage';
import { fillStudioProfile, loadDemo, STUDIO } from './setup';

test('the complaint policy is edited, saved as a version and printed on letterhead', async ({
  page,
}, testInfo) => {
  await fillStudioProfile(page);
  await page.goto('/#/settings/policy');
  const settings = new SettingsPage(page);
  const text = page.getByRole('textbox', { name: 'Testo della politica' });
  await expect(text).toHaveValue(/## Perché vogliamo sapere/);
  await text.fill(
    (await text.inputValue()) +
      '\n\n## Il nostro impegno per la qualità\nPresentare un reclamo costa 0 €, perché ci aiuta.',
  );
  await settings.button('Salva come nuova versione').click();
  await expect(page.getByRole('status').filter({ hasText: 'Versione 1 salvata' })).toBeVisible();

  await page.getByRole('tabpanel').getByRole('link', { name: 'Stampa / PDF' }).click();
  const pdf = await new DocumentPage(page).pdf(testInfo.outputPath('policy.pdf'));

  for (const words of [
    'Politica di gestione dei reclami',
    'Versione 1 del',
    STUDIO,
    'perché',
    'qualità',
    '0 €',
    'entro 10 giorni lavorativi',
  ])
    expect(pdf.text).toContain(words);
  expect(pdf.text).toContain('per PEC a studiomarchetti@pec.it');
});

test('the complaint and survey forms, the poster and the website text print from the studio’s standards', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  await fillStudioProfile(page);
  const documentPage = new DocumentPage(page);
  const open = async (name: string) => {
    await page.goto('/#/reports');
    await page.getByRole('link', { name, exact: true }).click();
  };

  await open('Modulo di reclamo');
  const form = await documentPage.pdf(testInfo.outputPath('complaint-form.pdf'));
  expect(form.pages).toBe(1);
  for (const words of [
    'Modulo di reclamo',
    'Che cosa è successo?',
    'Perdita di fiducia',
    'Riservato allo studio',
    'presa in carico entro 2 giorni lavorativi',
  ])
    expect(form.text).toContain(words);

  await open('Questionario di soddisfazione');
  const survey = await documentPage.pdf(testInfo.outputPath('survey-form.pdf'));
  expect(survey.pages).toBe(1);
  for (const words of [
    'Indice di raccomandazione (NPS)',
    '0 1 2 3 4 5 6 7 8 9 10',
    'Affidabilità',
    'Reattività',
    'Empatia',
    'commento',
  ])
    expect(survey.text).toContain(words);

  await open("Manifesto per la sala d'attesa");
  const poster = await documentPage.pdf(testInfo.outputPath('poster.pdf'));
  expect(poster.pages).toBe(1);
  // The response times stand in three columns, which pdftotext reads across: check each line of them.
  for (const words of [
    'Qualcosa non va? Ditecelo.',
    'Per PEC: studiomarchetti@pec.it',
    'vi diamo una',
    'prima risposta',
    'entro 10 giorni',
  ])
    expect(poster.text).toContain(words);

  await open('Testo per il sito web');
  const website = await documentPage.pdf(testInfo.outputPath('website-text.pdf'));
  expect(website.text).toContain('Reclami e segnalazioni');
  expect(website.text).toContain('entro 30 giorni lavorativi');
});

test('a client’s report lists their complaints with protocol codes and the annual fees in euros', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  await fillStudioProfile(page);
  await loadDemo(page);
  await page.goto('/#/clients');
  await page.getByRole('table', { name: 'Clienti in ordine alfabetico' }).getByRole('link').first().click();
  await page.getByRole('link', { name: 'Stampa / PDF' }).click();

  const pdf = await new DocumentPage(page).pdf(testInfo.outputPath('client.pdf'));

  expect(pdf.text).toContain('Scheda reclami del cliente');
  expect(pdf.text).toContain(STUDIO);
  expect(pdf.text).toMatch(/R-20\d\d-\d{4}/);
  expect(pdf.text).toMatch(/\d €/);
});
