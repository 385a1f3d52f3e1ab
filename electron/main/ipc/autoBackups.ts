import type { Dialog, OpenDialogOptions, WebContents } from 'electron';
import type { AutoBackupStatus } from '../../../src/shared/ipc/contract';
import type { AutoBackups } from '../services/autoBackups';
import type { IpcImplementations } from './handle';

export interface AutoBackupsIpcDeps {
  readonly autoBackups: AutoBackups;
  readonly dialog: Pick<Dialog, 'showOpenDialog'>;
  readonly windowOf: (contents: WebContents) => Electron.BaseWindow | null;
}

type AutoBackupMethod =
  | 'getAutoBackups'
  | 'setAutoBackupsEnabled'
  | 'chooseAutoBackupFolder'
  | 'writeAutoBackup'
  | 'readAutoBackup';

/**
 * Automatic backups for the page: their state, the on/off switch, the folder
 * (chosen by the user in the system dialog, never named by the page), writing
 * today's backup and reading one back for a restore.
 */
export function autoBackupsHandlers({
  autoBackups,
  dialog,
  windowOf,
}: AutoBackupsIpcDeps): IpcImplementations<AutoBackupMethod> {
  const status = async (): Promise<AutoBackupStatus> => {
    const { enabled, folder } = await autoBackups.settings();
    return { available: true, enabled, folder, backups: await autoBackups.list() };
  };

  return {
    getAutoBackups: () => status(),

    setAutoBackupsEnabled: async (_event, enabled) => {
      await autoBackups.setEnabled(enabled);
      return status();
    },

    chooseAutoBackupFolder: async (event) => {
      const { folder } = await autoBackups.settings();
      const options: OpenDialogOptions = {
        defaultPath: folder,
        properties: ['openDirectory', 'createDirectory', 'promptToCreate'],
      };
      const owner = windowOf(event.sender);
      const choice = owner
        ? await dialog.showOpenDialog(owner, options)
        : await dialog.showOpenDialog(options);
      const chosen = choice.filePaths[0];
      if (!choice.canceled && chosen !== undefined) await autoBackups.setFolder(chosen);
      return status();
    },

    writeAutoBackup: async (_event, { kind, content }) => {
      if (!(await autoBackups.settings()).enabled) return { written: false, reason: 'disabled' };
      return { written: true, name: await autoBackups.write(kind, content) };
    },

    readAutoBackup: async (_event, name) => {
      const bytes = await autoBackups.read(name);
      return bytes ? { found: true, bytes } : { found: false };
    },
  };
}
