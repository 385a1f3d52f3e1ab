import {
  isAllowedExternalUrl,
  type DesktopApi,
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

/**
 * The platform API for a plain browser: downloads instead of save dialogs, a
 * file input instead of an open dialog, the browser's print dialog (which can
 * save as PDF) instead of Electron's printToPDF. There are no folders to reveal.
 */
export function createBrowserApi(version: string): DesktopApi {
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
    printToPdf: () => {
      window.print();
      return Promise.resolve({ saved: false });
    },
    revealFolder: () => Promise.resolve({ revealed: false }),
    openExternal: (url) => {
      if (!isAllowedExternalUrl(url)) return Promise.resolve({ opened: false });
      window.open(url, '_blank', 'noopener,noreferrer');
      return Promise.resolve({ opened: true });
    },
  };
}
