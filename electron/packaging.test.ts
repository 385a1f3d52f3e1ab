import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ID } from '../src/shared/ipc/identity';

// electron-builder cannot run here (no Electron binary, no network): this pins the
// configuration's shape so a maintainer's release build gets what the issue asks for.
const root = path.join(import.meta.dirname, '..');
const read = (file: string): unknown => JSON.parse(readFileSync(path.join(root, file), 'utf8'));

interface BuilderConfig {
  appId: string;
  productName: string;
  directories: { output: string; buildResources: string };
  files: string[];
  asar: boolean;
  electronFuses: Record<string, boolean>;
  win: { target: { target: string; arch: string[] }[]; icon: string; requestedExecutionLevel: string };
  nsis: Record<string, unknown>;
  linux: { target: string[]; icon: string; category: string };
}
const config = read('electron-builder.json') as BuilderConfig;
const pkg = read('package.json') as { main: string; productName: string };

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(path.join(root, file));
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('electron-builder configuration', () => {
  it('uses the pinned application id, so an upgrade replaces the installed Riparo', () => {
    expect(config.appId).toBe(APP_ID);
    expect(config.productName).toBe(pkg.productName);
  });

  it('packs the built app, including the main entry package.json points at, into an asar', () => {
    expect(config.asar).toBe(true);
    expect(config.files).toContain('out/**/*');
    expect(pkg.main.replace(/^\.\//, '')).toMatch(/^out\//);
  });

  it('flips every fuse the security checklist asks for', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('builds a per-user NSIS installer that needs no administrator', () => {
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.win.requestedExecutionLevel).toBe('asInvoker');
    expect(config.nsis).toMatchObject({ perMachine: false, allowElevation: false });
  });

  it('adds a Start menu shortcut and speaks Italian', () => {
    expect(config.nsis).toMatchObject({
      createStartMenuShortcut: true,
      shortcutName: 'Riparo',
      installerLanguages: ['it_IT'],
      language: '1040',
    });
  });

  it('never deletes the register when Riparo is uninstalled', () => {
    expect(config.nsis['deleteAppDataOnUninstall']).toBe(false);
  });

  it('uses the icon from resources/, large enough for Windows (256 px and up)', () => {
    expect(config.directories.buildResources).toBe('resources');
    for (const icon of [config.win.icon, config.linux.icon]) {
      expect(icon.startsWith('resources/')).toBe(true);
      const { width, height } = pngSize(icon);
      expect(width).toBeGreaterThanOrEqual(256);
      expect(height).toBe(width);
    }
  });

  it('also builds an AppImage and a .deb for Linux', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.linux.category).toBe('Office');
  });

  it('writes its output outside the folders the app and the tests use', () => {
    expect(config.directories.output).toBe('dist');
    expect(readFileSync(path.join(root, '.gitignore'), 'utf8')).toMatch(/^\/?dist\/?$/m);
  });
});
