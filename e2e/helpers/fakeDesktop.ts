import type { Page } from '@playwright/test';
import type { NotificationRequest } from '../../src/shared/ipc/contract';

/**
 * A stand-in for the Electron preload's `window.desktop`, installed before the
 * page's scripts run, so the renderer takes its desktop paths in Chromium.
 * It keeps automatic backups in memory (as main would keep them on disk) and
 * records every notification and backup write for the test to read. Kept as
 * source text: the e2e project is typed for Node, without the DOM library.
 */
const FAKE_DESKTOP_SCRIPT = `(() => {
  const backups = [];
  const settings = { enabled: true, folder: 'C:\\\\Users\\\\Studio\\\\Documents\\\\Riparo\\\\Backup' };
  const listeners = new Set();
  const record = (window.__fakeDesktop = { notifications: [], writes: [], listeners });
  const pad = (n) => String(n).padStart(2, '0');
  const status = () => ({
    available: true,
    enabled: settings.enabled,
    folder: settings.folder,
    backups: backups
      .map(({ name, kind, localTime, size }) => ({ name, kind, localTime, size }))
      .sort((a, b) => b.localTime.localeCompare(a.localTime)),
  });
  const api = {
    getAppInfo: async () => ({ name: 'Riparo', version: 'e2e', shell: 'desktop', dataLocation: 'C:\\\\Riparo' }),
    saveFile: async ({ suggestedName }) => ({ saved: true, fileName: suggestedName }),
    openFile: async () => ({ opened: false, reason: 'canceled' }),
    printToPdf: async () => ({ saved: false }),
    revealFolder: async () => ({ revealed: true }),
    openExternal: async () => ({ opened: false }),
    setMenuLanguage: async () => ({ applied: true }),
    showNotification: async (request) => {
      record.notifications.push(request);
      return { shown: true };
    },
    getAutoBackups: async () => status(),
    setAutoBackupsEnabled: async (enabled) => {
      settings.enabled = enabled;
      return status();
    },
    chooseAutoBackupFolder: async () => {
      settings.folder = 'D:\\\\Backup Riparo';
      return status();
    },
    writeAutoBackup: async ({ kind, content }) => {
      if (!settings.enabled) return { written: false, reason: 'disabled' };
      const at = new Date();
      const day = at.getFullYear() + '-' + pad(at.getMonth() + 1) + '-' + pad(at.getDate());
      const time = pad(at.getHours()) + ':' + pad(at.getMinutes());
      const prefix = kind === 'daily' ? 'riparo-auto-' : 'riparo-before-upgrade-';
      const name = prefix + day + '-' + time.replace(':', '') + '.riparo';
      const bytes = new TextEncoder().encode(content);
      backups.push({ name, kind, localTime: day + 'T' + time, size: bytes.length, bytes });
      record.writes.push({ kind, name });
      return { written: true, name };
    },
    readAutoBackup: async (name) => {
      const backup = backups.find((b) => b.name === name);
      return backup ? { found: true, bytes: backup.bytes } : { found: false };
    },
    onAppCommand: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  Object.defineProperty(window, 'desktop', { value: api });
})()`;

/** Reloads the page as the desktop app: this and every later load gets the fake `window.desktop`. */
export async function installFakeDesktop(page: Page): Promise<void> {
  await page.addInitScript(FAKE_DESKTOP_SCRIPT);
  await page.reload();
}

/** The system notifications the page asked the desktop app for. */
export function shownNotifications(page: Page): Promise<NotificationRequest[]> {
  return page.evaluate<NotificationRequest[]>('window.__fakeDesktop.notifications');
}

/** The automatic backups the page asked main to write. */
export function autoBackupWrites(page: Page): Promise<{ kind: string; name: string }[]> {
  return page.evaluate<{ kind: string; name: string }[]>('window.__fakeDesktop.writes');
}

/** Delivers an app command as main does when a notification is clicked. */
export async function sendAppCommand(page: Page, command: { kind: 'open'; route: string }): Promise<void> {
  await page.evaluate(
    `(() => { for (const listener of window.__fakeDesktop.listeners) listener(${JSON.stringify(command)}); })()`,
  );
}
