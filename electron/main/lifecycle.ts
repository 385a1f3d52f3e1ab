import path from 'node:path';
import type { App, BrowserWindow } from 'electron';
import { APP_ORIGIN, USER_DATA_FOLDER_NAME } from '../../src/shared/ipc/identity';
import { originOf } from './security';

/**
 * Pins the userData folder to `<appData>/Riparo`. Electron would otherwise
 * derive it from package.json's name, so a rename would silently point an
 * installed app at a new, empty folder, and the register (IndexedDB) lives
 * there. Must run before `ready`. Logs are then re-rooted under the pinned
 * folder (on macOS they stay in ~/Library/Logs/Riparo).
 */
export function configureAppPaths(app: Pick<App, 'getPath' | 'setPath' | 'setAppLogsPath'>): string {
  const userData = path.join(app.getPath('appData'), USER_DATA_FOLDER_NAME);
  app.setPath('userData', userData);
  app.setAppLogsPath();
  return userData;
}

/** The window to bring forward when Riparo is started a second time. */
export type FocusableWindow = Pick<BrowserWindow, 'isMinimized' | 'restore' | 'show' | 'focus'>;

/**
 * Keeps one Riparo per user: two processes on one userData folder would fight
 * over the IndexedDB files. Returns false (and quits) when another instance
 * already runs; that instance then restores and focuses its window.
 */
export function enforceSingleInstance(
  app: Pick<App, 'requestSingleInstanceLock' | 'quit' | 'on'>,
  getWindow: () => FocusableWindow | null,
): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => {
    const window = getWindow();
    if (window) bringToFront(window);
  });
  return true;
}

/** Restores a minimised window and gives it the focus (second launch, clicked notification). */
export function bringToFront(window: FocusableWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

/** Where the main window's page comes from and which origins are the app's own. */
export interface RendererSource {
  readonly startUrl: string;
  readonly trustedOrigins: readonly string[];
}

/**
 * The built page at `app://riparo/index.html`, or electron-vite's dev server
 * while developing. The dev URL is honoured only when the app is not packaged:
 * an installed Riparo started with ELECTRON_RENDERER_URL set must not load,
 * and trust with IPC, a page from elsewhere.
 */
export function resolveRendererSource(isPackaged: boolean, devServerUrl: string | undefined): RendererSource {
  if (!isPackaged && devServerUrl) {
    const devOrigin = originOf(devServerUrl);
    if (devOrigin) return { startUrl: devServerUrl, trustedOrigins: [APP_ORIGIN, devOrigin] };
  }
  return { startUrl: `${APP_ORIGIN}/index.html`, trustedOrigins: [APP_ORIGIN] };
}
