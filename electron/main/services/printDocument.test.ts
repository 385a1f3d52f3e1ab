import { describe, expect, it, vi } from 'vitest';
import { pdfOptions, renderDocumentToPdf, type PrintWindow } from './printDocument';

/** A hidden window whose page reports the given states, one per look. */
function fakeWindow(states: unknown[]) {
  const remaining = [...states];
  const webContents = {
    loadURL: vi.fn(() => Promise.resolve()),
    executeJavaScript: vi.fn(() => Promise.resolve(remaining.length > 1 ? remaining.shift() : remaining[0])),
    printToPDF: vi.fn(() => Promise.resolve(Buffer.from('%PDF-1.7 fake'))),
  };
  const window = { webContents, destroy: vi.fn<() => void>() };
  return {
    window,
    deps: {
      createPrintWindow: () => window as unknown as PrintWindow,
      startUrl: 'app://riparo/index.html',
      pollMs: 1,
    },
  };
}

describe('renderDocumentToPdf', () => {
  it('loads the document route in the hidden window, waits until it is ready, then prints it', async () => {
    const { window, deps } = fakeWindow([null, 'loading', 'ready']);

    const pdf = await renderDocumentToPdf(deps, '/print/dossier/01ABC', false);

    expect(window.webContents.loadURL).toHaveBeenCalledExactlyOnceWith(
      'app://riparo/index.html#/print/dossier/01ABC',
    );
    expect(window.webContents.executeJavaScript).toHaveBeenCalledTimes(3);
    expect(window.webContents.printToPDF).toHaveBeenCalledExactlyOnceWith(pdfOptions(false));
    expect(Buffer.from(pdf).toString('latin1')).toBe('%PDF-1.7 fake');
    expect(window.destroy).toHaveBeenCalledOnce();
  });

  it('does not print a document that failed to load, and still closes the window', async () => {
    const { window, deps } = fakeWindow(['failed']);

    await expect(renderDocumentToPdf(deps, '/print/policy', false)).rejects.toThrow('could not be prepared');
    expect(window.webContents.printToPDF).not.toHaveBeenCalled();
    expect(window.destroy).toHaveBeenCalledOnce();
  });

  it('gives up on a document that never becomes ready', async () => {
    const { window, deps } = fakeWindow([null]);

    await expect(renderDocumentToPdf({ ...deps, timeoutMs: 5 }, '/print/policy', true)).rejects.toThrow(
      'took too long',
    );
    expect(window.webContents.printToPDF).not.toHaveBeenCalled();
    expect(window.destroy).toHaveBeenCalledOnce();
  });
});

describe('pdfOptions', () => {
  it('asks for a tagged A4 PDF with an outline, its margins left to the document’s own @page rule', () => {
    expect(pdfOptions(true)).toEqual({
      pageSize: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      generateTaggedPDF: true,
      generateDocumentOutline: true,
      displayHeaderFooter: false,
      landscape: true,
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
    });
  });
});
