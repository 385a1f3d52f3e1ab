import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeInvokeEvent } from '../../test/fakeElectron';
import { shellHandlers } from './shell';

describe('shell handlers', () => {
  let folder: string;
  const shell = { openPath: vi.fn(), openExternal: vi.fn() };
  const event = fakeInvokeEvent('app://riparo/');

  function handlers() {
    const paths: Record<string, string> = {
      userData: path.join(folder, 'Riparo'),
      logs: path.join(folder, 'Riparo', 'logs'),
    };
    const app = { getPath: (name: string) => paths[name] ?? '' };
    const autoBackups = {
      settings: () => Promise.resolve({ enabled: true, folder: path.join(folder, 'Backup scelti') }),
    };
    return shellHandlers({ app: app, shell: shell, autoBackups });
  }

  beforeEach(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'riparo-shell-'));
    shell.openPath.mockReset().mockResolvedValue('');
    shell.openExternal.mockReset().mockResolvedValue(undefined);
  });

  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  describe('revealFolder', () => {
    it('opens the userData folder for "data"', async () => {
      expect(await handlers().revealFolder(event, 'data')).toEqual({ revealed: true });
      expect(shell.openPath).toHaveBeenCalledExactlyOnceWith(path.join(folder, 'Riparo'));
    });

    it('creates and opens the logs folder for "logs"', async () => {
      expect(await handlers().revealFolder(event, 'logs')).toEqual({ revealed: true });
      expect(shell.openPath).toHaveBeenCalledExactlyOnceWith(path.join(folder, 'Riparo', 'logs'));
      expect((await stat(path.join(folder, 'Riparo', 'logs'))).isDirectory()).toBe(true);
    });

    it('opens the backup folder the studio chose for "backups"', async () => {
      expect(await handlers().revealFolder(event, 'backups')).toEqual({ revealed: true });
      expect(shell.openPath).toHaveBeenCalledExactlyOnceWith(path.join(folder, 'Backup scelti'));
    });

    it('reports a folder the shell could not open', async () => {
      shell.openPath.mockResolvedValue('Failed to open path');
      expect(await handlers().revealFolder(event, 'data')).toEqual({ revealed: false });
    });
  });

  describe('openExternal', () => {
    it.each(['https://www.ivass.it/consumatori/reclami/', 'mailto:studio@example.it?subject=Reclamo'])(
      'opens %s',
      async (url) => {
        expect(await handlers().openExternal(event, url)).toEqual({ opened: true });
        expect(shell.openExternal).toHaveBeenCalledExactlyOnceWith(url);
      },
    );

    it.each([
      'http://example.it/',
      'file:///C:/Windows/System32/calc.exe',
      'javascript:alert(1)',
      'ms-msdt:/id PCWDiagnostic',
      'smb://server/share',
      'app://riparo/index.html',
    ])('refuses %s without touching the shell', async (url) => {
      expect(await handlers().openExternal(event, url)).toEqual({ opened: false });
      expect(shell.openExternal).not.toHaveBeenCalled();
    });

    it('reports {opened:false} when no application takes the link', async () => {
      shell.openExternal.mockRejectedValue(new Error('No application is associated'));
      expect(await handlers().openExternal(event, 'https://example.it/')).toEqual({ opened: false });
    });
  });
});
