import {
  isAllowedExternalUrl,
  type AppCommand,
  type DesktopApi,
  type NotificationRequest,
  type OpenFileResult,
  type SaveFileRequest,
} from '../shared/ipc';

/** Hands a file to the browser's download manager. */
function download({ suggestedName, content }: SaveFileRequest): void {
  const part = typeof content === 'string' ? content : new Uint8Array(content);
  const url = URL.createObjectURL(new Blob([part]));
  const link = document.createElement('a');
  link.href = url;
  link.download = suggestedName;
  link.rel = 'noopener';
  link.click();
  // Revoke later: the download may start after this task ends.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Asks the user for one file through a hidden file input. */
function pickFile(extensions: string[]): Promise<OpenFileResult> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = extensions.map((e) => `.${e}`).join(',');
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) {
        resolve({ opened: false, reason: 'canceled' });
        return;
      }
      file
        .arrayBuffer()
        .then((buffer) => resolve({ opened: true, name: file.name, bytes: new Uint8Array(buffer) }), reject);
    });
    input.addEventListener('cancel', () => resolve({ opened: false, reason: 'canceled' }));
    input.click();
  });
}

type CommandListener = (command: AppCommand) => void;

/**
 * A system notification through the browser's Notification API, which asks
 * the user's permission the first time. Clicking it focuses the tab and
 * opens the route it carries, as the desktop app does.
 */
async function notify(
  { title, body, route }: NotificationRequest,
  listeners: ReadonlySet<CommandListener>,
): Promise<{ shown: boolean }> {
  if (typeof Notification === 'undefined') return { shown: false };
  const permission =
    Notification.permission === 'default' ? await Notification.requestPermission() : Notification.permission;
  if (permission !== 'granted') return { shown: false };
  const notification = new Notification(title, { body });
  notification.onclick = () => {
    window.focus();
    notification.close();
    if (route !== undefined) for (const listener of listeners) listener({ kind: 'open', route });
  };
  return { shown: true };
}

/**
 * The platform API for a plain browser: downloads instead of save dialogs, a
 * file input instead of an open dialog, the browser's print dialog (which can
 * save as PDF) instead of Electron's printToPDF. There are no folders to
 * reveal, no automatic backups and no application menu (the page binds the
 * shortcuts itself).
 */
export function createBrowserApi(version: string): DesktopApi {
  const listeners = new Set<CommandListener>();
  return {
    getAppInfo: () =>
      Promise.resolve({
        name: 'Riparo',
        version,
        shell: 'browser',
        dataLocation: `IndexedDB (${window.location.origin})`,
      }),
    saveFile: (request) => {
      download(request);
      return Promise.resolve({ saved: true, fileName: request.suggestedName });
    },
    openFile: ({ filters }) => pickFile(filters.flatMap((f) => f.extensions)),
    // The browser prints what it shows: open the document's preview first, then its print dialog.
    printToPdf: ({ documentPath }) => {
      if (window.location.hash === `#${documentPath}`) window.print();
      else window.location.hash = documentPath;
      return Promise.resolve({ saved: false });
    },
    revealFolder: () => Promise.resolve({ revealed: false }),
    openExternal: (url) => {
      if (!isAllowedExternalUrl(url)) return Promise.resolve({ opened: false });
      window.open(url, '_blank', 'noopener,noreferrer');
      return Promise.resolve({ opened: true });
    },
    setMenuLanguage: () => Promise.resolve({ applied: false }),
    showNotification: (request) => notify(request, listeners),
    // Automatic backups need a folder the app can write to unasked: only the desktop app has one.
    getAutoBackups: () => Promise.resolve({ available: false }),
    setAutoBackupsEnabled: () => Promise.resolve({ available: false }),
    chooseAutoBackupFolder: () => Promise.resolve({ available: false }),
    writeAutoBackup: () => Promise.resolve({ written: false, reason: 'unavailable' }),
    readAutoBackup: () => Promise.resolve({ found: false }),
    onAppCommand: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
