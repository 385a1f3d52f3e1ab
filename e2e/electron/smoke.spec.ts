import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import type { DesktopApi } from '../../src/shared/ipc';
import { FirstRunPage } from '../pages/FirstRunPage';

// Playwright loads specs as CommonJS (the package is not "type": "module"), so __dirname, not import.meta.
const root = path.resolve(__dirname, '../..');

/**
 * What to start: the packaged Riparo.exe (or AppImage) named by
 * RIPARO_APP_PATH, or else the npm `electron` binary running the built app in
 * out/. Null when neither exists, e.g. on a machine where Electron's binary
 * could not be downloaded.
 */
function target(): { executablePath: string; args: string[] } | null {
  const packaged = process.env['RIPARO_APP_PATH'];
  if (packaged) return existsSync(packaged) ? { executablePath: packaged, args: [] } : null;
  // Read where the electron package put its binary rather than require('electron'), which
  // would try to download a missing binary (and fail without internet).
  const packageDir = path.dirname(createRequire(__filename).resolve('electron/package.json'));
  const pathFile = path.join(packageDir, 'path.txt');
  if (!existsSync(pathFile) || !existsSync(path.join(root, 'out/main/index.js'))) return null;
  const binary = path.join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  if (existsSync(binary)) return { executablePath: binary, args: [root] };
  return null;
}

const app = target();
test.skip(
  app === null,
  'No Electron binary here: the npm electron package has no downloaded binary (or out/ is not built), and RIPARO_APP_PATH does not name a packaged Riparo. See docs/RELEASE.md.',
);

/** A fresh, throw-away user profile: Electron's appData is %APPDATA% on Windows and XDG_CONFIG_HOME on Linux. */
function freshProfileEnv(): Record<string, string> {
  const home = mkdtempSync(path.join(tmpdir(), 'riparo-electron-smoke-'));
  return { ...(process.env as Record<string, string>), APPDATA: home, XDG_CONFIG_HOME: home };
}

test('Riparo starts securely, shows the register, follows its menu and stays single', async () => {
  if (app === null) return;
  const env = freshProfileEnv();
  const electronApp: ElectronApplication = await electron.launch({ ...app, env });
  try {
    const page = await electronApp.firstWindow();
    await expect(page).toHaveTitle('Riparo');
    expect(page.url()).toMatch(/^app:\/\/riparo\//);

    // The page has the typed bridge and nothing of Node.
    const exposure = await page.evaluate(() => ({
      desktop: Object.keys((globalThis as unknown as { desktop?: object }).desktop ?? {}).sort(),
      require: typeof (globalThis as unknown as { require?: unknown }).require,
      process: typeof (globalThis as unknown as { process?: unknown }).process,
    }));
    expect(exposure.desktop).toContain('getAppInfo');
    expect(exposure.desktop).toContain('onAppCommand');
    expect(exposure).toMatchObject({ require: 'undefined', process: 'undefined' });
    const info = await page.evaluate(() =>
      (globalThis as unknown as { desktop: DesktopApi }).desktop.getAppInfo(),
    );
    expect(info.shell).toBe('desktop');
    expect(info.dataLocation).toMatch(/Riparo$/);

    await new FirstRunPage(page).skipWithDefaults();
    await expect(page.getByRole('heading', { level: 1, name: 'Coda reclami' })).toBeVisible();

    const menu = await electronApp.evaluate(({ Menu }) =>
      Menu.getApplicationMenu()?.items.map((item) => item.label),
    );
    expect(menu).toEqual(expect.arrayContaining(['&File', '&Modifica', '&Visualizza', '&Aiuto']));

    // Ctrl+N from the menu, as a user presses it.
    await page.keyboard.press('Control+N');
    await expect(page.getByRole('heading', { level: 1, name: 'Nuovo reclamo' })).toBeVisible();

    // A second start with the same profile hands over to this one and exits.
    const second = spawn(app.executablePath, app.args, { env, stdio: 'ignore' });
    const code = await new Promise<number | null>((resolve) => second.on('exit', resolve));
    expect(code).toBe(0);
    expect(electronApp.windows()).toHaveLength(1);
  } finally {
    await electronApp.close();
  }
});
