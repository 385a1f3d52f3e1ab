import { renderDocumentToPdf, type PrintDocumentDeps } from '../services/printDocument';
import { saveWithDialog, type SaveDialogDeps } from '../services/saveWithDialog';
import type { IpcImplementations } from './handle';

/** Ensures the suggested name ends in `.pdf`, whatever case the page used. */
export function withPdfExtension(name: string): string {
  return /\.pdf$/i.test(name) ? name : `${name}.pdf`;
}

export type PdfDeps = SaveDialogDeps & PrintDocumentDeps;

/**
 * Prints one of the app's documents (an address the contract has already
 * checked) from a hidden window, then lets the user choose where to save it.
 * The dialog is modal to the window that asked.
 */
export function pdfHandlers(deps: PdfDeps): IpcImplementations<'printToPdf'> {
  return {
    printToPdf: async (event, { suggestedName, landscape, documentPath }) => {
      const pdf = await renderDocumentToPdf(deps, documentPath, landscape);
      return saveWithDialog(deps, event.sender, {
        suggestedName: withPdfExtension(suggestedName),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
        content: pdf,
      });
    },
  };
}
