import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { App, Shell } from 'electron';
import type { FolderKind } from '../../../src/shared/ipc/contract';
import type { AutoBackups } from './autoBackups';

/** Automatic backups go here unless the user picks another folder (see `autoBackups.ts`). */
export const BACKUP_FOLDER_NAME = 'Backup';

/**
 * Where each of Riparo's folders is. The page and the menu name a kind of
 * folder, never a path, so nothing can make the shell open anything else.
 */
export function folderPath(app: Pick<App, 'getPath'>, kind: FolderKind): string {
  switch (kind) {
    case 'data':
      return app.getPath('userData');
    case 'logs':
      return app.getPath('logs');
    case 'backups':
      return path.join(app.getPath('userData'), BACKUP_FOLDER_NAME);
  }
}

export interface RevealFolderDeps {
  readonly app: Pick<App, 'getPath'>;
  readonly shell: Pick<Shell, 'openPath'>;
  /** The backups folder is the one the studio chose, when it chose one. */
  readonly autoBackups: Pick<AutoBackups, 'settings'>;
}

/** Opens one of Riparo's folders in the file manager, creating it first (logs and backups may not exist yet). */
export async function revealAppFolder(deps: RevealFolderDeps, kind: FolderKind): Promise<boolean> {
  const folder = kind === 'backups' ? (await deps.autoBackups.settings()).folder : folderPath(deps.app, kind);
  await mkdir(folder, { recursive: true });
  return (await deps.shell.openPath(folder)) === '';
}
