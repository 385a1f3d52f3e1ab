import { BrowserWindow, type WebPreferences } from 'electron';
import { hardenWebContents, type NavigationPolicy } from './security';
import { log } from './services/logger';
import { MIN_SIZE, type WindowPlacement } from './windowState';

/**
 * The page's privileges, every one set explicitly rather than trusted to
 * Electron's defaults (which have changed between versions): an isolated,
 * sandboxed renderer with no Node.js anywhere, the same-origin policy on, no
 * <webview>, no experimental Blink features, and no navigating away by
 * dropping a file on the window. The only door out is the preload's
 * `window.desktop`. DevTools exist only in a developer build: in the
 * installed app nobody can open a console on the register. Middle-click
 * (auxclick) is off, so it cannot open links past the window-open handler.
 */
export function secureWebPreferences(preloadPath: string, options: { devTools: boolean }): WebPreferences {
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
    disableBlinkFeatures: 'Auxclick',
    devTools: options.devTools,
    spellcheck: true,
  };
}

/** Mantine's body colour in each scheme, so the window does not flash another colour before the page paints. */
const BACKGROUND = { light: '#ffffff', dark: '#242424' } as const;

/** Electron's `nativeTheme`, as far as the window uses it. */
export interface ThemeSource {
  readonly shouldUseDarkColors: boolean;
  on(event: 'updated', listener: () => void): unknown;
  off(event: 'updated', listener: () => void): unknown;
}

export interface MainWindowOptions {
  readonly preloadPath: string;
  readonly startUrl: string;
  readonly policy: NavigationPolicy;
  /** The system theme: the page follows it (Mantine's colour scheme is 'auto'), the window's own background too. */
  readonly nativeTheme: ThemeSource;
  /** Size, position and maximised state remembered from the last session. */
  readonly placement: WindowPlacement;
  /** False in the installed app. */
  readonly devTools: boolean;
}

const background = (theme: Pick<ThemeSource, 'shouldUseDarkColors'>) =>
  theme.shouldUseDarkColors ? BACKGROUND.dark : BACKGROUND.light;

/** Creates the one main window, hardened before it loads anything, shown once its first paint is ready. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Riparo',
    ...options.placement.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    backgroundColor: background(options.nativeTheme),
    webPreferences: secureWebPreferences(options.preloadPath, { devTools: options.devTools }),
  });
  hardenWebContents(window.webContents, options.policy);
  const followTheme = () => window.setBackgroundColor(background(options.nativeTheme));
  options.nativeTheme.on('updated', followTheme);
  window.once('closed', () => options.nativeTheme.off('updated', followTheme));
  window.once('ready-to-show', () => {
    if (options.placement.maximized) window.maximize();
    window.show();
  });
  window.loadURL(options.startUrl).catch((error: unknown) => {
    log.error(`Riparo could not load ${options.startUrl}`, error);
  });
  return window;
}

/**
 * A hidden window for rendering one document to PDF: the same hardening as the
 * main window, but no preload, because a document only reads the register and
 * never calls out of the page.
 */
export function createPrintWindow(policy: NavigationPolicy): BrowserWindow {
  const { preload: _preload, ...webPreferences } = secureWebPreferences('', { devTools: false });
  const window = new BrowserWindow({ show: false, width: 794, height: 1123, webPreferences });
  hardenWebContents(window.webContents, policy);
  return window;
}
