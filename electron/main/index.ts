import { homedir } from 'node:os';
import path from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  nativeTheme,
  Notification,
  protocol,
  screen,
  session,
  shell,
} from 'electron';
import electronLog from 'electron-log/node';
import type { FolderKind } from '../../src/shared/ipc/contract';
import { APP_ID } from '../../src/shared/ipc/identity';
import { sendAppCommand } from './appCommands';
import { registerIpcHandlers } from './ipc';
import { configureAppPaths, enforceSingleInstance, resolveRendererSource } from './lifecycle';
import { installApplicationMenu } from './menu';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { hardenAllWebContents, installSessionHardening, type NavigationPolicy } from './security';
import { AUTO_BACKUP_SETTINGS_FILE, createAutoBackups } from './services/autoBackups';
import { folderPath, revealAppFolder } from './services/folders';
import { log, useFileLog } from './services/logger';
import { createMainWindow, createPrintWindow } from './window';
import { placeWindow, readWindowState, trackWindowState, WINDOW_STATE_FILE } from './windowState';

// Composition only: each step lives, with its reasons and tests, in its own module.

// Before `ready`: scheme privileges, the pinned data folder, the sandbox for every renderer.
registerAppScheme(protocol);
configureAppPaths(app);
app.enableSandbox();
// Windows files notifications and taskbar entries under this id; the installer uses the same.
app.setAppUserModelId(APP_ID);

const renderer = resolveRendererSource(app.isPackaged, process.env['ELECTRON_RENDERER_URL']);
const policy: NavigationPolicy = { allowedOrigins: renderer.trustedOrigins, shell };
let mainWindow: BrowserWindow | null = null;

function openMainWindow(): void {
  const stateFile = path.join(app.getPath('userData'), WINDOW_STATE_FILE);
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  const window = createMainWindow({
    preloadPath: path.join(import.meta.dirname, '../preload/index.js'),
    startUrl: renderer.startUrl,
    policy,
    nativeTheme,
    placement: placeWindow(readWindowState(stateFile), workAreas),
    devTools: !app.isPackaged,
  });
  trackWindowState(window, stateFile);
  window.on('closed', () => {
    mainWindow = null;
  });
  mainWindow = window;
}

if (enforceSingleInstance(app, () => mainWindow)) {
  useFileLog(electronLog, { folder: app.getPath('logs'), homeDir: homedir() });
  log.info(`Riparo ${app.getVersion()} starting (Electron ${process.versions.electron})`);
  hardenAllWebContents(app, policy);

  app
    .whenReady()
    .then(() => {
      handleAppProtocol(protocol, path.join(import.meta.dirname, '../renderer'));
      installSessionHardening(session.defaultSession);
      const autoBackups = createAutoBackups({
        settingsFile: path.join(app.getPath('userData'), AUTO_BACKUP_SETTINGS_FILE),
        defaultFolder: folderPath(app, 'backups'),
      });
      const openFolder = (kind: FolderKind) => {
        revealAppFolder({ app, shell, autoBackups }, kind).catch((error: unknown) =>
          log.warn('Could not open a folder', error),
        );
      };
      const setMenuLanguage = installApplicationMenu({
        Menu,
        isPackaged: app.isPackaged,
        platform: process.platform,
        actions: {
          command: (command) => {
            if (mainWindow) sendAppCommand(mainWindow.webContents, { kind: 'menu', command });
          },
          openFolder,
        },
      });
      registerIpcHandlers({
        ipcMain,
        trustedOrigins: renderer.trustedOrigins,
        app,
        dialog,
        shell,
        windowOf: (contents) => BrowserWindow.fromWebContents(contents),
        documentsPath: () => app.getPath('documents'),
        createPrintWindow: () => createPrintWindow(policy),
        startUrl: renderer.startUrl,
        setMenuLanguage,
        Notification,
        getWindow: () => mainWindow,
        autoBackups,
      });
      openMainWindow();
      // macOS keeps the app alive without windows; clicking the Dock icon brings one back.
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
      });
    })
    .catch((error: unknown) => {
      log.error('Riparo could not start', error);
      app.quit();
    });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
