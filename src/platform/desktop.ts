import type { DesktopApi } from '../shared/ipc';

declare global {
  interface Window {
    /** Put there by the Electron preload; absent in a plain browser. */
    readonly desktop?: DesktopApi;
  }
}

/** The Electron preload's API, when the page runs inside the desktop app. */
export function desktopApi(): DesktopApi | undefined {
  return typeof window === 'undefined' ? undefined : window.desktop;
}
