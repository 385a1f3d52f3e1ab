import { BrowserWindow, type WebPreferences } from 'electron';
import { hardenWebContents, type NavigationPolicy } from './security';

/**
 * The page's privileges, every one set explicitly rather than trusted to
 * Electron's defaults (which have changed between versions): an isolated,
 * sandboxed renderer with no Node.js anywhere, the same-origin policy on, no
 * <webview>, no experimental Blink features, and no navigating away by
 * dropping a file on the window. The only door out is the preload's
 * `window.desktop`.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: true,
  };
}

/** Mantine's body colour in each scheme, so the window does not flash another colour before the page paints. */
const BACKGROUND = { light: '#ffffff', dark: '#242424' } as const;

export interface MainWindowOptions {
  readonly preloadPath: string;
  readonly startUrl: string;
  readonly policy: NavigationPolicy;
  /** The system's dark mode (the page follows it: Mantine's colour scheme is 'auto'). */
  readonly darkMode: boolean;
}

/** Creates the one main window, hardened before it loads anything, shown once its first paint is ready. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Riparo',
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 680,
    show: false,
    backgroundColor: options.darkMode ? BACKGROUND.dark : BACKGROUND.light,
    webPreferences: secureWebPreferences(options.preloadPath),
  });
  hardenWebContents(window.webContents, options.policy);
  window.once('ready-to-show', () => window.show());
  window.loadURL(options.startUrl).catch((error: unknown) => {
    console.error(`Riparo could not load ${options.startUrl}`, error);
  });
  return window;
}

/**
 * A hidden window for rendering one document to PDF: the same hardening as the
 * main window, but no preload, because a document only reads the register and
 * never calls out of the page.
 */
export function createPrintWindow(policy: NavigationPolicy): BrowserWindow {
  const { preload: _preload, ...webPreferences } = secureWebPreferences('');
  const window = new BrowserWindow({ show: false, width: 794, height: 1123, webPreferences });
  hardenWebContents(window.webContents, policy);
  return window;
}
