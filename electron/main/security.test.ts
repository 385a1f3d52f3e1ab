import type { App, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { APP_ORIGIN } from '../../src/shared/ipc/identity';
import { FakeSession, FakeWebContents, app } from '../test/fakeElectron';
import {
  hardenAllWebContents,
  hardenWebContents,
  installSessionHardening,
  isAppOrigin,
  originOf,
  type NavigationPolicy,
} from './security';

function hardened(allowedOrigins: readonly string[] = [APP_ORIGIN]) {
  const contents = new FakeWebContents();
  const openExternal = vi.fn<(url: string) => Promise<void>>(() => Promise.resolve());
  const policy: NavigationPolicy = { allowedOrigins, shell: { openExternal } };
  hardenWebContents(contents as unknown as WebContents, policy);
  return { contents, openExternal };
}

describe('originOf / isAppOrigin', () => {
  it('gives app:// URLs the origin Chromium gives them, not Node’s opaque "null"', () => {
    expect(originOf('app://riparo/index.html#/complaints')).toBe('app://riparo');
    expect(originOf('http://localhost:5173/')).toBe('http://localhost:5173');
  });

  it.each([
    'file:///C:/riparo/index.html',
    'about:blank',
    'data:text/html,hi',
    'javascript:alert(1)',
    'nonsense',
  ])('gives %s no origin', (url) => {
    expect(originOf(url)).toBeNull();
  });

  it.each(['app://riparo.evil.example/', 'app://riparo:8080/', 'https://riparo/', 'app://other/'])(
    'does not mistake %s for the app',
    (url) => {
      expect(isAppOrigin(url, [APP_ORIGIN])).toBe(false);
    },
  );
});

describe('hardenWebContents', () => {
  it('prevents navigation to another origin and allows the app’s own', () => {
    const { contents } = hardened();

    expect(contents.emitPreventable('will-navigate', 'https://evil.example/phish')).toBe(true);
    expect(contents.emitPreventable('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.emitPreventable('will-navigate', 'app://riparo/index.html#/complaints')).toBe(false);
  });

  it('allows the dev server only when it is among the allowed origins', () => {
    expect(hardened().contents.emitPreventable('will-navigate', 'http://localhost:5173/')).toBe(true);
    const dev = hardened([APP_ORIGIN, 'http://localhost:5173']).contents;
    expect(dev.emitPreventable('will-navigate', 'http://localhost:5173/')).toBe(false);
  });

  it('sends a clicked https link to the system browser instead of navigating', () => {
    const { contents, openExternal } = hardened();

    expect(contents.emitPreventable('will-navigate', 'https://www.example.it/')).toBe(true);
    expect(openExternal).toHaveBeenCalledWith('https://www.example.it/');
  });

  it('prevents redirects to another origin', () => {
    const { contents, openExternal } = hardened();

    expect(contents.emitPreventable('will-redirect', 'https://evil.example/')).toBe(true);
    expect(contents.emitPreventable('will-redirect', 'app://riparo/index.html')).toBe(false);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('prevents attaching a <webview>', () => {
    expect(hardened().contents.emitPreventable('will-attach-webview', 'app://riparo/')).toBe(true);
  });

  it('denies every window.open, handing only https and mailto links to the shell', () => {
    const { contents, openExternal } = hardened();
    const open = (url: string) => contents.windowOpenHandler?.({ url });

    for (const url of [
      'https://www.example.it/',
      'mailto:studio@example.it',
      'javascript:alert(1)',
      'file:///C:/Windows/System32/calc.exe',
      'http://example.it/',
      'app://riparo/index.html',
    ]) {
      expect(open(url)).toEqual({ action: 'deny' });
    }
    expect(openExternal.mock.calls.map(([url]) => url)).toEqual([
      'https://www.example.it/',
      'mailto:studio@example.it',
    ]);
  });

  it('hardens the same contents once, however many paths reach it', () => {
    const contents = new FakeWebContents();
    const policy: NavigationPolicy = {
      allowedOrigins: [APP_ORIGIN],
      shell: { openExternal: () => Promise.resolve() },
    };
    hardenWebContents(contents as unknown as WebContents, policy);
    hardenWebContents(contents as unknown as WebContents, policy);

    expect(contents.listenerCount('will-navigate')).toBe(1);
    expect(contents.setWindowOpenHandler).toHaveBeenCalledOnce();
  });

  it('hardens every webContents the app creates', () => {
    const policy: NavigationPolicy = {
      allowedOrigins: [APP_ORIGIN],
      shell: { openExternal: () => Promise.resolve() },
    };
    hardenAllWebContents(app as unknown as App, policy);
    const contents = new FakeWebContents();
    app.emit('web-contents-created', {}, contents);

    expect(contents.emitPreventable('will-navigate', 'https://evil.example/')).toBe(true);
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
  });
});

function hardenedSession() {
  const fake = new FakeSession();
  installSessionHardening(fake);
  const { permissionRequestHandler: request, permissionCheckHandler: check } = fake;
  if (!request || !check) throw new Error('permission handlers were not installed');
  return { request, check };
}

describe('installSessionHardening', () => {
  it.each(['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'hid'])(
    'denies a %s permission request',
    (permission) => {
      const callback = vi.fn();
      hardenedSession().request({}, permission, callback);
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    },
  );

  it('answers every permission check with no', () => {
    const { check } = hardenedSession();
    expect(check({}, 'media', 'app://riparo', {})).toBe(false);
    expect(check(null, 'fullscreen', 'https://evil.example', {})).toBe(false);
  });
});
