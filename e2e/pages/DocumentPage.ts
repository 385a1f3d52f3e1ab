import type { Locator, Page } from '@playwright/test';
import { checkPdf, printDocument, renderFirstPage, type CheckedPdf } from '../helpers/pdf';

/** A printable document's preview (#/print/…): the toolbar, and the A4 sheet below it. */
export class DocumentPage {
  readonly printButton: Locator;
  readonly backButton: Locator;
  readonly sheet: Locator;

  constructor(readonly page: Page) {
    this.printButton = page.getByRole('button', { name: 'Stampa / PDF', exact: true });
    this.backButton = page.getByRole('button', { name: 'Indietro', exact: true });
    this.sheet = page.locator('article.doc');
  }

  /** Prints the document as the desktop app does and checks the PDF with qpdf, pdfinfo and pdftotext; keeps a PNG of page 1. */
  async pdf(file: string): Promise<CheckedPdf> {
    await printDocument(this.page, file);
    await renderFirstPage(file, file.replace(/\.pdf$/, ''));
    return checkPdf(file);
  }
}
