import { readFile } from 'node:fs/promises';
import { expect, test } from '../../fixtures/app';
import { wcagViolations } from '../../helpers/axe';
import { dumpIndexedDb } from '../../helpers/indexedDb';
import { ClientPrivacyPage } from '../../pages/ClientPrivacyPage';
import { ClientsDetailPage } from '../../pages/ClientsDetailPage';
import { ClientsFormPage } from '../../pages/ClientsFormPage';
import { ClientsListPage } from '../../pages/ClientsListPage';
import { ComplaintFormPage } from '../../pages/ComplaintFormPage';
import { ComplaintPage } from '../../pages/ComplaintPage';
import { QueuePage } from '../../pages/QueuePage';
import { RecoveryPanels } from '../../pages/RecoveryPanels';
import { SurveysPage } from '../../pages/SurveysPage';

const CANARY = {
  name: 'Zebedeo Quagliarulo',
  email: 'zebedeo.q@canarino.example',
  phone: '+39 347 555 0199',
};
const TITLE = 'Parcella di Quagliarulo raddoppiata';
/** Every way the canary could still be found in the store. */
const TRACES = /zebedeo|quagliarulo|canarino|347\D{0,3}555\D{0,3}0199/i;

test('anonymising a canary client leaves no trace in searches or in any table, after exporting their data', async ({
  page,
}) => {
  test.slow();
  await page.goto('/#/clients/new');
  const clientForm = new ClientsFormPage(page);
  await clientForm.fill({ name: CANARY.name, email: CANARY.email, phone: CANARY.phone });
  await clientForm.save();
  const detail = new ClientsDetailPage(page);
  await expect(detail.heading(CANARY.name)).toBeVisible();

  await page.goto('/#/complaints/new');
  const intake = new ComplaintFormPage(page);
  await intake.fill({
    client: CANARY.name,
    existingClient: true,
    date: '03/04/2026',
    time: '09:30',
    channel: 'Telefono',
    cause: 'Problemi di prezzo',
    title: TITLE,
    clientWords: 'Sono Zebedeo Quagliarulo, richiamatemi al 347 5550199.',
  });
  await intake.save();
  await expect(new ComplaintPage(page).heading(TITLE)).toBeVisible();
  await new RecoveryPanels(page).logContact({
    at: '2026-04-04T10:00',
    channel: 'E-mail',
    summary: `Scritto a ${CANARY.email} per Zebedeo`,
  });

  const surveys = new SurveysPage(page);
  await surveys.open();
  await surveys.chooseCsv(
    'risposte.csv',
    `Data;Cliente;Quanto consiglieresti lo studio? (0-10);Soddisfazione (1-5);Commento\r\n10/04/2026;${CANARY.name};3;2;"Quagliarulo deluso, chiamate il 3475550199"\r\n`,
  );
  await surveys.importDialog.getByRole('button', { name: 'Importa 1 risposta' }).click();
  await expect(surveys.recent).toContainText(CANARY.name);

  const list = new ClientsListPage(page);
  await list.open();
  await list.searchFor('Quagliarulo');
  await list.openClient(CANARY.name);
  const privacy = new ClientPrivacyPage(page);
  const download = await privacy.exportData();
  const exported = JSON.parse(await readFile(await download.path(), 'utf8')) as {
    client: { name: string; email: string };
    complaints: { title: string; code: string }[];
    contacts: unknown[];
    surveys: { comment: string }[];
  };
  expect(download.suggestedFilename()).toMatch(
    /^Dati personali Zebedeo Quagliarulo \d{4}-\d{2}-\d{2}\.json$/,
  );
  expect(exported.client).toMatchObject({ name: CANARY.name, email: CANARY.email });
  expect(exported.complaints.map((c) => c.title)).toEqual([TITLE]);
  expect(exported.contacts).toHaveLength(1);
  expect(exported.surveys.map((s) => s.comment)).toEqual(['Quagliarulo deluso, chiamate il 3475550199']);
  await expect(
    privacy.dialog.getByRole('link', { name: 'Apri il report cliente (stampa / PDF)' }),
  ).toBeVisible();
  await privacy.dialog.getByRole('button', { name: 'Chiudi', exact: true }).click();

  await privacy.anonymiseButton.click();
  await expect(privacy.dialog).toContainText("L'operazione non si può annullare.");
  expect(await wcagViolations(page, '[role=dialog]')).toEqual([]);
  await privacy.dialog.getByRole('button', { name: 'Anonimizza definitivamente' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Anon-/ })).toBeVisible();
  await expect(page.getByText(/^Anonimizzato il /)).toBeVisible();
  await expect(detail.complaints).toContainText('Parcella di *** raddoppiata');

  for (const query of ['Zebedeo', 'Quagliarulo', 'canarino', '3475550199']) {
    await list.open();
    await list.searchFor(query);
    await expect(page.getByText(`Nessun cliente corrisponde a «${query}».`)).toBeVisible();
    const queue = new QueuePage(page);
    await queue.open();
    await queue.search.fill(query);
    await expect(page.getByText('Nessun reclamo corrisponde alla ricerca o ai filtri.')).toBeVisible();
  }
  await surveys.open();
  await expect(surveys.recent.getByRole('row')).toHaveCount(2);
  await expect(surveys.recent).not.toContainText(/zebedeo|quagliarulo/i);

  const hits = Object.entries(await dumpIndexedDb(page))
    .filter(([, rows]) => TRACES.test(rows))
    .map(([table]) => table);
  expect(hits).toEqual([]);
});
