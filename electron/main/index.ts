import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, nativeTheme, protocol, session, shell } from 'electron';
import { registerIpcHandlers } from './ipc';
import { configureAppPaths, enforceSingleInstance, resolveRendererSource } from './lifecycle';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { hardenAllWebContents, installSessionHardening, type NavigationPolicy } from './security';
import { createMainWindow, createPrintWindow } from './window';

// Composition only: each step lives, with its reasons and tests, in its own module.

// Before `ready`: scheme privileges, the pinned data folder, the sandbox for every renderer.
registerAppScheme(protocol);
configureAppPaths(app);
app.enableSandbox();

const renderer = resolveRendererSource(app.isPackaged, process.env['ELECTRON_RENDERER_URL']);
const policy: NavigationPolicy = {
  allowedOrigins: renderer.trustedOrigins,
  openExternal: (url) => shell.openExternal(url),
};
let mainWindow: BrowserWindow | null = null;

function openMainWindow(): void {
  mainWindow = createMainWindow({
    preloadPath: path.join(import.meta.dirname, '../preload/index.js'),
    startUrl: renderer.startUrl,
    policy,
    darkMode: nativeTheme.shouldUseDarkColors,
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

if (enforceSingleInstance(app, () => mainWindow)) {
  hardenAllWebContents(app, policy);

  app
    .whenReady()
    .then(() => {
      handleAppProtocol(protocol, path.join(import.meta.dirname, '../renderer'));
      installSessionHardening(session.defaultSession);
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
      });
      openMainWindow();
      // macOS keeps the app alive without windows; clicking the Dock icon brings one back.
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
      });
    })
    .catch((error: unknown) => {
      console.error('Riparo could not start', error);
      app.quit();
    });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
