import type { Page } from '@playwright/test';
import { expect, test } from '../../fixtures/app';
import { installFakeDesktop, sendAppCommand, shownNotifications } from '../../helpers/fakeDesktop';
import { DashboardPage } from '../../pages/DashboardPage';
import { FollowUpBanner } from '../../pages/FollowUpBanner';
import { SettingsPage } from '../../pages/SettingsPage';

// Loading the demo register (whose resolved complaints have follow-up calls due) takes a while.
test.describe.configure({ timeout: 90_000 });

async function loadDemo(page: Page) {
  await page.goto('/#/settings/demo');
  await new SettingsPage(page).button('Carica il registro dimostrativo').click();
  await expect(page.getByRole('tabpanel')).toContainText(/Registro dimostrativo caricato/, {
    timeout: 30_000,
  });
}

const toCallBackView = (page: Page) =>
  page.getByRole('radiogroup', { name: 'Viste salvate' }).getByRole('radio', { name: 'Da richiamare' });

test('the app shell shows a banner for the follow-ups due, linking to “Da richiamare”', async ({ page }) => {
  const dashboard = new DashboardPage(page);
  const reminder = new FollowUpBanner(page);
  await dashboard.open();
  await expect(reminder.banner).toHaveCount(0);

  await loadDemo(page);
  await dashboard.open();
  await expect(reminder.banner).toBeVisible();
  expect(await reminder.count()).toBeGreaterThan(0);
  await page.screenshot({ path: '/tmp/shots/desktop/follow-up-banner.png' });

  await reminder.link.click();
  await expect(page).toHaveURL(/view=to_call_back/);
  await expect(toCallBackView(page)).toBeChecked();
});

test('the desktop app raises one notification a day with the count only, opening “Da richiamare”', async ({
  page,
}) => {
  await loadDemo(page);
  const reminder = new FollowUpBanner(page);
  await page.goto('/#/dashboard');
  const due = await reminder.count();

  await installFakeDesktop(page);
  await expect
    .poll(() => shownNotifications(page))
    .toEqual([
      {
        title: 'Da richiamare',
        body: `${due} clienti da richiamare oggi`,
        route: '/complaints?view=to_call_back&sort=dueDate&dir=asc',
      },
    ]);

  // Main turns a click on the notification into this command.
  await sendAppCommand(page, { kind: 'open', route: '/complaints?view=to_call_back&sort=dueDate&dir=asc' });
  await expect(toCallBackView(page)).toBeChecked();

  // Starting Riparo again the same day does not repeat it.
  await page.reload();
  await expect(reminder.banner).toBeVisible();
  expect(await shownNotifications(page)).toEqual([]);
});
