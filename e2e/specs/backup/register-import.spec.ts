import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../../fixtures/app';
import { registerDigest } from '../../helpers/registerDigest';
import { QueuePage } from '../../pages/QueuePage';
import { RegisterImportPage } from '../../pages/RegisterImportPage';

const SHOTS = '/tmp/shots/import';

// Each test reads and writes a register through the whole flow: allow for a loaded machine.
test.describe.configure({ timeout: 60_000 });

/** How a studio's hand-kept Excel register looks once saved as CSV from Italian Excel. */
const STUDIO_REGISTER = [
  'Data;Nominativo;Codice fiscale / P. IVA;E-mail;Canale;Motivo;Gravità;Oggetto;Descrizione;Rimedio;Stato;Data chiusura',
  '12/01/2026 09:15;Ferri Anna;;anna.ferri@example.it;Telefono;Problemi di prezzo;Alta;Parcella più alta del preventivo;"La parcella è il doppio di quanto detto; nessuno mi ha avvisato";Rivedere la parcella;;',
  '03/02/2026;Edilnord S.r.l.;01234567897;;E-mail;Difficoltà di comunicazione;Media;Nessuna risposta alle e-mail;Scriviamo da due settimane senza risposta;;Chiuso;10/02/2026 18:00',
  '15/02/2026 11:40;FERRI ANNA;;;Di persona;Qualità del prodotto/servizio;Bassa;Errore nel modello F24;Il codice tributo era sbagliato;Correzione gratuita;;',
  '20/02/2026;Gallo Pietro;;;Lettera;Assistenza post-vendita scadente;Critica;Pratica di successione ferma;Dopo la firma nessuno ci segue più;;;',
].join('\r\n');

test('a studio’s Excel register saved as CSV is imported and shows in the queue', async ({ page }) => {
  const importer = new RegisterImportPage(page);
  await importer.open();
  await importer.chooseFile('registro-reclami.csv', `\uFEFF${STUDIO_REGISTER}\r\n`);

  await expect(importer.panel).toContainText('4 righe di dati');
  await expect(importer.mapping('Ricevuto il')).toHaveValue('0');
  await expect(importer.mapping('Cliente')).toHaveValue('1');
  await expect(importer.mapping('Causa')).toHaveValue('5');
  await expect(importer.panel.getByRole('table')).toContainText('Parcella più alta del preventivo');
  await page.screenshot({ path: `${SHOTS}/mapping.png`, fullPage: true });

  await importer.checkButton.click();
  await expect(importer.ready).toContainText('Verranno importati 4 reclami e creati 3 clienti nuovi');
  await importer.ready.screenshot({ path: `${SHOTS}/ready.png` });
  await importer.importButton.click();
  await expect(page.getByText('Importati 4 reclami e 3 clienti nuovi.')).toBeVisible();

  const queue = new QueuePage(page);
  await queue.open();
  await expect(queue.row('Pratica di successione ferma')).toContainText('R-2026-0004');
  await expect(queue.row('Parcella più alta del preventivo')).toContainText('R-2026-0001');
  await expect(queue.row('Errore nel modello F24')).toContainText('Ferri Anna');
  await page.screenshot({ path: `${SHOTS}/queue-after-import.png`, fullPage: true });
});

test('a malformed register is refused with its row numbers and nothing is imported', async ({ page }) => {
  const importer = new RegisterImportPage(page);
  await importer.open();
  const before = await registerDigest(page);
  const malformed = [
    'Ricevuto il,Cliente,Canale,Causa,Gravità,Oggetto,Parole del cliente',
    '12/01/2026,Ferri Anna,Telefono,Problemi di prezzo,Alta,Parcella,Troppo cara',
    '31/02/2026,Gallo Pietro,Telefono,Problemi di prezzo,Alta,Ritardo,Lenti',
    '14/01/2026,Neri Luca,Piccione viaggiatore,Problemi di prezzo,Alta,,Lenti',
  ].join('\n');
  await importer.chooseFile('registro.csv', malformed);
  await importer.checkButton.click();

  await expect(importer.problems).toContainText('3 problemi: non è stato importato nulla');
  await expect(importer.problems).toContainText('Riga 3, Ricevuto il: Data o ora non valida');
  await expect(importer.problems).toContainText('Riga 4, Canale: Scegli un valore dall');
  await expect(importer.problems).toContainText('Riga 4, Oggetto: Campo obbligatorio');
  await expect(importer.importButton).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/problems.png`, fullPage: true });
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
    [],
  );

  const download = page.waitForEvent('download');
  await importer.reportButton.click();
  const report = await readFile(await (await download).path(), 'utf8');
  expect(report).toBe(
    '\uFEFFRiga;Colonna;Valore;Problema\r\n' +
      '3;Ricevuto il;31/02/2026;Data o ora non valida: usa il formato gg/mm/aaaa\r\n' +
      "4;Canale;Piccione viaggiatore;Scegli un valore dall'elenco\r\n" +
      '4;Oggetto;;Campo obbligatorio\r\n',
  );
  expect(await registerDigest(page)).toBe(before);
});

test('a register exported as .xlsx imports back, its clients matched by name', async ({ page }) => {
  const importer = new RegisterImportPage(page);
  await importer.open();
  await importer.chooseFile('registro-reclami.csv', STUDIO_REGISTER);
  await importer.checkButton.click();
  await importer.importButton.click();
  await expect(page.getByText('Importati 4 reclami e 3 clienti nuovi.')).toBeVisible();

  await page.goto('/#/settings/export');
  const download = page.waitForEvent('download');
  await page.getByRole('tabpanel').getByRole('button', { name: 'Esporta Excel (.xlsx)' }).click();
  const workbook = await readFile(await (await download).path());

  await importer.open();
  await importer.chooseFile('registro.xlsx', workbook);
  await expect(importer.mapping('Stato')).toHaveValue('6');
  await importer.checkButton.click();
  await expect(importer.ready).toContainText('Verranno importati 4 reclami e creati 0 clienti nuovi');
  await importer.importButton.click();
  await expect(page.getByText('Importati 4 reclami e 0 clienti nuovi.')).toBeVisible();

  const queue = new QueuePage(page);
  await queue.open();
  await expect(queue.table.getByRole('row').filter({ hasText: 'Nessuna risposta alle e-mail' })).toHaveCount(
    2,
  );
  await expect(queue.table).toContainText('R-2026-0008');
});
