import type { PrintToPDFOptions } from 'electron';
import { saveWithDialog, type SaveDialogDeps } from '../services/saveWithDialog';
import type { IpcImplementations } from './handle';

/** A4 as Italian studios print it; tagged and with an outline so the PDF is accessible and navigable. */
export function pdfOptions(landscape: boolean): PrintToPDFOptions {
  return {
    pageSize: 'A4',
    printBackground: true,
    landscape,
    generateTaggedPDF: true,
    generateDocumentOutline: true,
    displayHeaderFooter: false,
  };
}

/** Ensures the suggested name ends in `.pdf`, whatever case the page used. */
export function withPdfExtension(name: string): string {
  return /\.pdf$/i.test(name) ? name : `${name}.pdf`;
}

/**
 * Prints the view that asked (the sender's own contents, never another
 * window) to PDF, then lets the user choose where to save it.
 */
export function pdfHandlers(deps: SaveDialogDeps): IpcImplementations<'printToPdf'> {
  return {
    printToPdf: async (event, { suggestedName, landscape }) => {
      const pdf = await event.sender.printToPDF(pdfOptions(landscape));
      return saveWithDialog(deps, event.sender, {
        suggestedName: withPdfExtension(suggestedName),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
        content: pdf,
      });
    },
  };
}
