import { z } from 'zod';
import { AUTO_BACKUP_KINDS } from '../backupRotation';
import { IPC_CHANNELS } from './channels';
import { documentPathSchema } from './printDocument';
import { appRoute, type AppCommand } from './commands';

/**
 * The one contract between the renderer and the Electron main process.
 *
 * Every entry names the IPC channel, the schema its arguments must pass in main
 * (the renderer is untrusted) and the schema of its result. The preload exposes
 * one function per entry and `DesktopApi` is derived from this object, so there
 * is no second, hand-kept copy of the API's shape.
 */

const fileFilter = z.object({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^[a-z0-9]{1,10}$/i))
    .min(1)
    .max(10),
});

/** A file name only: no folders, no characters Windows refuses. */
const fileName = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[^<>:"/\\|?*]+$/, 'file name without path separators or reserved characters')
  .refine((name) => !/\p{Cc}/u.test(name), 'file name without control characters');

/** The saved file's name only: its full path would reveal the Windows user name to the page and its logs. */
const saveResult = z.discriminatedUnion('saved', [
  z.object({ saved: z.literal(true), fileName: z.string() }),
  z.object({ saved: z.literal(false) }),
]);

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  shell: z.enum(['desktop', 'browser']),
  /** Where the register is stored, for the About box and the README's backup advice. */
  dataLocation: z.string(),
});

export const folderKinds = ['data', 'logs', 'backups'] as const;

/** The UI languages; the desktop menu is built in the one the page shows. */
export const menuLanguages = ['it', 'en'] as const;

/**
 * A system notification (e.g. a follow-up call that is due). Title and body
 * should name the protocol code, not the client: Windows keeps notifications
 * in its Action Center, where anyone at the PC can read them.
 */
export const notificationRequest = z.object({
  title: z.string().trim().min(1).max(120),
  body: z.string().max(500),
  /** Opened in the main window when the notification is clicked. */
  route: appRoute.optional(),
});

/** One automatic backup in the backup folder, newest first in a listing. */
const autoBackupEntry = z.object({
  name: z.string(),
  kind: z.enum(AUTO_BACKUP_KINDS),
  /** `YYYY-MM-DDTHH:MM`, the computer's local time the backup was taken (from its name). */
  localTime: z.string(),
  /** Bytes. */
  size: z.number().int().nonnegative(),
});

/**
 * Automatic backups as the desktop app keeps them. The folder is shown to the
 * studio (it chose it); the browser build has no automatic backups at all.
 */
export const autoBackupStatus = z.discriminatedUnion('available', [
  z.object({ available: z.literal(false) }),
  z.object({
    available: z.literal(true),
    enabled: z.boolean(),
    folder: z.string(),
    backups: z.array(autoBackupEntry),
  }),
]);

/**
 * A backup file's content as the renderer's backup writer made it (the UTF-8
 * JSON of a `.riparo` file, which always opens with its format marker): main
 * writes nothing else into the backup folder.
 */
const backupContent = z
  .string()
  .max(256 * 1024 * 1024)
  .startsWith('{"format":"riparo-backup"', 'a Riparo backup file');

export const ipcContract = {
  getAppInfo: {
    channel: IPC_CHANNELS.getAppInfo,
    args: z.tuple([]),
    result: appInfoSchema,
  },
  saveFile: {
    channel: IPC_CHANNELS.saveFile,
    args: z.tuple([
      z.object({
        suggestedName: fileName,
        content: z.union([z.string().max(256 * 1024 * 1024), z.instanceof(Uint8Array)]),
        filters: z.array(fileFilter).max(10),
      }),
    ]),
    result: saveResult,
  },
  openFile: {
    channel: IPC_CHANNELS.openFile,
    args: z.tuple([z.object({ filters: z.array(fileFilter).max(10) })]),
    result: z.discriminatedUnion('opened', [
      z.object({ opened: z.literal(true), name: z.string(), bytes: z.instanceof(Uint8Array) }),
      z.object({ opened: z.literal(false), reason: z.enum(['canceled', 'too_large']) }),
    ]),
  },
  printToPdf: {
    channel: IPC_CHANNELS.printToPdf,
    args: z.tuple([
      z.object({ suggestedName: fileName, landscape: z.boolean(), documentPath: documentPathSchema }),
    ]),
    result: saveResult,
  },
  revealFolder: {
    channel: IPC_CHANNELS.revealFolder,
    args: z.tuple([z.enum(folderKinds)]),
    result: z.object({ revealed: z.boolean() }),
  },
  openExternal: {
    channel: IPC_CHANNELS.openExternal,
    args: z.tuple([z.string().max(2048)]),
    result: z.object({ opened: z.boolean() }),
  },
  setMenuLanguage: {
    channel: IPC_CHANNELS.setMenuLanguage,
    args: z.tuple([z.enum(menuLanguages)]),
    result: z.object({ applied: z.boolean() }),
  },
  showNotification: {
    channel: IPC_CHANNELS.showNotification,
    args: z.tuple([notificationRequest]),
    result: z.object({ shown: z.boolean() }),
  },
  getAutoBackups: {
    channel: IPC_CHANNELS.getAutoBackups,
    args: z.tuple([]),
    result: autoBackupStatus,
  },
  setAutoBackupsEnabled: {
    channel: IPC_CHANNELS.setAutoBackupsEnabled,
    args: z.tuple([z.boolean()]),
    result: autoBackupStatus,
  },
  chooseAutoBackupFolder: {
    channel: IPC_CHANNELS.chooseAutoBackupFolder,
    args: z.tuple([]),
    result: autoBackupStatus,
  },
  writeAutoBackup: {
    channel: IPC_CHANNELS.writeAutoBackup,
    args: z.tuple([z.object({ kind: z.enum(AUTO_BACKUP_KINDS), content: backupContent })]),
    result: z.discriminatedUnion('written', [
      z.object({ written: z.literal(true), name: z.string() }),
      z.object({ written: z.literal(false), reason: z.enum(['disabled', 'unavailable']) }),
    ]),
  },
  readAutoBackup: {
    channel: IPC_CHANNELS.readAutoBackup,
    // A name from the listing: main accepts only automatic-backup names, so no path can be smuggled in.
    args: z.tuple([fileName]),
    result: z.discriminatedUnion('found', [
      z.object({ found: z.literal(true), bytes: z.instanceof(Uint8Array) }),
      z.object({ found: z.literal(false) }),
    ]),
  },
} as const;

export type IpcContract = typeof ipcContract;
export type IpcMethod = keyof IpcContract;
export type IpcArgs<M extends IpcMethod> = z.input<IpcContract[M]['args']>;
export type IpcResult<M extends IpcMethod> = z.output<IpcContract[M]['result']>;

/** The request/response half of the API: one function per contract entry. */
export type DesktopInvokeApi = {
  [M in IpcMethod]: (...args: IpcArgs<M>) => Promise<IpcResult<M>>;
};

/** Stops a subscription. */
export type Unsubscribe = () => void;

/** The API the preload puts on `window.desktop`; the browser build implements the same. */
export type DesktopApi = DesktopInvokeApi & {
  /** Runs `listener` for each menu command or notification click; the IPC event itself never reaches the page. */
  onAppCommand: (listener: (command: AppCommand) => void) => Unsubscribe;
};

export type AppInfo = z.output<typeof appInfoSchema>;
export type FolderKind = (typeof folderKinds)[number];
export type SaveFileRequest = IpcArgs<'saveFile'>[0];
export type SaveFileResult = IpcResult<'saveFile'>;
export type OpenFileRequest = IpcArgs<'openFile'>[0];
export type OpenFileResult = IpcResult<'openFile'>;
export type PrintToPdfRequest = IpcArgs<'printToPdf'>[0];
export type MenuLanguage = (typeof menuLanguages)[number];
export type NotificationRequest = IpcArgs<'showNotification'>[0];
export type { AutoBackupKind } from '../backupRotation';
export type AutoBackupStatus = z.output<typeof autoBackupStatus>;
export type AutoBackupEntry = z.output<typeof autoBackupEntry>;
export type WriteAutoBackupResult = IpcResult<'writeAutoBackup'>;
