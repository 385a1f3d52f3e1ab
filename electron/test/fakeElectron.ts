/**
 * A small hand-written stand-in for the 'electron' module, after
 * electron/fiddle's tests/mocks/electron.ts. Tests that need Electron values
 * write `vi.mock('electron', () => import('../test/fakeElectron'))` and import
 * the fakes from here to drive and inspect them. Only what Riparo's main and
 * preload code touch is faked.
 */
import { EventEmitter } from 'node:events';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type {
  BrowserWindowConstructorOptions,
  CustomScheme,
  HandlerDetails,
  IpcMainInvokeEvent,
  MenuItemConstructorOptions,
  NotificationConstructorOptions,
  Rectangle,
  WindowOpenHandlerResponse,
} from 'electron';
import { vi } from 'vitest';

/** The event Electron passes to preventable listeners ('will-navigate', ...). */
export function fakeEvent<P extends object>(
  params: P,
): P & { preventDefault(): void; defaultPrevented: boolean } {
  const event = {
    ...params,
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

type WindowOpenHandler = (details: Pick<HandlerDetails, 'url'>) => WindowOpenHandlerResponse;

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: WindowOpenHandler | undefined;
  readonly setWindowOpenHandler = vi.fn((handler: WindowOpenHandler) => {
    this.windowOpenHandler = handler;
  });
  readonly printToPDF = vi.fn<(options: unknown) => Promise<Buffer>>(() =>
    Promise.resolve(Buffer.from('%PDF-1.7 fake')),
  );
  /** What main sent to the page, in order. */
  readonly sent: { channel: string; args: unknown[] }[] = [];
  readonly send = vi.fn((channel: string, ...args: unknown[]) => {
    this.sent.push({ channel, args });
  });

  /** Emits `eventName` the way Electron does and tells whether a listener prevented it. */
  emitPreventable(eventName: string, url: string): boolean {
    const event = fakeEvent({ url });
    this.emit(eventName, event, url);
    return event.defaultPrevented;
  }
}

/** An `ipcMain.handle` event from a frame at `frameUrl` (null: the frame is gone). */
export function fakeInvokeEvent(
  frameUrl: string | null,
  sender: FakeWebContents = new FakeWebContents(),
): IpcMainInvokeEvent {
  return {
    senderFrame: frameUrl === null ? null : { url: frameUrl },
    sender,
  } as unknown as IpcMainInvokeEvent;
}

export class FakeBrowserWindow extends EventEmitter {
  static readonly instances: FakeBrowserWindow[] = [];
  static fromWebContents(contents: unknown): FakeBrowserWindow | null {
    return FakeBrowserWindow.instances.find((window) => window.webContents === contents) ?? null;
  }
  static getAllWindows(): FakeBrowserWindow[] {
    return [...FakeBrowserWindow.instances];
  }

  readonly webContents = new FakeWebContents();
  /** The last URL loaded, kept as state because Vitest clears mock calls between tests. */
  loadedUrl: string | undefined;
  readonly loadURL = vi.fn((url: string) => {
    this.loadedUrl = url;
    return Promise.resolve();
  });
  readonly show = vi.fn<() => void>();
  readonly focus = vi.fn<() => void>();
  readonly restore = vi.fn<() => void>();
  readonly isMinimized = vi.fn(() => false);
  readonly maximize = vi.fn<() => void>();
  readonly isMaximized = vi.fn(() => false);
  readonly setBackgroundColor = vi.fn<(color: string) => void>();
  /** The bounds "Restore down" returns to; tests set them to simulate moving the window. */
  normalBounds: Rectangle = { x: 0, y: 0, width: 1280, height: 800 };
  readonly getNormalBounds = vi.fn(() => ({ ...this.normalBounds }));

  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
}

/** Under the system's temporary folder: code under test may really write there (logs, window state). */
export const FAKE_APP_DATA = path.join(tmpdir(), `riparo-fake-electron-${process.pid}`, 'AppData');

class FakeApp extends EventEmitter {
  readonly paths = new Map<string, string>([
    ['appData', FAKE_APP_DATA],
    ['userData', path.join(FAKE_APP_DATA, 'riparo')],
    ['documents', path.join(path.sep, 'fake', 'Documents')],
  ]);
  isPackaged = false;
  readonly getPath = vi.fn((name: string): string => {
    const value = this.paths.get(name);
    if (value === undefined) throw new Error(`fake app has no path "${name}"`);
    return value;
  });
  readonly setPath = vi.fn((name: string, value: string) => {
    this.paths.set(name, value);
  });
  /** Like Electron on Windows and Linux: logs go inside userData. */
  readonly setAppLogsPath = vi.fn(() => {
    this.paths.set('logs', path.join(this.getPath('userData'), 'logs'));
  });
  readonly getVersion = vi.fn(() => '1.2.3');
  appUserModelId: string | undefined;
  readonly setAppUserModelId = vi.fn((id: string) => {
    this.appUserModelId = id;
  });
  readonly quit = vi.fn<() => void>();
  readonly requestSingleInstanceLock = vi.fn(() => true);
  sandboxEnabled = false;
  /** Becomes true when the code under test waits for `ready`, which the fake grants at once. */
  ready = false;

  readonly enableSandbox = vi.fn(() => {
    assertBeforeReady('app.enableSandbox()');
    this.sandboxEnabled = true;
  });
  readonly whenReady = vi.fn(() => {
    this.ready = true;
    return Promise.resolve();
  });
}

/** Electron throws when these run after `ready`; so does the fake, so ordering mistakes show up in tests. */
function assertBeforeReady(what: string): void {
  if (app.ready) throw new Error(`${what} must be called before the app is ready`);
}

type Listener = (event: unknown, ...args: unknown[]) => unknown;
type ProtocolHandler = (request: Request) => Response | Promise<Response>;

class FakeIpcMain {
  readonly listeners = new Map<string, Listener>();
  readonly handle = vi.fn((channel: string, listener: Listener) => {
    if (this.listeners.has(channel)) throw new Error(`second handler for ${channel}`);
    this.listeners.set(channel, listener);
  });

  /** Calls the channel's handler as `ipcRenderer.invoke` would: a throw becomes a rejection. */
  invoke(channel: string, event: unknown, ...args: unknown[]): Promise<unknown> {
    return new Promise((resolve) => {
      const listener = this.listeners.get(channel);
      if (!listener) throw new Error(`No handler registered for '${channel}'`);
      resolve(listener(event, ...args));
    });
  }
}

class FakeProtocol {
  readonly privilegedSchemes: CustomScheme[] = [];
  readonly handlers = new Map<string, ProtocolHandler>();
  readonly registerSchemesAsPrivileged = vi.fn((schemes: CustomScheme[]) => {
    assertBeforeReady('protocol.registerSchemesAsPrivileged()');
    this.privilegedSchemes.push(...schemes);
  });
  readonly handle = vi.fn((scheme: string, handler: ProtocolHandler) => {
    if (!app.ready) throw new Error('protocol.handle() must be called after the app is ready');
    this.handlers.set(scheme, handler);
  });
}

type PermissionCallback = (granted: boolean) => void;
type PermissionRequestHandler = (contents: unknown, permission: string, callback: PermissionCallback) => void;
type PermissionCheckHandler = (
  contents: unknown,
  permission: string,
  origin: string,
  details: object,
) => boolean;

export class FakeSession {
  permissionRequestHandler: PermissionRequestHandler | null = null;
  permissionCheckHandler: PermissionCheckHandler | null = null;
  readonly setPermissionRequestHandler = vi.fn((handler: PermissionRequestHandler | null) => {
    this.permissionRequestHandler = handler;
  });
  readonly setPermissionCheckHandler = vi.fn((handler: PermissionCheckHandler | null) => {
    this.permissionCheckHandler = handler;
  });
}

class FakeContextBridge {
  readonly exposed = new Map<string, unknown>();
  readonly exposeInMainWorld = vi.fn((key: string, api: unknown) => {
    if (this.exposed.has(key)) throw new Error(`Cannot bind an API on top of an existing property "${key}"`);
    this.exposed.set(key, api);
  });
}

export const app = new FakeApp();
export const BrowserWindow = FakeBrowserWindow;
export const ipcMain = new FakeIpcMain();
export const protocol = new FakeProtocol();
export const session = { defaultSession: new FakeSession() };
type DialogMethod = (...args: unknown[]) => Promise<unknown>;
export const dialog = { showSaveDialog: vi.fn<DialogMethod>(), showOpenDialog: vi.fn<DialogMethod>() };
export const shell = {
  openExternal: vi.fn<(url: string) => Promise<void>>(() => Promise.resolve()),
  openPath: vi.fn<(path: string) => Promise<string>>(() => Promise.resolve('')),
};
class FakeNativeTheme extends EventEmitter {
  shouldUseDarkColors = false;
}
export const nativeTheme = new FakeNativeTheme();

/** A built menu is its template, so tests can read labels and click items. */
export interface FakeMenu {
  readonly template: MenuItemConstructorOptions[];
}
export const Menu = {
  applicationMenu: null as FakeMenu | null,
  buildFromTemplate: vi.fn((template: MenuItemConstructorOptions[]): FakeMenu => ({ template })),
  setApplicationMenu: vi.fn((menu: FakeMenu | null) => {
    Menu.applicationMenu = menu;
  }),
};

export class FakeNotification extends EventEmitter {
  static readonly instances: FakeNotification[] = [];
  static supported = true;
  static isSupported(): boolean {
    return FakeNotification.supported;
  }
  readonly show = vi.fn<() => void>();
  constructor(readonly options: NotificationConstructorOptions) {
    super();
    FakeNotification.instances.push(this);
  }
}
export const Notification = FakeNotification;

/** One 1920x1080 screen with a 40-pixel taskbar. */
export const screen = {
  getAllDisplays: vi.fn(() => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }]),
};
export const contextBridge = new FakeContextBridge();
class FakeIpcRenderer extends EventEmitter {
  readonly invoke = vi.fn<(channel: string, ...args: unknown[]) => Promise<unknown>>(() =>
    Promise.resolve(undefined),
  );

  /** Delivers a message from main, as `webContents.send` would, with the event first. */
  receive(channel: string, ...args: unknown[]): void {
    this.emit(channel, { sender: this }, ...args);
  }
}
export const ipcRenderer = new FakeIpcRenderer();
