import type { DesktopApi } from '../../../src/shared/ipc/contract';
import { invoke } from './invoke';

export const autoBackupsApi = {
  getAutoBackups: () => invoke('getAutoBackups'),
  setAutoBackupsEnabled: (enabled) => invoke('setAutoBackupsEnabled', enabled),
  chooseAutoBackupFolder: () => invoke('chooseAutoBackupFolder'),
  writeAutoBackup: (request) => invoke('writeAutoBackup', request),
  readAutoBackup: (name) => invoke('readAutoBackup', name),
} satisfies Pick<
  DesktopApi,
  'getAutoBackups' | 'setAutoBackupsEnabled' | 'chooseAutoBackupFolder' | 'writeAutoBackup' | 'readAutoBackup'
>;
