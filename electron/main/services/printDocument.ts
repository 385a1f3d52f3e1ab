import type { PrintToPDFOptions, WebContents } from 'electron';
import { DOCUMENT_STATE_ATTRIBUTE, PDF_PAGE_SETTINGS } from '../../../src/shared/ipc/printDocument';

/** The hidden window a document is rendered in: only what printing needs, so tests can fake it. */
export interface PrintWindow {
  readonly webContents: Pick<WebContents, 'loadURL' | 'executeJavaScript' | 'printToPDF'>;
  destroy(): void;
}

export interface PrintDocumentDeps {
  /** Opens a new hidden, hardened window on the app's origin. */
  readonly createPrintWindow: () => PrintWindow;
  /** The app page's address, e.g. `app://riparo/index.html`; the document path goes in its hash. */
  readonly startUrl: string;
  /** How long the document may take to load its data and fonts. */
  readonly timeoutMs?: number;
  /** Between two looks at the document's state. */
  readonly pollMs?: number;
}

/** A4, tagged and with an outline, so the PDF is accessible and navigable; margins come from the document's CSS. */
export function pdfOptions(landscape: boolean): PrintToPDFOptions {
  return {
    ...PDF_PAGE_SETTINGS,
    landscape,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
  };
}

const STATE_SCRIPT = `document.documentElement.getAttribute(${JSON.stringify(DOCUMENT_STATE_ATTRIBUTE)})`;

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until the document says it is `ready` (its data read and fonts
 * loaded). A document that says `failed`, or never answers, is not printed:
 * a PDF of a half-loaded page would look complete and be wrong.
 */
async function waitUntilReady(contents: PrintWindow['webContents'], timeoutMs: number, pollMs: number) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state: unknown = await contents.executeJavaScript(STATE_SCRIPT);
    if (state === 'ready') return;
    if (state === 'failed') throw new Error('The document could not be prepared for printing');
    if (Date.now() >= deadline) throw new Error('The document took too long to prepare for printing');
    await delay(pollMs);
  }
}

/**
 * Renders the document at `documentPath` in a hidden window and prints it to
 * PDF. The user's own window is left as it is (no print chrome flashes over
 * their work), and the hidden window is always closed, even on failure.
 */
export async function renderDocumentToPdf(
  deps: PrintDocumentDeps,
  documentPath: string,
  landscape: boolean,
): Promise<Uint8Array> {
  const window = deps.createPrintWindow();
  try {
    await window.webContents.loadURL(`${deps.startUrl}#${documentPath}`);
    await waitUntilReady(window.webContents, deps.timeoutMs ?? 30_000, deps.pollMs ?? 100);
    return await window.webContents.printToPDF(pdfOptions(landscape));
  } finally {
    window.destroy();
  }
}
