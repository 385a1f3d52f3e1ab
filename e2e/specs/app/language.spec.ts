import { expect, test } from '../../fixtures/app';

test('switching to English changes the interface and is remembered', async ({ profile }) => {
  let page = await profile.launch();
  await expect(page.getByRole('heading', { level: 1, name: 'Coda reclami' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'it');

  await page.getByRole('radiogroup', { name: 'Lingua' }).getByText('English').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Complaint queue' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'New complaint' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.getByRole('link', { name: 'New complaint' }).click();
  await expect(page.getByRole('combobox', { name: 'Channel', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Record complaint' }).click();
  await expect(page.getByRole('textbox', { name: 'Subject', exact: true })).toHaveAccessibleDescription(
    /Required/,
  );

  page = await profile.launch();
  await expect(page.getByRole('heading', { level: 1, name: 'Complaint queue' })).toBeVisible();
});
