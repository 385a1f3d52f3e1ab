import path from 'node:path';
import type { Dialog, FileFilter, SaveDialogOptions, WebContents } from 'electron';
import type { SaveFileResult } from '../../../src/shared/ipc/contract';
import { atomicWrite } from './atomicWrite';

/** What saving through the system dialog needs from Electron, passed in so tests can fake it. */
export interface SaveDialogDeps {
  readonly dialog: Pick<Dialog, 'showSaveDialog'>;
  /**
   * The window that owns `contents`, so the dialog is modal to it (`BrowserWindow.fromWebContents`).
   * Typed with the global `Electron` namespace, which is what that function and the dialogs use.
   */
  readonly windowOf: (contents: WebContents) => Electron.BaseWindow | null;
  /** The user's Documents folder, where the dialog starts. */
  readonly documentsPath: () => string;
}

export interface SaveRequest {
  readonly suggestedName: string;
  readonly filters: FileFilter[];
  readonly content: string | Uint8Array;
}

/**
 * Asks the user where to save, then writes atomically. The page only ever
 * suggests a bare file name (the contract refuses folders); the folder is the
 * user's choice in the dialog, so the renderer cannot pick where files land.
 */
export async function saveWithDialog(
  deps: SaveDialogDeps,
  sender: WebContents,
  request: SaveRequest,
): Promise<SaveFileResult> {
  const options: SaveDialogOptions = {
    defaultPath: path.join(deps.documentsPath(), request.suggestedName),
    filters: request.filters,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const owner = deps.windowOf(sender);
  const choice = owner
    ? await deps.dialog.showSaveDialog(owner, options)
    : await deps.dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { saved: false };
  await atomicWrite(choice.filePath, request.content);
  return { saved: true, fileName: path.basename(choice.filePath) };
}
