import { expect, test } from '../../fixtures/app';
import { registerDigest, rowsDigest, storeKeys } from '../../helpers/registerDigest';
import { RegisterImportPage } from '../../pages/RegisterImportPage';

const ROWS = 10_000;
const CHANNELS = ['Telefono', 'E-mail', 'Di persona', 'Lettera'];
const CAUSES = ['Problemi di prezzo', 'Difficoltà di comunicazione', 'Qualità del prodotto/servizio'];
const SEVERITIES = ['Bassa', 'Media', 'Alta'];

/** A register of ten thousand complaints from three hundred clients, spread over 2025. */
function bigRegister(): string {
  const lines = ['Ricevuto il;Cliente;Canale;Causa;Gravità;Oggetto;Parole del cliente'];
  for (let i = 0; i < ROWS; i += 1) {
    const day = String((i % 28) + 1).padStart(2, '0');
    const month = String((i % 12) + 1).padStart(2, '0');
    lines.push(
      [
        `${day}/${month}/2025 ${String(8 + (i % 10)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`,
        `Cliente storico ${i % 300}`,
        CHANNELS[i % CHANNELS.length],
        CAUSES[i % CAUSES.length],
        SEVERITIES[i % SEVERITIES.length],
        `Reclamo storico n. ${i + 1}`,
        'Riportato dal vecchio registro Excel dello studio',
      ].join(';'),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

const SEED = [
  'Ricevuto il;Cliente;Canale;Causa;Gravità;Oggetto;Parole del cliente',
  '12/01/2026 09:15;Ferri Anna;Telefono;Problemi di prezzo;Alta;Parcella alta;Il doppio del preventivo',
  '03/02/2026 10:00;Gallo Pietro;Lettera;Qualità del prodotto/servizio;Media;F24 sbagliato;Codice tributo errato',
].join('\r\n');

const countComplaints = (keys: Record<string, unknown[]>) => keys['complaints']?.length ?? 0;

test('killing the browser during a 10k-row import leaves all rows or none, and earlier records unchanged', async ({
  profile,
}) => {
  test.slow();
  let page = await profile.launch();
  let importer = new RegisterImportPage(page);
  await importer.open();
  await importer.chooseFile('registro.csv', SEED);
  await importer.checkButton.click();
  await importer.importButton.click();
  await expect(page.getByText('Importati 2 reclami e 2 clienti nuovi.')).toBeVisible();

  const register = bigRegister();
  const outcomes: string[] = [];
  // Kill at varied moments of the import: as it starts, early in the writes, well into them.
  for (const delay of [300, 2000, 5000]) {
    const before = await registerDigest(page);
    const keys = await storeKeys(page);
    const prior = await rowsDigest(page, keys);
    await importer.open();
    await importer.chooseFile('registro-storico.csv', register);
    await importer.checkButton.click();
    await expect(importer.importButton).toBeVisible({ timeout: 30_000 });
    await importer.importButton.click();
    await page.waitForTimeout(delay);
    await profile.kill();

    page = await profile.launch();
    importer = new RegisterImportPage(page);
    const after = await storeKeys(page);
    if ((await registerDigest(page)) === before) {
      outcomes.push('none');
    } else {
      outcomes.push('all');
      expect(countComplaints(after)).toBe(countComplaints(keys) + ROWS);
      expect(await rowsDigest(page, keys)).toBe(prior);
    }
  }
  test.info().annotations.push({ type: 'outcomes', description: outcomes.join(', ') });
});
