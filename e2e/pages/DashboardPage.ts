import type { Locator, Page } from '@playwright/test';

/** Cruscotto: filters, tiles, charts with their table view, actions. */
export class DashboardPage {
  readonly heading: Locator;
  readonly tiles: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Cruscotto' });
    this.tiles = page.getByRole('list', { name: 'Indicatori principali' });
    this.dialog = page.getByRole('dialog');
  }

  async open(tab = 'overview'): Promise<void> {
    await this.page.goto(`/#/dashboard/${tab}`);
    await this.heading.waitFor();
  }

  tile(label: string): Locator {
    return this.tiles.getByRole('listitem', { name: new RegExp(`^${label}:`) });
  }

  chart(title: string): Locator {
    return this.page.getByRole('region', { name: title });
  }

  /** Switches a chart to its table and returns the table's row for `first` (the first cell). */
  async tableRow(chartTitle: string, first: string): Promise<Locator> {
    const chart = this.chart(chartTitle);
    await chart.getByText('Tabella', { exact: true }).click();
    return chart.getByRole('row').filter({ has: this.page.getByRole('cell', { name: first, exact: true }) });
  }
}
