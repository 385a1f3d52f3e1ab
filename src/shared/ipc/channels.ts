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
} as const;
