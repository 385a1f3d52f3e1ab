import path from 'node:path';
import type { Dialog, OpenDialogOptions } from 'electron';
import { FileTooLargeError, readLimited } from '../services/readLimited';
import { saveWithDialog, type SaveDialogDeps } from '../services/saveWithDialog';
import type { IpcImplementations } from './handle';

/** Larger files (a video picked by mistake) are refused before they are read into memory. */
export const MAX_OPEN_BYTES = 100 * 1024 * 1024;

export interface FilesDeps extends SaveDialogDeps {
  readonly dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;
}

/**
 * Saving and opening files through the system dialogs: the user, not the
 * page, chooses every path, and the page only ever receives a file's name and
 * bytes, never where it lives.
 */
export function filesHandlers(deps: FilesDeps): IpcImplementations<'saveFile' | 'openFile'> {
  return {
    saveFile: (event, request) => saveWithDialog(deps, event.sender, request),

    openFile: async (event, { filters }) => {
      const options: OpenDialogOptions = { properties: ['openFile'], filters };
      const owner = deps.windowOf(event.sender);
      const choice = owner
        ? await deps.dialog.showOpenDialog(owner, options)
        : await deps.dialog.showOpenDialog(options);
      const filePath = choice.filePaths[0];
      if (choice.canceled || filePath === undefined) return { opened: false, reason: 'canceled' };
      try {
        const bytes = await readLimited(filePath, MAX_OPEN_BYTES);
        return { opened: true, name: path.basename(filePath), bytes };
      } catch (error) {
        if (error instanceof FileTooLargeError) return { opened: false, reason: 'too_large' };
        throw error;
      }
    },
  };
}
