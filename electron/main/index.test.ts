import { existsSync } from 'node:fs';
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ipcContract } from '../../src/shared/ipc/contract';
import { APP_ID } from '../../src/shared/ipc/identity';
import {
  FAKE_APP_DATA,
  FakeBrowserWindow,
  Menu,
  app,
  fakeInvokeEvent,
  ipcMain,
  protocol,
  session,
} from '../test/fakeElectron';

vi.mock('electron', () => import('../test/fakeElectron'));

// The composition root, run once against the fake Electron as an installed app would start.
describe('main/index', () => {
  const devUrl = process.env['ELECTRON_RENDERER_URL'];

  beforeAll(async () => {
    app.isPackaged = true;
    // Set on purpose: a packaged app must ignore it.
    process.env['ELECTRON_RENDERER_URL'] = 'https://evil.example/';
    await import('./index');
    await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1));
  });

  afterAll(() => {
    if (devUrl === undefined) delete process.env['ELECTRON_RENDERER_URL'];
    else process.env['ELECTRON_RENDERER_URL'] = devUrl;
  });

  it('registers the app: scheme (without bypassing CSP), pins userData and enables the sandbox', () => {
    // The fake throws if these come after `ready`, as Electron does.
    expect(protocol.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
    ]);
    expect(app.getPath('userData')).toBe(path.join(FAKE_APP_DATA, 'Riparo'));
    expect(app.sandboxEnabled).toBe(true);
  });

  it('serves app:// and denies permissions once ready', async () => {
    const serve = protocol.handlers.get('app');
    expect(serve).toBeDefined();
    expect(session.defaultSession.permissionCheckHandler?.(null, 'media', 'app://riparo', {})).toBe(false);
    const request = vi.fn();
    session.defaultSession.permissionRequestHandler?.({}, 'geolocation', request);
    expect(request).toHaveBeenCalledWith(false);
    // The renderer is not built in tests; the handler answers, and never from outside its folder.
    const response = await serve?.(new Request('app://riparo/..%2f..%2fpackage.json'));
    expect(response?.status).toBe(404);
  });

  it('answers every contract channel, only for app://riparo', async () => {
    expect([...ipcMain.listeners.keys()].sort()).toEqual(
      Object.values(ipcContract)
        .map((e) => e.channel)
        .sort(),
    );
    await expect(ipcMain.invoke('app:get-info', fakeInvokeEvent('https://evil.example/'))).rejects.toThrow();
    await expect(ipcMain.invoke('app:get-info', fakeInvokeEvent('app://riparo/'))).resolves.toMatchObject({
      dataLocation: path.join(FAKE_APP_DATA, 'Riparo'),
    });
  });

  it('opens one secure window on the built page, ignoring ELECTRON_RENDERER_URL when packaged', () => {
    const [window] = FakeBrowserWindow.instances;

    expect(window?.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
    expect(window?.options.webPreferences?.preload).toMatch(/preload[/\\]index\.js$/);
    expect(window?.loadedUrl).toBe('app://riparo/index.html');
  });

  it('brings its window forward when Riparo is started again', () => {
    const [window] = FakeBrowserWindow.instances;
    window?.isMinimized.mockReturnValueOnce(true);

    app.emit('second-instance', {}, ['riparo'], '/');

    expect(window?.restore).toHaveBeenCalledOnce();
    expect(window?.focus).toHaveBeenCalledOnce();
  });

  it('files notifications under the installer’s application id', () => {
    expect(app.appUserModelId).toBe(APP_ID);
  });

  it('turns DevTools off in the installed app', () => {
    expect(FakeBrowserWindow.instances[0]?.options.webPreferences?.devTools).toBe(false);
  });

  it('sets the Italian menu, forwards its commands to the page and follows the page’s language', async () => {
    const menus = () => Menu.applicationMenu?.template ?? [];
    expect(menus().map((menu) => menu.label)).toEqual(['&File', '&Modifica', '&Visualizza', '&Aiuto']);

    const file = menus()[0]?.submenu as MenuItemConstructorOptions[];
    (file[0]?.click as () => void)();
    expect(FakeBrowserWindow.instances[0]?.webContents.sent).toContainEqual({
      channel: 'app:command',
      args: [{ kind: 'menu', command: 'newComplaint' }],
    });

    await ipcMain.invoke('menu:set-language', fakeInvokeEvent('app://riparo/'), 'en');
    expect(menus().map((menu) => menu.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
  });

  it('remembers the window’s place in userData when it closes', () => {
    FakeBrowserWindow.instances[0]?.emit('close');
    expect(existsSync(path.join(FAKE_APP_DATA, 'Riparo', 'window-state.json'))).toBe(true);
  });

  it('hardens every webContents created later', () => {
    expect(app.listenerCount('web-contents-created')).toBe(1);
  });

  it('quits when the last window closes (outside macOS)', () => {
    app.emit('window-all-closed');
    expect(app.quit).toHaveBeenCalledTimes(process.platform === 'darwin' ? 0 : 1);
  });
});
