import type { DesktopApi } from '../shared/ipc';
import { createBrowserApi } from './browser';
import { desktopApi } from './desktop';

/**
 * The renderer's only door to anything outside the page: the Electron preload
 * when running in the desktop app, the browser's own means otherwise.
 */
export const platform: DesktopApi = desktopApi() ?? createBrowserApi(__APP_VERSION__);

/** True inside the desktop app, where the application menu owns the keyboard shortcuts. */
export const isDesktop = desktopApi() !== undefined;
