import type { App, Session, Shell, WebContents } from 'electron';
import { openExternalSafely } from './services/openExternal';

/** Where the app's own pages may come from, and how links that leave the app are opened. */
export interface NavigationPolicy {
  /** `app://riparo`, plus the dev server's origin only while developing. */
  readonly allowedOrigins: readonly string[];
  /** Hands allowed URLs to the system browser or mail client, through `openExternalSafely`. */
  readonly shell: Pick<Shell, 'openExternal'>;
}

/**
 * The origin of `url` as Chromium sees it, or null when it has none.
 *
 * Node's `URL` gives custom schemes such as `app:` the opaque origin "null";
 * Chromium, where `app:` is registered as a standard scheme, gives
 * `app://riparo`. Rebuilding it from protocol and host keeps both sides in
 * agreement, while host-less URLs (file:, data:, about:, javascript:) stay null.
 */
export function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.origin !== 'null') return parsed.origin;
  return parsed.host === '' ? null : `${parsed.protocol}//${parsed.host}`;
}

/** Whether `url` belongs to one of the app's own origins. */
export function isAppOrigin(url: string, allowedOrigins: readonly string[]): boolean {
  const origin = originOf(url);
  return origin !== null && allowedOrigins.includes(origin);
}

function openIfAllowed(url: string, policy: NavigationPolicy): void {
  void openExternalSafely(policy.shell, url);
}

const hardened = new WeakSet<WebContents>();

/**
 * Keeps a page inside the app: it can neither open new windows, nor navigate
 * or be redirected to another origin, nor attach a <webview>. A page that
 * loaded foreign content would inherit the preload's `window.desktop`.
 * Allowed https:/mailto: links, from `window.open` or a plain link click, go
 * to the system browser instead. Applying it twice to the same contents is a
 * no-op, so the window factory and the app-wide hook can both call it.
 */
export function hardenWebContents(contents: WebContents, policy: NavigationPolicy): void {
  if (hardened.has(contents)) return;
  hardened.add(contents);

  contents.setWindowOpenHandler(({ url }) => {
    openIfAllowed(url, policy);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event) => {
    if (isAppOrigin(event.url, policy.allowedOrigins)) return;
    event.preventDefault();
    openIfAllowed(event.url, policy);
  });
  contents.on('will-redirect', (event) => {
    if (!isAppOrigin(event.url, policy.allowedOrigins)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Hardens every webContents the app ever creates, not only the main window's. */
export function hardenAllWebContents(app: Pick<App, 'on'>, policy: NavigationPolicy): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, policy));
}

/**
 * Riparo needs no camera, microphone, location, notifications, HID, MIDI or
 * any other permission, so every request and every check is refused: a
 * compromised page gains nothing by asking.
 */
export function installSessionHardening(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>,
): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
