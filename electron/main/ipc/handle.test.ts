import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeWebContents, fakeInvokeEvent, ipcMain } from '../../test/fakeElectron';
import { handle, UNTRUSTED_SENDER_MESSAGE } from './handle';

const TRUSTED = ['app://riparo'];
const saveRequest = {
  suggestedName: 'reclamo.txt',
  content: 'testo',
  filters: [{ name: 'Testo', extensions: ['txt'] }],
};

function registerSaveFile(trustedOrigins: readonly string[] = TRUSTED) {
  const implementation = vi.fn(() => Promise.resolve({ saved: false } as const));
  handle('saveFile', implementation, { ipcMain: ipcMain, trustedOrigins });
  return implementation;
}

function invokeFrom(frameUrl: string | null, ...args: unknown[]) {
  return ipcMain.invoke('files:save', fakeInvokeEvent(frameUrl), ...args);
}

describe('handle', () => {
  beforeEach(() => {
    ipcMain.listeners.clear();
  });

  it('registers on the contract’s channel', () => {
    registerSaveFile();
    expect([...ipcMain.listeners.keys()]).toEqual(['files:save']);
  });

  it('calls the implementation for the app’s own page with the parsed arguments and returns its result', async () => {
    const implementation = registerSaveFile();
    const event = fakeInvokeEvent('app://riparo/index.html#/complaints/01J', new FakeWebContents());

    await expect(ipcMain.invoke('files:save', event, saveRequest)).resolves.toEqual({ saved: false });
    expect(implementation).toHaveBeenCalledExactlyOnceWith(event, saveRequest);
  });

  it.each([
    ['another website', 'https://evil.example/'],
    ['a local file', 'file:///C:/Users/x/riparo.html'],
    ['the dev server outside development', 'http://localhost:5173/'],
    ['a look-alike host', 'app://riparo.evil.example/'],
    ['another port', 'app://riparo:1/'],
    ['about:blank', 'about:blank'],
  ])('rejects IPC from %s without calling the implementation', async (_label, url) => {
    const implementation = registerSaveFile();

    await expect(invokeFrom(url, saveRequest)).rejects.toThrow(UNTRUSTED_SENDER_MESSAGE);
    expect(implementation).not.toHaveBeenCalled();
  });

  it('rejects IPC whose sender frame is gone', async () => {
    const implementation = registerSaveFile();

    await expect(invokeFrom(null, saveRequest)).rejects.toThrow(UNTRUSTED_SENDER_MESSAGE);
    expect(implementation).not.toHaveBeenCalled();
  });

  it('accepts the dev server when it was passed in as trusted', async () => {
    const implementation = registerSaveFile([...TRUSTED, 'http://localhost:5173']);

    await invokeFrom('http://localhost:5173/', saveRequest);
    expect(implementation).toHaveBeenCalledOnce();
  });

  it.each([
    ['a path in the suggested name', [{ ...saveRequest, suggestedName: '../x' }]],
    ['a Windows path in the suggested name', [{ ...saveRequest, suggestedName: 'C:\\Windows\\x.txt' }]],
    ['content of the wrong type', [{ ...saveRequest, content: 42 }]],
    ['a missing field', [{ suggestedName: 'a.txt', content: 'x' }]],
    ['a bad filter extension', [{ ...saveRequest, filters: [{ name: 'x', extensions: ['*.exe;'] }] }]],
    ['no arguments', []],
    ['an extra argument', [saveRequest, 'surplus']],
  ])('rejects %s without calling the implementation', async (_label, args) => {
    const implementation = registerSaveFile();

    await expect(invokeFrom('app://riparo/index.html', ...args)).rejects.toThrow(
      'Invalid arguments for files:save',
    );
    expect(implementation).not.toHaveBeenCalled();
  });

  it('names the failing field but does not echo the data', async () => {
    registerSaveFile();
    const secret = '../../Clienti/Rossi Mario.txt';

    const error = await invokeFrom('app://riparo/', { ...saveRequest, suggestedName: secret }).catch(
      (caught: unknown) => caught,
    );

    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toContain('0.suggestedName');
    expect((error as Error).message).not.toContain('Rossi');
  });
});
