import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow, nativeTheme } from '../test/fakeElectron';
import type { NavigationPolicy } from './security';
import { createMainWindow, createPrintWindow, secureWebPreferences } from './window';

vi.mock('electron', () => import('../test/fakeElectron'));

const policy: NavigationPolicy = {
  allowedOrigins: ['app://riparo'],
  shell: { openExternal: () => Promise.resolve() },
};

const placement = { bounds: { width: 1280, height: 800 }, maximized: false };

function openWindow(darkMode = false, options: Partial<Parameters<typeof createMainWindow>[0]> = {}) {
  nativeTheme.shouldUseDarkColors = darkMode;
  createMainWindow({
    preloadPath: '/app/out/preload/index.js',
    startUrl: 'app://riparo/index.html',
    policy,
    nativeTheme,
    placement,
    devTools: false,
    ...options,
  });
  const window = FakeBrowserWindow.instances.at(-1);
  if (!window) throw new Error('createMainWindow made no BrowserWindow');
  return window;
}

describe('createMainWindow', () => {
  beforeEach(() => {
    FakeBrowserWindow.instances.length = 0;
  });

  it('gives every window the secure web preferences, each set explicitly', () => {
    openWindow();
    openWindow(true);

    expect(FakeBrowserWindow.instances).toHaveLength(2);
    for (const { options } of FakeBrowserWindow.instances) {
      const preferences = options.webPreferences;
      expect(preferences?.contextIsolation).toBe(true);
      expect(preferences?.sandbox).toBe(true);
      expect(preferences?.nodeIntegration).toBe(false);
      expect(preferences?.nodeIntegrationInWorker).toBe(false);
      expect(preferences?.nodeIntegrationInSubFrames).toBe(false);
      expect(preferences?.webSecurity).toBe(true);
      expect(preferences?.allowRunningInsecureContent).toBe(false);
      expect(preferences?.webviewTag).toBe(false);
      expect(preferences?.experimentalFeatures).toBe(false);
      expect(preferences?.navigateOnDragDrop).toBe(false);
      expect(preferences?.spellcheck).toBe(true);
      expect(preferences?.disableBlinkFeatures).toBe('Auxclick');
      expect(preferences?.devTools).toBe(false);
      expect(preferences?.preload).toBe('/app/out/preload/index.js');
    }
  });

  it('sets every preference explicitly rather than leaning on Electron defaults', () => {
    const preferences = secureWebPreferences('/p.js', { devTools: false });
    for (const value of Object.values(preferences)) expect(value).not.toBeUndefined();
    expect(Object.keys(preferences)).toHaveLength(14);
  });

  it('offers DevTools only when asked (a developer build)', () => {
    expect(secureWebPreferences('/p.js', { devTools: true }).devTools).toBe(true);
    expect(openWindow(false, { devTools: false }).options.webPreferences?.devTools).toBe(false);
  });

  it('opens at the remembered bounds and maximises before showing when it was maximised', () => {
    const window = openWindow(false, {
      placement: { bounds: { x: 40, y: 30, width: 1400, height: 900 }, maximized: true },
    });

    expect(window.options).toMatchObject({ x: 40, y: 30, width: 1400, height: 900 });
    window.emit('ready-to-show');
    expect(window.maximize).toHaveBeenCalledOnce();
    expect(window.maximize.mock.invocationCallOrder[0]).toBeLessThan(
      window.show.mock.invocationCallOrder[0] ?? 0,
    );
  });

  it('repaints its background when the system switches between light and dark', () => {
    const window = openWindow(false);
    nativeTheme.shouldUseDarkColors = true;
    nativeTheme.emit('updated');
    expect(window.setBackgroundColor).toHaveBeenLastCalledWith('#242424');

    window.emit('closed');
    window.setBackgroundColor.mockClear();
    nativeTheme.emit('updated');
    expect(window.setBackgroundColor).not.toHaveBeenCalled();
  });

  it('is titled Riparo, at least 1024x680, hidden until its first paint, then shown', () => {
    const window = openWindow();

    expect(window.options).toMatchObject({ title: 'Riparo', minWidth: 1024, minHeight: 680, show: false });
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledOnce();
  });

  it('paints the background in the colour of the system scheme', () => {
    expect(openWindow(false).options.backgroundColor).toBe('#ffffff');
    expect(openWindow(true).options.backgroundColor).toBe('#242424');
  });

  it('loads the start URL into contents that already refuse foreign navigation', () => {
    const window = openWindow();

    expect(window.loadURL).toHaveBeenCalledWith('app://riparo/index.html');
    expect(window.webContents.emitPreventable('will-navigate', 'https://evil.example/')).toBe(true);
    expect(window.webContents.windowOpenHandler?.({ url: 'app://riparo/x' })).toEqual({ action: 'deny' });
  });
});

describe('createPrintWindow', () => {
  it('is hidden, sandboxed and has no preload: a document never calls out of the page', () => {
    FakeBrowserWindow.instances.length = 0;
    createPrintWindow(policy);

    const window = FakeBrowserWindow.instances.at(-1);
    expect(window?.options.show).toBe(false);
    expect(window?.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
    expect(window?.options.webPreferences).not.toHaveProperty('preload');
    expect(window?.webContents.setWindowOpenHandler).toHaveBeenCalled();
  });
});
