import { expect, test } from '../../fixtures/app';
import { wcagViolations } from '../../helpers/axe';
import { QueuePage } from '../../pages/QueuePage';
import { SettingsPage } from '../../pages/SettingsPage';

// The studio's clock: the demo register spreads complaints over the two years before it.
const NOW = new Date('2026-05-20T10:00:00');
const NEXT_DAY = new Date('2026-05-21T09:00:00');

test('the retention is previewed, run once by hand, then runs by itself at start-up the next day', async ({
  page,
}) => {
  test.slow();
  await page.clock.setSystemTime(NOW);
  const settings = new SettingsPage(page);
  const panel = page.getByRole('tabpanel');
  await page.goto('/#/settings/demo');
  await settings.button('Carica il registro dimostrativo').click();
  await expect(panel).toContainText(/Registro dimostrativo caricato: \d{3} reclami/);

  await settings.section('Privacy');
  await expect(panel).toContainText('Nessuna conservazione impostata');
  await settings.field('Anni di conservazione dopo la chiusura').fill('0');
  await settings.button('Salva la conservazione').click();
  await expect(panel).toContainText('Indica un numero intero di anni da 1 a 50, oppure lascia vuoto.');
  await settings.field('Anni di conservazione dopo la chiusura').fill('1');
  await settings.button('Salva la conservazione').click();

  const preview = settings.table('Anteprima: cosa verrebbe anonimizzato oggi');
  const first = preview.getByRole('row').nth(1);
  await expect(first).toBeVisible();
  const [code = '', client = ''] = await first.getByRole('cell').allInnerTexts();
  expect(code).toMatch(/^R-202\d-\d{4}$/);
  await expect(panel).toContainText(/\d+ reclami chiusi entro il 20\/05\/2025/);
  await expect(panel).toContainText("Controlla l'elenco, poi avvia la prima anonimizzazione");
  expect(await wcagViolations(page, '[role=tabpanel]')).toEqual([]);

  await settings.button('Anonimizza ora').click();
  await expect(settings.dialog).toContainText("L'operazione non si può annullare.");
  await settings.dialog.getByRole('button', { name: 'Anonimizza', exact: true }).click();
  // Over a hundred demo complaints and their clients are rewritten in one transaction.
  await expect(page.getByText(/^\d+ reclam[oi] anonimizzat[oi]$/)).toBeVisible({ timeout: 20_000 });
  await expect(panel).toContainText('Nessun reclamo chiuso ha superato il periodo di conservazione.');
  await expect(panel).toContainText('Anonimizzazione automatica attiva: ultima esecuzione il 20/05/2026.');

  const queue = new QueuePage(page);
  await queue.open();
  await queue.search.fill(code);
  await expect(queue.table.getByRole('row').nth(1)).toContainText(/Anon-/);
  await expect(queue.table).not.toContainText(client);

  await page.clock.setSystemTime(NEXT_DAY);
  await page.reload();
  await page.goto('/#/settings/privacy');
  await expect(panel).toContainText('Anonimizzazione automatica attiva: ultima esecuzione il 21/05/2026.');
});
