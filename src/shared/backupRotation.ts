/**
 * Automatic backups in the desktop app: their file names and which of them to
 * keep. Everything here works on names only, so the policy can be tested
 * without a disk and a file copied in by hand is judged like any other. It
 * lives in shared/ because main prunes the folder and the contract names the kinds.
 */

/** Why an automatic backup was taken: the daily one, or just before the register's schema is upgraded. */
export const AUTO_BACKUP_KINDS = ['daily', 'beforeUpgrade'] as const;
export type AutoBackupKind = (typeof AUTO_BACKUP_KINDS)[number];

/** The extension of every Riparo backup, manual or automatic, so one file filter finds them all. */
const EXTENSION = 'riparo';

const PREFIX: Record<AutoBackupKind, string> = {
  daily: 'riparo-auto',
  beforeUpgrade: 'riparo-before-upgrade',
};

const NAME = new RegExp(
  `^(${PREFIX.daily}|${PREFIX.beforeUpgrade})-(\\d{4})-(\\d{2})-(\\d{2})-(\\d{2})(\\d{2})\\.${EXTENSION}$`,
);

/** What an automatic backup's name says about it; the time is the computer's local time. */
export interface AutoBackupName {
  readonly kind: AutoBackupKind;
  /** `YYYY-MM-DD`, local. */
  readonly day: string;
  /** `YYYY-MM-DDTHH:MM`, local: sorts like the moment it names. */
  readonly localTime: string;
}

/** How many backups survive, by period: the newest of each of the latest N days, ISO weeks and months. */
export interface RotationPolicy {
  readonly daily: number;
  readonly weekly: number;
  readonly monthly: number;
}

export const DEFAULT_ROTATION: RotationPolicy = { daily: 7, weekly: 4, monthly: 12 };

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The file name of an automatic backup taken at `at`, e.g. `riparo-auto-2026-04-03-0930.riparo`. */
export function autoBackupFileName(at: Date, kind: AutoBackupKind): string {
  const day = `${pad(at.getFullYear(), 4)}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
  return `${PREFIX[kind]}-${day}-${pad(at.getHours())}${pad(at.getMinutes())}.${EXTENSION}`;
}

/**
 * Reads an automatic backup's name; `undefined` for any other file (a manual
 * backup, a document the studio put there), which rotation never touches.
 */
export function parseAutoBackupName(name: string): AutoBackupName | undefined {
  const match = NAME.exec(name);
  if (!match) return undefined;
  const [, prefix = '', year = '', month = '', date = '', hours = '', minutes = ''] = match;
  const valid = new Date(Date.UTC(Number(year), Number(month) - 1, Number(date)));
  const real =
    valid.getUTCFullYear() === Number(year) &&
    valid.getUTCMonth() === Number(month) - 1 &&
    valid.getUTCDate() === Number(date) &&
    Number(hours) < 24 &&
    Number(minutes) < 60;
  if (!real) return undefined;
  const day = `${year}-${month}-${date}`;
  return {
    kind: prefix === PREFIX.daily ? 'daily' : 'beforeUpgrade',
    day,
    localTime: `${day}T${hours}:${minutes}`,
  };
}

/** The ISO 8601 week of a `YYYY-MM-DD` day, e.g. `2026-W53`: Monday to Sunday, across year ends. */
export function isoWeek(day: string): string {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  const utc = new Date(Date.UTC(year, month - 1, date));
  const weekday = utc.getUTCDay() || 7;
  // The Thursday of the same week decides which year the week belongs to.
  utc.setUTCDate(utc.getUTCDate() + 4 - weekday);
  const weekYear = utc.getUTCFullYear();
  const week = Math.ceil(((utc.getTime() - Date.UTC(weekYear, 0, 1)) / 86_400_000 + 1) / 7);
  return `${weekYear}-W${pad(week)}`;
}

const PERIOD: Record<keyof RotationPolicy, (day: string) => string> = {
  daily: (day) => day,
  weekly: isoWeek,
  monthly: (day) => day.slice(0, 7),
};

/**
 * The daily backups to delete under `policy`. Walking from the newest, each
 * rule keeps the newest backup of each period until it holds its count of
 * periods; a backup kept by any rule survives. Periods without a backup (the
 * office was closed, the PC was off) do not use up a rule's count, so a gap
 * never leaves fewer backups than the policy promises. Backups taken before a
 * schema upgrade and files that are not automatic backups are never deleted.
 */
export function backupsToDelete(
  names: readonly string[],
  policy: RotationPolicy = DEFAULT_ROTATION,
): string[] {
  const daily = names
    .flatMap((name) => {
      const parsed = parseAutoBackupName(name);
      return parsed?.kind === 'daily' ? [{ name, ...parsed }] : [];
    })
    .sort((a, b) => b.localTime.localeCompare(a.localTime));
  const keep = new Set<string>();
  for (const rule of Object.keys(PERIOD) as (keyof RotationPolicy)[]) {
    const seen = new Set<string>();
    for (const backup of daily) {
      const period = PERIOD[rule](backup.day);
      if (seen.has(period)) continue;
      if (seen.size >= policy[rule]) break;
      seen.add(period);
      keep.add(backup.name);
    }
  }
  return daily.filter((backup) => !keep.has(backup.name)).map((backup) => backup.name);
}
