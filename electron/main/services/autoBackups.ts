import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { autoBackupFileName, backupsToDelete, parseAutoBackupName } from '../../../src/shared/backupRotation';
import type { AutoBackupEntry, AutoBackupKind } from '../../../src/shared/ipc/contract';
import { atomicWrite } from './atomicWrite';
import { log } from './logger';
import { readLimited } from './readLimited';

/** Where the automatic-backup settings live, beside the register in userData. */
export const AUTO_BACKUP_SETTINGS_FILE = 'auto-backups.json';

/** A backup larger than this is not something Riparo wrote; it is not read into memory. */
export const MAX_BACKUP_BYTES = 256 * 1024 * 1024;

const storedSettings = z.object({
  enabled: z.boolean(),
  /** Absent: the default folder. */
  folder: z.string().min(1).optional(),
});

export interface AutoBackupSettings {
  readonly enabled: boolean;
  readonly folder: string;
}

export interface AutoBackupsDeps {
  /** The JSON file holding whether backups are on and the folder the studio chose. */
  readonly settingsFile: string;
  /** Used until the studio chooses another folder. */
  readonly defaultFolder: string;
  readonly now?: () => Date;
}

export interface AutoBackups {
  settings(): Promise<AutoBackupSettings>;
  setEnabled(enabled: boolean): Promise<void>;
  setFolder(folder: string): Promise<void>;
  /** The automatic backups in the folder, newest first; an absent folder has none. */
  list(): Promise<AutoBackupEntry[]>;
  /** Writes one backup atomically, then deletes what the rotation policy no longer keeps; returns its name. */
  write(kind: AutoBackupKind, content: string): Promise<string>;
  /** One backup's bytes, by the name the listing gave; `undefined` for a name that is not an automatic backup or is gone. */
  read(name: string): Promise<Uint8Array<ArrayBuffer> | undefined>;
}

const isMissing = (error: unknown) =>
  error instanceof Error && 'code' in error && (error.code === 'ENOENT' || error.code === 'ENOTDIR');

/**
 * Automatic backups in the desktop app. The renderer makes each file's
 * content (the same writer as a manual backup); main alone decides where it
 * goes and what it is called, writes it whole or not at all, and prunes the
 * folder by the rotation policy. A settings file that is missing or unreadable
 * means the defaults (on, default folder): a damaged file must not silently
 * switch backups off.
 */
export function createAutoBackups({
  settingsFile,
  defaultFolder,
  now = () => new Date(),
}: AutoBackupsDeps): AutoBackups {
  async function stored(): Promise<z.output<typeof storedSettings>> {
    try {
      const parsed = storedSettings.safeParse(JSON.parse(await readFile(settingsFile, 'utf8')));
      if (parsed.success) return parsed.data;
      log.warn('Automatic-backup settings are not valid; using the defaults');
    } catch (error) {
      if (!isMissing(error))
        log.warn('Could not read the automatic-backup settings; using the defaults', error);
    }
    return { enabled: true };
  }

  async function store(change: Partial<z.output<typeof storedSettings>>): Promise<void> {
    const next = storedSettings.parse({ ...(await stored()), ...change });
    await mkdir(path.dirname(settingsFile), { recursive: true });
    await atomicWrite(settingsFile, JSON.stringify(next));
  }

  async function settings(): Promise<AutoBackupSettings> {
    const { enabled, folder } = await stored();
    return { enabled, folder: folder ?? defaultFolder };
  }

  async function names(folder: string): Promise<string[]> {
    try {
      return await readdir(folder);
    } catch (error) {
      if (isMissing(error)) return [];
      throw error;
    }
  }

  async function list(): Promise<AutoBackupEntry[]> {
    const { folder } = await settings();
    const entries: AutoBackupEntry[] = [];
    for (const name of await names(folder)) {
      const parsed = parseAutoBackupName(name);
      if (!parsed) continue;
      try {
        const info = await stat(path.join(folder, name));
        if (info.isFile())
          entries.push({ name, kind: parsed.kind, localTime: parsed.localTime, size: info.size });
      } catch (error) {
        // Deleted between the listing and the stat: simply not there.
        if (!isMissing(error)) throw error;
      }
    }
    return entries.sort((a, b) => b.localTime.localeCompare(a.localTime) || a.name.localeCompare(b.name));
  }

  async function prune(folder: string): Promise<void> {
    for (const name of backupsToDelete(await names(folder))) {
      try {
        await rm(path.join(folder, name), { force: true });
      } catch (error) {
        // A backup that cannot be deleted (locked by an antivirus scan) is kept until the next rotation.
        log.warn(`Could not delete the old backup ${name}`, error);
      }
    }
  }

  return {
    settings,
    setEnabled: (enabled) => store({ enabled }),
    setFolder: (folder) => store({ folder }),
    list,
    async write(kind, content) {
      const { folder } = await settings();
      await mkdir(folder, { recursive: true });
      const name = autoBackupFileName(now(), kind);
      await atomicWrite(path.join(folder, name), content);
      await prune(folder);
      return name;
    },
    async read(name) {
      // Only names the listing can produce: no separators, so nothing outside the folder is reachable.
      if (!parseAutoBackupName(name)) return undefined;
      const { folder } = await settings();
      try {
        return await readLimited(path.join(folder, name), MAX_BACKUP_BYTES);
      } catch (error) {
        if (isMissing(error)) return undefined;
        throw error;
      }
    },
  };
}
