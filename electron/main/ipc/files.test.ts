import { mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BaseWindow } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow, fakeInvokeEvent } from '../../test/fakeElectron';
import { filesHandlers, MAX_OPEN_BYTES } from './files';

const filters = [{ name: 'CSV', extensions: ['csv'] }];

describe('files handlers', () => {
  let folder: string;
  let window: FakeBrowserWindow;
  const dialog = { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() };

  function handlers() {
    return filesHandlers({
      dialog,
      windowOf: (contents) => FakeBrowserWindow.fromWebContents(contents) as unknown as BaseWindow | null,
      documentsPath: () => '/home/studio/Documents',
    });
  }
  const event = () => fakeInvokeEvent('app://riparo/', window.webContents);

  beforeEach(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'riparo-files-'));
    window = new FakeBrowserWindow({});
    dialog.showSaveDialog.mockReset();
    dialog.showOpenDialog.mockReset();
  });

  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  describe('saveFile', () => {
    it('returns {saved:false} and writes nothing when the user cancels', async () => {
      dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });

      const result = await handlers().saveFile(event(), { suggestedName: 'a.csv', content: 'x', filters });

      expect(result).toEqual({ saved: false });
      expect(await readdir(folder)).toEqual([]);
    });

    it('opens the dialog on the sender’s window, in Documents, with the suggested name and filters', async () => {
      dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });

      await handlers().saveFile(event(), { suggestedName: 'reclami.csv', content: 'x', filters });

      expect(dialog.showSaveDialog).toHaveBeenCalledWith(
        window,
        expect.objectContaining({ defaultPath: path.join('/home/studio/Documents', 'reclami.csv'), filters }),
      );
    });

    it('writes the chosen file as UTF-8, leaving no temporary file, and reports its name only', async () => {
      const target = path.join(folder, 'reclami.csv');
      dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });

      const result = await handlers().saveFile(event(), {
        suggestedName: 'reclami.csv',
        content: 'Città;€',
        filters,
      });

      expect(result).toEqual({ saved: true, fileName: path.basename(target) });
      expect(await readFile(target, 'utf8')).toBe('Città;€');
      expect(await readdir(folder)).toEqual(['reclami.csv']);
    });

    it('writes bytes unchanged', async () => {
      const target = path.join(folder, 'backup.riparo');
      dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });

      await handlers().saveFile(event(), { suggestedName: 'b', content: new Uint8Array([1, 2, 3]), filters });

      expect([...(await readFile(target))]).toEqual([1, 2, 3]);
    });

    it('shows a free-standing dialog when the sender has no window', async () => {
      dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });

      await handlers().saveFile(fakeInvokeEvent('app://riparo/'), {
        suggestedName: 'a',
        content: 'x',
        filters,
      });

      expect(dialog.showSaveDialog.mock.calls[0]).toHaveLength(1);
    });
  });

  describe('openFile', () => {
    it('returns {opened:false} when the user cancels', async () => {
      dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });

      expect(await handlers().openFile(event(), { filters })).toEqual({ opened: false, reason: 'canceled' });
    });

    it('asks for one file with the filters and returns its name and bytes, not its folder', async () => {
      const source = path.join(folder, 'backup.riparo');
      await writeFile(source, new Uint8Array([9, 8, 7]));
      dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [source] });

      const result = await handlers().openFile(event(), { filters });

      expect(dialog.showOpenDialog).toHaveBeenCalledWith(window, { properties: ['openFile'], filters });
      expect(result.opened && { name: result.name, bytes: [...result.bytes] }).toEqual({
        name: 'backup.riparo',
        bytes: [9, 8, 7],
      });
    });

    it('refuses a file over 100 MB with a reason the page can translate', async () => {
      const huge = path.join(folder, 'video.mp4');
      await writeFile(huge, '');
      await truncate(huge, MAX_OPEN_BYTES + 1); // sparse: takes no disk space
      dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [huge] });

      expect(await handlers().openFile(event(), { filters })).toEqual({ opened: false, reason: 'too_large' });
    });
  });
});
