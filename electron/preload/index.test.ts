import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ipcContract, type DesktopApi, type IpcArgs, type IpcMethod } from '../../src/shared/ipc/contract';
import { contextBridge, ipcRenderer } from '../test/fakeElectron';

vi.mock('electron', () => import('../test/fakeElectron'));

/** One valid call per method; typed so a new contract method must be added here. */
const sampleArgs: { [M in IpcMethod]: IpcArgs<M> } = {
  getAppInfo: [],
  saveFile: [{ suggestedName: 'a.csv', content: 'x', filters: [] }],
  openFile: [{ filters: [{ name: 'Backup', extensions: ['json'] }] }],
  printToPdf: [{ suggestedName: 'R-2026-0001.pdf', landscape: false, documentPath: '/print/dossier/01ABC' }],
  revealFolder: ['data'],
  openExternal: ['https://www.example.it/'],
  setMenuLanguage: ['en'],
  showNotification: [{ title: 'Richiamo R-2026-0001', body: 'Oggi', route: '/complaints/01J' }],
  getAutoBackups: [],
  setAutoBackupsEnabled: [false],
  chooseAutoBackupFolder: [],
  writeAutoBackup: [{ kind: 'daily', content: '{"format":"riparo-backup"}' }],
  readAutoBackup: ['riparo-auto-2026-04-03-0900.riparo'],
};

describe('preload', () => {
  let desktop: DesktopApi;

  beforeAll(async () => {
    await import('./index');
    desktop = contextBridge.exposed.get('desktop') as DesktopApi;
  });

  it('exposes one object, window.desktop, and nothing else', () => {
    expect([...contextBridge.exposed.keys()]).toEqual(['desktop']);
  });

  it('exposes exactly the contract’s methods and the app-command subscription, as plain functions', () => {
    expect(Object.keys(desktop).sort()).toEqual([...Object.keys(ipcContract), 'onAppCommand'].sort());
    for (const value of Object.values(desktop)) expect(typeof value).toBe('function');
  });

  it('never hands the page ipcRenderer or its invoke', () => {
    const exposed: unknown[] = Object.values(desktop);
    expect(exposed).not.toContain(ipcRenderer);
    expect(exposed).not.toContain(ipcRenderer.invoke);
  });

  it.each(Object.keys(ipcContract) as IpcMethod[])(
    'sends %s on its contract channel with its arguments',
    async (method) => {
      ipcRenderer.invoke.mockClear().mockResolvedValueOnce({ answer: method });
      const call = desktop[method] as (...args: unknown[]) => Promise<unknown>;

      await expect(call(...sampleArgs[method])).resolves.toEqual({ answer: method });
      expect(ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(
        ipcContract[method].channel,
        ...sampleArgs[method],
      );
    },
  );

  it('hands app commands to the listener without the IPC event, until unsubscribed', () => {
    const listener = vi.fn();
    const unsubscribe = desktop.onAppCommand(listener);

    ipcRenderer.receive('app:command', { kind: 'menu', command: 'search' });
    unsubscribe();
    ipcRenderer.receive('app:command', { kind: 'menu', command: 'print' });

    expect(listener.mock.calls).toEqual([[{ kind: 'menu', command: 'search' }]]);
    expect(ipcRenderer.listenerCount('app:command')).toBe(0);
  });
});
