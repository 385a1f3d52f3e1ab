import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BaseWindow, Dialog } from 'electron';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dialog, FakeBrowserWindow, fakeInvokeEvent, ipcMain } from '../../test/fakeElectron';
import { createAutoBackups } from '../services/autoBackups';
import { autoBackupsHandlers } from './autoBackups';
import { handle } from './handle';

/** How every backup file the renderer's writer makes begins; main refuses anything else. */
const BACKUP = '{"format":"riparo-backup","formatVersion":1}';

describe('automatic-backup handlers', () => {
  let root: string;
  let window: FakeBrowserWindow;
  const event = () => fakeInvokeEvent('app://riparo/', window.webContents);
  const backupFolder = () => path.join(root, 'Riparo', 'Backup');

  function handlers() {
    return autoBackupsHandlers({
      autoBackups: createAutoBackups({
        settingsFile: path.join(root, 'Riparo', 'auto-backups.json'),
        defaultFolder: backupFolder(),
        now: () => new Date(2026, 3, 3, 9, 30),
      }),
      dialog: dialog as unknown as Pick<Dialog, 'showOpenDialog'>,
      windowOf: (contents) => FakeBrowserWindow.fromWebContents(contents) as unknown as BaseWindow | null,
    });
  }

  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'riparo-auto-backup-ipc-'));
    window = new FakeBrowserWindow({});
    dialog.showOpenDialog.mockReset();
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('report automatic backups as available, on, in the default folder, with none taken yet', async () => {
    expect(await handlers().getAutoBackups(event())).toEqual({
      available: true,
      enabled: true,
      folder: backupFolder(),
      backups: [],
    });
  });

  it('write a backup and list it', async () => {
    const written = await handlers().writeAutoBackup(event(), { kind: 'daily', content: BACKUP });

    expect(written).toEqual({ written: true, name: 'riparo-auto-2026-04-03-0930.riparo' });
    const status = await handlers().getAutoBackups(event());
    expect(status.available && status.backups.map((backup) => backup.name)).toEqual([
      'riparo-auto-2026-04-03-0930.riparo',
    ]);
  });

  it('write nothing while automatic backups are switched off', async () => {
    const status = await handlers().setAutoBackupsEnabled(event(), false);
    expect(status).toMatchObject({ available: true, enabled: false });

    expect(await handlers().writeAutoBackup(event(), { kind: 'daily', content: BACKUP })).toEqual({
      written: false,
      reason: 'disabled',
    });
    await expect(readdir(backupFolder())).rejects.toThrow();
  });

  it('ask for a folder on the sender’s window, starting at the current one, and use the choice', async () => {
    const chosen = path.join(root, 'NAS');
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [chosen] });

    const status = await handlers().chooseAutoBackupFolder(event());

    expect(dialog.showOpenDialog).toHaveBeenCalledWith(
      window,
      expect.objectContaining({
        defaultPath: backupFolder(),
        properties: expect.arrayContaining(['openDirectory', 'createDirectory']) as unknown,
      }),
    );
    expect(status).toMatchObject({ available: true, folder: chosen });
    await handlers().writeAutoBackup(event(), { kind: 'daily', content: BACKUP });
    expect(await readdir(chosen)).toEqual(['riparo-auto-2026-04-03-0930.riparo']);
  });

  it('keep the folder when the dialog is cancelled', async () => {
    dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    expect(await handlers().chooseAutoBackupFolder(event())).toMatchObject({ folder: backupFolder() });
  });

  it('read a backup back by its listed name, and report one that is not there', async () => {
    const written = await handlers().writeAutoBackup(event(), { kind: 'daily', content: `${BACKUP} Città` });
    const name = written.written ? written.name : '';

    const found = await handlers().readAutoBackup(event(), name);
    expect(found.found && new TextDecoder().decode(found.bytes)).toBe(`${BACKUP} Città`);
    expect(await handlers().readAutoBackup(event(), 'riparo-auto-2020-01-01-0900.riparo')).toEqual({
      found: false,
    });
  });

  it.each([
    ['a path instead of a name', 'readAutoBackup', 'backups:read', ['../../auto-backups.json']],
    ['an unknown kind', 'writeAutoBackup', 'backups:write', [{ kind: 'weekly', content: BACKUP }]],
    ['empty content', 'writeAutoBackup', 'backups:write', [{ kind: 'daily', content: '' }]],
    [
      'content that is not a backup',
      'writeAutoBackup',
      'backups:write',
      [{ kind: 'daily', content: '@echo off' }],
    ],
    ['a folder from the page', 'chooseAutoBackupFolder', 'backups:choose-folder', ['C:\\Users']],
    ['a non-boolean switch', 'setAutoBackupsEnabled', 'backups:set-enabled', ['no']],
  ] as const)('refuse %s before touching the disk', async (_label, method, channel, args) => {
    ipcMain.listeners.clear();
    handle(method, handlers()[method], { ipcMain, trustedOrigins: ['app://riparo'] });
    await expect(ipcMain.invoke(channel, event(), ...args)).rejects.toThrow('Invalid arguments');
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
    await expect(readdir(backupFolder())).rejects.toThrow();
  });
});
