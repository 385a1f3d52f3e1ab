import type { Locator, Page } from '@playwright/test';

/** The app shell's reminder of the follow-up calls due, shown above every screen. */
export class FollowUpBanner {
  readonly banner: Locator;
  readonly link: Locator;

  constructor(readonly page: Page) {
    this.banner = page
      .getByRole('main')
      .getByRole('status')
      .filter({ hasText: /follow-up da fare oggi/ });
    this.link = this.banner.getByRole('link', { name: 'Apri «Da richiamare»' });
  }

  /** How many calls the banner says are due. */
  async count(): Promise<number> {
    return Number(/\d+/.exec((await this.banner.textContent()) ?? '')?.[0]);
  }
}
