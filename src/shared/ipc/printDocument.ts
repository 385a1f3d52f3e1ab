import { z } from 'zod';

/**
 * The in-app address of a printable document, e.g. `/print/dossier/01J…` or
 * `/print/report/2026-Q1`. Main renders only addresses of this shape, so the
 * page cannot make the hidden print window load anything but a document.
 */
export const documentPathSchema = z
  .string()
  .max(120)
  .regex(/^\/print\/[a-z-]{1,30}(\/[A-Za-z0-9-]{1,40})?$/, 'a /print/<document>[/<id>] address');

/**
 * The page settings every Riparo PDF is made with, in the desktop app
 * (Electron's printToPDF) and in the tests (Playwright's page.pdf). Margins
 * are zero because the document's own `@page` rule sets them, together with
 * the running header and the page numbers in its margin boxes.
 */
export const PDF_PAGE_SETTINGS = {
  pageSize: 'A4',
  printBackground: true,
  preferCSSPageSize: true,
  generateTaggedPDF: true,
  generateDocumentOutline: true,
  displayHeaderFooter: false,
} as const;

/** The attribute the document view sets on `<html>` once its data and fonts are in: `ready` or `failed`. */
export const DOCUMENT_STATE_ATTRIBUTE = 'data-document-state';
