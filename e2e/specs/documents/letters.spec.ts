import { expect, test } from '../../fixtures/app';
import { ComplaintFormPage } from '../../pages/ComplaintFormPage';
import { ComplaintPage } from '../../pages/ComplaintPage';
import { DocumentPage } from '../../pages/DocumentPage';
import { RecoveryPanels } from '../../pages/RecoveryPanels';
import { SettingsPage } from '../../pages/SettingsPage';
import { fillStudioProfile, STUDIO } from './setup';

test.describe.configure({ timeout: 120_000 });

test("the studio's own apology wording drafts the letter, which prints on letterhead exactly as sent and joins the dossier", async ({
  page,
}, testInfo) => {
  await fillStudioProfile(page);

  // Settings › Modelli di lettera: a misspelt field is refused with its name, and nothing typed is lost.
  await page.goto('/#/settings/letters');
  const settings = new SettingsPage(page);
  const panel = page.getByRole('tabpanel');
  await panel.getByRole('combobox', { name: 'Lettera da modificare' }).selectOption({ label: 'Scuse' });
  await expect(panel).toContainText('Testo predefinito');
  await settings.field('Oggetto').fill('Ci scusiamo con lei – {{code}}');
  const body = panel.getByRole('textbox', { name: 'Testo' });
  await body.fill('Gentile {{cliente}},\n\nci scusiamo per quanto accaduto. ');
  await settings.button('Salva i modelli di lettera').click();
  await expect(panel).toContainText('Riparo non conosce {{cliente}}');
  await expect(body).toHaveValue(/ci scusiamo per quanto accaduto/);

  await body.fill(
    'Gentile ,\n\nci scusiamo per quanto accaduto: perché la qualità conta. Rimborseremo 90 €.',
  );
  // The field goes where the cursor is: after "Gentile ".
  await body.press('Control+Home');
  for (let i = 0; i < 'Gentile '.length; i++) await body.press('ArrowRight');
  await panel.getByRole('button', { name: 'Cliente', exact: true }).click();
  await expect(body).toHaveValue(/^Gentile \{\{client\}\},/);
  await expect(panel.getByRole('region', { name: 'Anteprima' })).toContainText('Gentile Anna Ferri,');
  await settings.button('Salva i modelli di lettera').click();
  await expect(settings.savedStatus).toHaveText('Salvato');
  await expect(panel).toContainText('Testo dello studio');

  await page.goto('/#/complaints/new');
  const form = new ComplaintFormPage(page);
  await form.fill({
    client: 'Galli Roberto',
    existingClient: false,
    date: '02/03/2026',
    time: '09:30',
    channel: 'E-mail',
    cause: 'Problemi di prezzo',
    severity: 'Media',
    title: 'Parcella diversa dal preventivo',
    clientWords: 'Mi avete chiesto 90 € in più del preventivo senza spiegazioni.',
  });
  await form.save();
  const complaint = new ComplaintPage(page);
  await expect(complaint.heading('Parcella diversa dal preventivo')).toBeVisible();
  const recovery = new RecoveryPanels(page);
  await recovery.completeStep('Ascoltare');
  await recovery.logContact({
    at: '2026-03-03T10:00',
    channel: 'Telefono',
    summary: 'Chiamato il cliente: ascoltate le sue ragioni.',
  });

  await recovery.contacts.getByRole('button', { name: 'Scrivi lettera' }).click();
  await recovery.dialog.getByRole('combobox', { name: 'Modello' }).selectOption({ label: 'Scuse' });
  await expect(recovery.dialog.getByRole('textbox', { name: 'Oggetto' })).toHaveValue(
    /^Ci scusiamo con lei – R-2026-\d{4}$/,
  );
  await expect(recovery.dialog.getByRole('textbox', { name: 'Testo' })).toHaveValue(
    /^Gentile Galli Roberto,\n\nci scusiamo per quanto accaduto/,
  );
  await recovery.dialog.getByRole('button', { name: 'Registra come spedita per posta e stampa' }).click();

  const letter = new DocumentPage(page);
  await expect(letter.sheet).toContainText('Oggetto: Ci scusiamo con lei');
  const letterPdf = await letter.pdf(testInfo.outputPath('letter.pdf'));
  expect(letterPdf.pages).toBe(1);
  expect(letterPdf.tagged).toBe(true);
  for (const text of [
    STUDIO,
    'Galli Roberto',
    'Oggetto: Ci scusiamo con lei – R-2026-0001',
    'perché la qualità conta',
    '90 €',
  ])
    expect(letterPdf.text).toContain(text);
  expect(letterPdf.text).not.toContain('{{');

  // The letter is in the log as a letter sent by post, with its own print link.
  await letter.backButton.click();
  const sent = recovery.contacts.getByRole('listitem').filter({ hasText: 'Ci scusiamo con lei' });
  await expect(sent).toContainText('Lettera');
  await expect(sent.getByRole('link', { name: 'Stampa la lettera' })).toBeVisible();

  // The dossier now carries the checklist, the contacts with the letter word for word, the gap and the economics.
  await page.getByRole('link', { name: 'Stampa / PDF' }).click();
  const dossier = await new DocumentPage(page).pdf(testInfo.outputPath('dossier.pdf'));
  for (const text of [
    'Passi di recupero',
    'Passi completati: 1 su 7.',
    'Comunicazioni con il cliente',
    'Chiamato il cliente: ascoltate le sue ragioni.',
    'Scuse, inviata il',
    'perché la qualità conta',
    'Divario di qualità',
    'Nessuna valutazione del divario registrata.',
    'Conviene recuperare?',
  ])
    expect(dossier.text).toContain(text);
});
