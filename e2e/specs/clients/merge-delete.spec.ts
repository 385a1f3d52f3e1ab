import type { Page } from '@playwright/test';
import { expect, test } from '../../fixtures/app';
import { ClientsDetailPage } from '../../pages/ClientsDetailPage';
import { ClientsFormPage } from '../../pages/ClientsFormPage';
import { ClientsListPage } from '../../pages/ClientsListPage';
import { ComplaintFormPage } from '../../pages/ComplaintFormPage';
import { ComplaintPage } from '../../pages/ComplaintPage';

async function addClient(page: Page, name: string, email = ''): Promise<void> {
  await page.goto('/#/clients/new');
  const form = new ClientsFormPage(page);
  await form.fill({ name, email });
  await form.save();
  await expect(new ClientsDetailPage(page).heading(name)).toBeVisible();
}

/** Registers a complaint through Nuovo reclamo, picking an existing client in the Cliente field. */
async function addComplaint(page: Page, client: string, title: string): Promise<void> {
  await page.goto('/#/complaints/new');
  const form = new ComplaintFormPage(page);
  await form.fill({
    client,
    existingClient: true,
    date: '03/04/2026',
    time: '09:30',
    channel: 'Telefono',
    cause: 'Difficoltà di comunicazione',
    title,
    clientWords: 'Ho chiamato tre volte senza risposta.',
  });
  await form.save();
  await expect(new ComplaintPage(page).heading(title)).toBeVisible();
}

test('merging two records of the same client moves the complaints and removes the duplicate', async ({
  page,
}) => {
  await addClient(page, 'Ferri Anna', 'anna@ferri.it');
  await addClient(page, 'Anna Ferri');
  await addComplaint(page, 'Anna Ferri', 'Parcella più alta del preventivo');

  const list = new ClientsListPage(page);
  await list.open();
  await list.openClient('Ferri Anna');
  const detail = new ClientsDetailPage(page);
  await expect(detail.heading('Ferri Anna')).toBeVisible();
  await detail.pickDuplicate('anna fer', 'Anna Ferri');
  await expect(detail.dialog).toContainText('Il reclamo di «Anna Ferri» passa a «Ferri Anna».');
  await expect(detail.dialog).toContainText('La scheda «Anna Ferri» viene eliminata.');
  await detail.confirmMerge();

  await expect(page.getByText('«Anna Ferri» unito a «Ferri Anna»')).toBeVisible();
  await expect(
    detail.complaints.getByRole('link', { name: 'Parcella più alta del preventivo' }),
  ).toBeVisible();
  await expect(detail.complaints).toContainText('1 reclamo aperto');
  await expect(detail.details).toContainText('anna@ferri.it');

  await list.open();
  await expect(list.table.getByRole('row')).toHaveCount(2);
  await expect(list.table).not.toContainText('Anna Ferri');
});

test('a client with complaints cannot be deleted; one without can', async ({ page }) => {
  await addClient(page, 'Gallo Marco');
  await addComplaint(page, 'Gallo Marco', 'Documenti consegnati in ritardo');
  await addClient(page, 'Doppione da eliminare');

  const list = new ClientsListPage(page);
  await list.open();
  await list.openClient('Gallo Marco');
  const detail = new ClientsDetailPage(page);
  await detail.deleteButton.click();
  await expect(detail.dialog.getByRole('alert')).toContainText(
    'Un cliente con reclami non può essere eliminato',
  );
  await detail.dialog.getByRole('button', { name: 'Ho capito' }).click();
  await expect(detail.heading('Gallo Marco')).toBeVisible();

  await list.open();
  await list.openClient('Doppione da eliminare');
  await detail.deleteButton.click();
  await expect(detail.dialog).toContainText('sarà eliminata definitivamente');
  await detail.dialog.getByRole('button', { name: 'Elimina' }).click();
  await expect(list.heading).toBeVisible();
  await expect(list.table).toContainText('Gallo Marco');
  await expect(list.table).not.toContainText('Doppione da eliminare');
});
