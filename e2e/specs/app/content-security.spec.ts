import { expect, test } from '../../fixtures/app';

test('the app runs under its Content-Security-Policy without a single console error', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));

  await page.goto('/#/complaints');
  await expect(page.getByRole('heading', { level: 1, name: 'Coda reclami' })).toBeVisible();
  await page.getByRole('link', { name: 'Nuovo reclamo' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nuovo reclamo' })).toBeVisible();

  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("default-src 'none'");
  expect(problems).toEqual([]);
});
