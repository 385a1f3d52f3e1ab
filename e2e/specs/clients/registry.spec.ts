import { expect, test } from '../../fixtures/app';
import { ClientsDetailPage } from '../../pages/ClientsDetailPage';
import { ClientsFormPage } from '../../pages/ClientsFormPage';
import { ClientsListPage } from '../../pages/ClientsListPage';

// A fictitious codice fiscale with a correct check letter ("Fittizio Caio", Milan, 1985).
const PERSON_CODE = 'FTTCAI85E15F205X';

test('a new client with a valid codice fiscale is saved, shown with its value at risk, and listed', async ({
  page,
}) => {
  const list = new ClientsListPage(page);
  await list.open();
  await expect(list.emptyMessage).toBeVisible();
  await list.newClientButton.click();

  const form = new ClientsFormPage(page);
  await expect(form.newHeading).toBeVisible();
  await form.fill({
    name: 'Fittizio Caio',
    taxId: 'fttcai 85e15 f205x',
    email: 'caio@fittizio.it',
    phone: '+39 02 1234 5678',
    annualValue: '1.250,50',
    clientSince: '01/03/2019',
  });
  await form.save();

  const detail = new ClientsDetailPage(page);
  await expect(detail.heading('Fittizio Caio')).toBeVisible();
  await expect(detail.details).toContainText(PERSON_CODE);
  await expect(detail.details).toContainText('1.250,50 €');
  await expect(detail.details).toContainText('01/03/2019');
  // 1 250,50 € × 35 % margin × 0.85 / (1 + 0.05 − 0.85)
  await expect(detail.risk).toContainText('Valore a rischio se il cliente se ne va: 1.860 €');
  await expect(detail.complaints).toContainText('Nessun reclamo registrato per questo cliente.');

  await page.getByRole('link', { name: 'Torna ai clienti' }).click();
  const row = list.table.getByRole('row').filter({ hasText: 'Fittizio Caio' });
  await expect(row).toContainText(PERSON_CODE);
  await expect(row).toContainText('Persona');
  await expect(row).toContainText('1.250,50 €');
});

test('an invalid partita IVA is explained in Italian and nothing typed is lost', async ({ page }) => {
  const form = new ClientsFormPage(page);
  await page.goto('/#/clients/new');
  await form.fill({
    name: 'Edilizia Rossi srl',
    kind: 'Azienda',
    taxId: '12345670018',
    annualValue: '3.000',
  });
  await form.save();

  await expect(form.alert).toContainText('Il cliente non è stato salvato');
  await expect(page.getByText('Partita IVA non valida: controlla le 11 cifre')).toBeVisible();
  await expect(form.taxId).toHaveAttribute('aria-invalid', 'true');
  await expect(form.name).toHaveValue('Edilizia Rossi srl');
  await expect(form.taxId).toHaveValue('12345670018');
  await expect(form.annualValue).toHaveValue('3.000');
  await expect(form.kind('Azienda')).toBeChecked();

  await form.taxId.fill('12345670017');
  await form.save();
  await expect(new ClientsDetailPage(page).heading('Edilizia Rossi srl')).toBeVisible();
});

test('search finds a client typed without accents', async ({ page }) => {
  const form = new ClientsFormPage(page);
  for (const name of ['Città Nuova srl', 'Bianchi Luca']) {
    await page.goto('/#/clients/new');
    await form.fill({ name });
    await form.save();
    await expect(new ClientsDetailPage(page).heading(name)).toBeVisible();
  }

  const list = new ClientsListPage(page);
  await list.openFromNavigation();
  await expect(list.table.getByRole('row')).toHaveCount(3);
  await list.searchFor('Citta');
  await expect(list.results.getByRole('link', { name: 'Città Nuova srl' })).toBeVisible();
  await expect(list.results.getByRole('row')).toHaveCount(2);

  await list.searchFor('Verdi');
  await expect(page.getByText('Nessun cliente corrisponde a «Verdi».')).toBeVisible();

  await list.openFromNavigation();
  await expect(list.search).toHaveValue('');
  await expect(list.table.getByRole('row')).toHaveCount(3);
});
