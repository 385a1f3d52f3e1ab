import { execFile } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { promisify } from 'node:util';
import { expect, type Page } from '@playwright/test';
import { DOCUMENT_STATE_ATTRIBUTE, PDF_PAGE_SETTINGS } from '../../src/shared/ipc/printDocument';

const run = promisify(execFile);

/**
 * Playwright's page.pdf() with the settings the desktop app gives Electron's
 * printToPDF (src/shared/ipc/printDocument.ts): A4, backgrounds, the page's
 * own @page size and margins, tagged, with an outline, no browser header.
 */
export const PLAYWRIGHT_PDF_OPTIONS = {
  format: PDF_PAGE_SETTINGS.pageSize,
  printBackground: PDF_PAGE_SETTINGS.printBackground,
  preferCSSPageSize: PDF_PAGE_SETTINGS.preferCSSPageSize,
  tagged: PDF_PAGE_SETTINGS.generateTaggedPDF,
  outline: PDF_PAGE_SETTINGS.generateDocumentOutline,
  displayHeaderFooter: PDF_PAGE_SETTINGS.displayHeaderFooter,
  margin: { top: '0', right: '0', bottom: '0', left: '0' },
} as const;

/** Waits until the document says it is ready, as the desktop app's hidden window does, then prints it to `file`. */
export async function printDocument(page: Page, file: string): Promise<void> {
  await expect(page.locator(`html[${DOCUMENT_STATE_ATTRIBUTE}="ready"]`)).toHaveCount(1, { timeout: 15_000 });
  await mkdir(dirname(file), { recursive: true });
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: file, ...PLAYWRIGHT_PDF_OPTIONS });
  await page.emulateMedia({ media: 'screen' });
}

export interface CheckedPdf {
  readonly pages: number;
  readonly pageSize: string;
  readonly tagged: boolean;
  /** The text of each page, in order (pdftotext splits pages with a form feed). */
  readonly pageTexts: readonly string[];
  /** All the text, with runs of white space made single spaces, so phrases survive line breaks. */
  readonly text: string;
}

/**
 * Checks a PDF with real tools: `qpdf --check` must pass, `pdfinfo` gives the
 * page count, size and tagging, `pdftotext` the text (UTF-8, accents intact).
 */
export async function checkPdf(file: string): Promise<CheckedPdf> {
  const qpdf = await run('qpdf', ['--check', file]);
  expect(qpdf.stdout).toContain('No syntax or stream encoding errors found');
  const { stdout: info } = await run('pdfinfo', [file]);
  const field = (name: string) => new RegExp(`^${name}:\\s*(.+)$`, 'm').exec(info)?.[1]?.trim() ?? '';
  const { stdout: raw } = await run('pdftotext', ['-enc', 'UTF-8', '-layout', file, '-']);
  const pageTexts = raw.split('\f').slice(0, Number(field('Pages')));
  return {
    pages: Number(field('Pages')),
    pageSize: field('Page size'),
    tagged: field('Tagged') === 'yes',
    pageTexts,
    text: raw.replace(/\s+/g, ' '),
  };
}

/** Renders page 1 to `<prefix>-1.png` (or similar, per pdftoppm's numbering) for a person to look at. */
export async function renderFirstPage(file: string, prefix: string): Promise<void> {
  await run('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', file, prefix]);
}
