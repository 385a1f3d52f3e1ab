import path from 'node:path';
import type { BaseWindow, Dialog } from 'electron';
import { beforeAll, describe, expect, it } from 'vitest';
import { ipcContract } from '../../../src/shared/ipc/contract';
import {
  app,
  dialog,
  FAKE_APP_DATA,
  fakeInvokeEvent,
  ipcMain,
  Notification,
  shell,
} from '../../test/fakeElectron';
import { createAutoBackups } from '../services/autoBackups';
import { UNTRUSTED_SENDER_MESSAGE } from './handle';
import { registerIpcHandlers } from '.';

describe('registerIpcHandlers', () => {
  beforeAll(() => {
    ipcMain.listeners.clear();
    registerIpcHandlers({
      ipcMain: ipcMain,
      trustedOrigins: ['app://riparo'],
      app: app,
      dialog: dialog as unknown as Dialog,
      shell: shell,
      windowOf: (): BaseWindow | null => null,
      documentsPath: () => '/docs',
      createPrintWindow: () => {
        throw new Error('no document is printed in these tests');
      },
      startUrl: 'app://riparo/index.html',
      setMenuLanguage: () => undefined,
      Notification,
      getWindow: () => null,
      autoBackups: createAutoBackups({
        settingsFile: path.join(FAKE_APP_DATA, 'auto-backups.json'),
        defaultFolder: path.join(FAKE_APP_DATA, 'Backup'),
      }),
    });
  });

  it('registers exactly one handler per contract channel', () => {
    const channels = Object.values(ipcContract).map((entry) => entry.channel);
    expect([...ipcMain.listeners.keys()].sort()).toEqual(channels.sort());
  });

  it('answers getAppInfo for the app’s page with the pinned data location', async () => {
    app.setPath('userData', '/data/Riparo');

    await expect(ipcMain.invoke('app:get-info', fakeInvokeEvent('app://riparo/index.html'))).resolves.toEqual(
      {
        name: 'Riparo',
        version: '1.2.3',
        shell: 'desktop',
        dataLocation: '/data/Riparo',
      },
    );
  });

  it('puts every channel behind the sender check', async () => {
    for (const { channel } of Object.values(ipcContract)) {
      await expect(ipcMain.invoke(channel, fakeInvokeEvent('https://evil.example/'))).rejects.toThrow(
        UNTRUSTED_SENDER_MESSAGE,
      );
    }
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(shell.openPath).not.toHaveBeenCalled();
  });

  it('refuses a path as a suggested name before any dialog opens', async () => {
    const request = { suggestedName: '../x', content: 'x', filters: [] };

    await expect(ipcMain.invoke('files:save', fakeInvokeEvent('app://riparo/'), request)).rejects.toThrow(
      'Invalid arguments for files:save',
    );
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('refuses a folder kind outside the contract', async () => {
    await expect(
      ipcMain.invoke('shell:reveal-folder', fakeInvokeEvent('app://riparo/'), 'home'),
    ).rejects.toThrow('Invalid arguments for shell:reveal-folder');
    expect(shell.openPath).not.toHaveBeenCalled();
  });
});
