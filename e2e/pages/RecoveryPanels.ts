import { expect, type Locator, type Page } from '@playwright/test';

/** The recovery workbench on a complaint's page: checklist, solution, economics, contacts, follow-up. */
export class RecoveryPanels {
  readonly checklist: Locator;
  readonly compensation: Locator;
  readonly economics: Locator;
  readonly contacts: Locator;
  readonly followUp: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.checklist = page.getByRole('region', { name: 'Passi di recupero' });
    this.compensation = page.getByRole('region', { name: 'Soluzione e compensazione' });
    this.economics = page.getByRole('region', { name: 'Conviene recuperare?' });
    this.contacts = page.getByRole('region', { name: 'Comunicazioni' });
    this.followUp = page.getByRole('region', { name: 'Follow-up' });
    this.dialog = page.getByRole('dialog');
  }

  /** The step's accordion button, e.g. "2. Scusarsi". */
  step(name: string): Locator {
    return this.checklist.getByRole('button', { name: new RegExp(`^\\d\\. ${name}`) });
  }

  /** Opens a step (if closed) and ticks every item still open in it. */
  async completeStep(name: string): Promise<void> {
    const button = this.step(name);
    if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
    const panel = this.checklist.getByRole('region', { name: new RegExp(`^\\d\\. ${name}`) });
    const boxes = panel.getByRole('checkbox');
    // The step opens with an animation: count its items only once they are there.
    await boxes.first().waitFor();
    // The tick is stored first and then shown, so wait for each to show before the next.
    for (let i = 0; i < (await boxes.count()); i++) {
      const box = boxes.nth(i);
      if (await box.isChecked()) continue;
      await box.click();
      await expect(box).toBeChecked();
    }
  }

  async proposeCompensation(solution: string, amount: string, hours: string): Promise<void> {
    await this.compensation.getByRole('textbox', { name: 'Soluzione proposta' }).fill(solution);
    await this.compensation.getByRole('textbox', { name: 'Compensazione (€)' }).fill(amount);
    await this.compensation.getByRole('textbox', { name: 'Ore di lavoro' }).fill(hours);
    await this.compensation.getByRole('button', { name: 'Salva la proposta' }).click();
  }

  async logContact(input: { at: string; channel: string; summary: string; tick?: string }): Promise<void> {
    await this.contacts.getByRole('button', { name: 'Registra contatto' }).click();
    await this.dialog.getByLabel('Data e ora del contatto').fill(input.at);
    await this.dialog.getByRole('combobox', { name: 'Canale' }).selectOption({ label: input.channel });
    await this.dialog.getByRole('textbox', { name: 'Sintesi' }).fill(input.summary);
    if (input.tick)
      await this.dialog.getByRole('combobox', { name: 'Spunta anche la voce della checklist' }).selectOption({
        label: input.tick,
      });
    await this.dialog.getByRole('button', { name: 'Registra', exact: true }).click();
    await this.dialog.waitFor({ state: 'detached' });
  }
}
