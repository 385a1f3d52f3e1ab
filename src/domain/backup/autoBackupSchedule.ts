/** An automatic backup as the desktop app lists it: why it was taken and when (local `YYYY-MM-DDTHH:MM`). */
export interface ListedAutoBackup {
  readonly kind: string;
  readonly localTime: string;
}

/**
 * Whether today's automatic backup is still to be taken: true until a daily
 * backup dated `today` (local `YYYY-MM-DD`) exists. A backup taken before a
 * schema upgrade does not count, since it holds the register as it was before.
 */
export function isDailyBackupDue(backups: readonly ListedAutoBackup[], today: string): boolean {
  return !backups.some((backup) => backup.kind === 'daily' && backup.localTime.slice(0, 10) === today);
}

/** The newest backup of a listing, whatever its kind: what the studio sees as "last backup". */
export function latestBackup<T extends ListedAutoBackup>(backups: readonly T[]): T | undefined {
  return backups.reduce<T | undefined>(
    (latest, backup) => (!latest || backup.localTime > latest.localTime ? backup : latest),
    undefined,
  );
}
