import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeWebContents, fakeInvokeEvent } from '../../test/fakeElectron';
import type { PrintWindow } from '../services/printDocument';
import { pdfHandlers, withPdfExtension } from './pdf';

describe('printToPdf', () => {
  let folder: string;
  const dialog = { showSaveDialog: vi.fn() };
  const printWindow = new FakeWebContents();
  const executeJavaScript = vi.fn(() => Promise.resolve('ready'));
  const destroy = vi.fn<() => void>();
  const loadURL = vi.fn(() => Promise.resolve());
  const createPrintWindow = () =>
    ({
      webContents: Object.assign(printWindow, { executeJavaScript, loadURL }),
      destroy,
    }) as unknown as PrintWindow;
  const handlers = () =>
    pdfHandlers({
      dialog: dialog,
      windowOf: () => null,
      documentsPath: () => '/docs',
      createPrintWindow,
      startUrl: 'app://riparo/index.html',
    });

  beforeEach(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'riparo-pdf-'));
    dialog.showSaveDialog.mockReset();
  });

  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('prints the document in a hidden window, never the sender’s own view, and closes that window', async () => {
    const sender = new FakeWebContents();
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });

    await handlers().printToPdf(fakeInvokeEvent('app://riparo/', sender), {
      suggestedName: 'R-2026-0001',
      landscape: true,
      documentPath: '/print/dossier/01ABC',
    });

    expect(sender.printToPDF).not.toHaveBeenCalled();
    expect(printWindow.printToPDF).toHaveBeenCalledExactlyOnceWith(
      expect.objectContaining({
        pageSize: 'A4',
        landscape: true,
        generateTaggedPDF: true,
        generateDocumentOutline: true,
      }),
    );
    expect(destroy).toHaveBeenCalled();
  });

  it('offers a .pdf name and filter, then writes the PDF where the user chose', async () => {
    const sender = new FakeWebContents();
    const target = path.join(folder, 'R-2026-0001.pdf');
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });

    const result = await handlers().printToPdf(fakeInvokeEvent('app://riparo/', sender), {
      suggestedName: 'R-2026-0001',
      landscape: false,
      documentPath: '/print/dossier/01ABC',
    });

    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({
        defaultPath: path.join('/docs', 'R-2026-0001.pdf'),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      }),
    );
    expect(result).toEqual({ saved: true, fileName: path.basename(target) });
    expect(await readFile(target, 'latin1')).toBe('%PDF-1.7 fake');
    expect(await readdir(folder)).toEqual(['R-2026-0001.pdf']);
  });

  it('returns {saved:false} when the user cancels', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });

    const result = await handlers().printToPdf(fakeInvokeEvent('app://riparo/'), {
      suggestedName: 'x',
      landscape: false,
      documentPath: '/print/policy',
    });

    expect(result).toEqual({ saved: false });
  });

  it('adds .pdf only when missing', () => {
    expect(withPdfExtension('report')).toBe('report.pdf');
    expect(withPdfExtension('report.PDF')).toBe('report.PDF');
    expect(withPdfExtension('report.pdf.txt')).toBe('report.pdf.txt.pdf');
  });
});
