/**
 * What this browser profile remembers about the register outside IndexedDB,
 * so that losing IndexedDB (cleared site data, an eviction) is noticed at the
 * next start instead of silently opening an empty register.
 */
const RECORDS_KEY = 'riparo.recordCount';
const LAST_BACKUP_KEY = 'riparo.lastBackupAt';

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Storage full or disabled: the guard simply has less to go on.
  }
}

/** How many complaints and clients the register held when last seen; 0 when unknown. */
export const rememberedRecordCount = (): number => Number(read(RECORDS_KEY)) || 0;
export const rememberRecordCount = (count: number) => write(RECORDS_KEY, String(count));

/** When a backup was last saved from this profile (ISO instant), if ever. */
export const lastBackupAt = (): string | undefined => read(LAST_BACKUP_KEY) ?? undefined;
export const rememberBackup = (at: Date) => write(LAST_BACKUP_KEY, at.toISOString());
