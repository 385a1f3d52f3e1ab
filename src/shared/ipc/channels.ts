/**
 * IPC channel names, kept free of zod so the sandboxed preload can import them
 * without bundling the schemas (main validates; the preload only forwards).
 */
export const IPC_CHANNELS = {
  getAppInfo: 'app:get-info',
  saveFile: 'files:save',
  openFile: 'files:open',
  printToPdf: 'pdf:print-document',
  revealFolder: 'shell:reveal-folder',
  openExternal: 'shell:open-external',
  setMenuLanguage: 'menu:set-language',
  showNotification: 'notifications:show',
  getAutoBackups: 'backups:get',
  setAutoBackupsEnabled: 'backups:set-enabled',
  chooseAutoBackupFolder: 'backups:choose-folder',
  writeAutoBackup: 'backups:write',
  readAutoBackup: 'backups:read',
} as const;

/** Main → page messages. The preload turns each into a named subscription, never handing out the IPC event. */
export const IPC_EVENTS = {
  appCommand: 'app:command',
} as const;
