import path from 'node:path';
import type { App } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_HOST, APP_ORIGIN, APP_SCHEME, USER_DATA_FOLDER_NAME } from '../../src/shared/ipc/identity';
import { FAKE_APP_DATA, app } from '../test/fakeElectron';
import {
  configureAppPaths,
  enforceSingleInstance,
  resolveRendererSource,
  type FocusableWindow,
} from './lifecycle';

const fakeApp = app as unknown as App;

describe('pinned identity', () => {
  // Changing any of these opens an empty register on an installed Riparo.
  it('keeps the app origin and the data folder name', () => {
    expect(APP_SCHEME).toBe('app');
    expect(APP_HOST).toBe('riparo');
    expect(APP_ORIGIN).toBe('app://riparo');
    expect(USER_DATA_FOLDER_NAME).toBe('Riparo');
  });

  it('sets userData to <appData>/Riparo, whatever package.json is called', () => {
    const userData = configureAppPaths(fakeApp);

    expect(userData).toBe(path.join(FAKE_APP_DATA, 'Riparo'));
    expect(app.setPath).toHaveBeenCalledWith('userData', path.join(FAKE_APP_DATA, 'Riparo'));
    expect(app.getPath('userData')).toBe(path.join(FAKE_APP_DATA, 'Riparo'));
  });

  it('roots the logs after userData is pinned', () => {
    configureAppPaths(fakeApp);

    expect(app.setAppLogsPath).toHaveBeenCalled();
    expect(app.getPath('logs')).toBe(path.join(FAKE_APP_DATA, 'Riparo', 'logs'));
  });
});

describe('enforceSingleInstance', () => {
  beforeEach(() => {
    app.removeAllListeners('second-instance');
  });

  function fakeWindow(minimized: boolean) {
    return {
      isMinimized: vi.fn(() => minimized),
      restore: vi.fn<() => void>(),
      show: vi.fn<() => void>(),
      focus: vi.fn<() => void>(),
    };
  }

  it('quits when another Riparo already holds the lock', () => {
    app.requestSingleInstanceLock.mockReturnValueOnce(false);

    expect(enforceSingleInstance(fakeApp, () => null)).toBe(false);
    expect(app.quit).toHaveBeenCalledOnce();
    expect(app.listenerCount('second-instance')).toBe(0);
  });

  it('keeps running when it holds the lock', () => {
    expect(enforceSingleInstance(fakeApp, () => null)).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
  });

  it('restores and focuses its window when Riparo is started again', () => {
    const window = fakeWindow(true);
    enforceSingleInstance(fakeApp, () => window);

    app.emit('second-instance', {}, ['riparo'], '/');

    expect(window.restore).toHaveBeenCalledOnce();
    expect(window.show).toHaveBeenCalledOnce();
    expect(window.focus).toHaveBeenCalledOnce();
  });

  it('focuses without restoring a window that is not minimized, and ignores a missing window', () => {
    const window = fakeWindow(false);
    let current: FocusableWindow | null = null;
    enforceSingleInstance(fakeApp, () => current);

    expect(() => app.emit('second-instance', {}, [], '/')).not.toThrow();
    current = window;
    app.emit('second-instance', {}, [], '/');

    expect(window.restore).not.toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalledOnce();
  });
});

describe('resolveRendererSource', () => {
  it('loads the built page from app://riparo and trusts only that origin', () => {
    expect(resolveRendererSource(true, undefined)).toEqual({
      startUrl: 'app://riparo/index.html',
      trustedOrigins: ['app://riparo'],
    });
  });

  it('loads and trusts the dev server while developing', () => {
    expect(resolveRendererSource(false, 'http://localhost:5173/')).toEqual({
      startUrl: 'http://localhost:5173/',
      trustedOrigins: ['app://riparo', 'http://localhost:5173'],
    });
  });

  it('ignores ELECTRON_RENDERER_URL in a packaged app', () => {
    expect(resolveRendererSource(true, 'https://evil.example/')).toEqual({
      startUrl: 'app://riparo/index.html',
      trustedOrigins: ['app://riparo'],
    });
  });

  it('ignores a dev URL without an origin', () => {
    expect(resolveRendererSource(false, 'file:///tmp/index.html').trustedOrigins).toEqual(['app://riparo']);
  });
});
