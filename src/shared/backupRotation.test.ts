import { describe, expect, it } from 'vitest';
import { autoBackupFileName, backupsToDelete, isoWeek, parseAutoBackupName } from './backupRotation';

const daily = (day: string, time = '0900') => `riparo-auto-${day}-${time}.riparo`;
const pad = (n: number) => String(n).padStart(2, '0');

/** One daily backup per day from `from` for `count` days. */
function everyDay(from: string, count: number): string[] {
  const start = new Date(`${from}T12:00:00Z`);
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(start.getTime() + i * 86_400_000);
    return daily(`${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`);
  });
}

const kept = (names: readonly string[], deleted: readonly string[]) =>
  names.filter((name) => !deleted.includes(name)).sort();

describe('automatic backup names', () => {
  it('name the local day and minute, and read back', () => {
    const name = autoBackupFileName(new Date(2026, 3, 3, 9, 5), 'daily');
    expect(name).toBe('riparo-auto-2026-04-03-0905.riparo');
    expect(parseAutoBackupName(name)).toEqual({
      kind: 'daily',
      day: '2026-04-03',
      localTime: '2026-04-03T09:05',
    });
  });

  it('tell a backup taken before a schema upgrade from a daily one', () => {
    const name = autoBackupFileName(new Date(2026, 11, 31, 23, 59), 'beforeUpgrade');
    expect(name).toBe('riparo-before-upgrade-2026-12-31-2359.riparo');
    expect(parseAutoBackupName(name)?.kind).toBe('beforeUpgrade');
  });

  it.each([
    'riparo-backup-2026-04-03-0930.riparo',
    'riparo-auto-2026-02-30-0900.riparo',
    'riparo-auto-2026-04-03-2460.riparo',
    'riparo-auto-2026-04-03-0900.riparo.tmp-a1b2c3',
    'riparo-auto-2026-04-03-0900 (copia).riparo',
    'note.txt',
  ])('do not take %j for an automatic backup', (name) => {
    expect(parseAutoBackupName(name)).toBeUndefined();
  });
});

describe('ISO weeks', () => {
  it.each([
    ['2026-03-30', '2026-W14'],
    ['2026-12-28', '2026-W53'],
    ['2027-01-03', '2026-W53'],
    ['2027-01-04', '2027-W01'],
    ['2024-12-30', '2025-W01'],
  ])('puts %s in %s', (day, week) => {
    expect(isoWeek(day)).toBe(week);
  });
});

describe('backup rotation (7 daily, 4 weekly, 12 monthly)', () => {
  it('deletes nothing while there are fewer backups than the policy keeps', () => {
    expect(backupsToDelete(everyDay('2026-03-25', 6))).toEqual([]);
  });

  it('keeps the last 7 days, the newest of the last 4 weeks and of the last 12 months', () => {
    const names = [...everyDay('2026-02-01', 28), ...everyDay('2026-03-01', 30)];
    expect(kept(names, backupsToDelete(names))).toEqual([
      daily('2026-02-28'), // February's newest
      daily('2026-03-15'), // week 11
      daily('2026-03-22'), // week 12
      daily('2026-03-24'),
      daily('2026-03-25'),
      daily('2026-03-26'),
      daily('2026-03-27'),
      daily('2026-03-28'),
      daily('2026-03-29'), // also week 13's newest
      daily('2026-03-30'), // also week 14's and March's newest
    ]);
  });

  it('keeps only the newest backup of a day with several', () => {
    const names = [daily('2026-04-03', '0900'), daily('2026-04-03', '1800'), daily('2026-04-03', '1300')];
    expect(backupsToDelete(names).sort()).toEqual([daily('2026-04-03', '0900'), daily('2026-04-03', '1300')]);
  });

  it('counts days that have a backup, so holidays and days off do not shrink what is kept', () => {
    const names = ['2026-03-02', '2026-03-09', '2026-03-10', '2026-03-16', '2026-03-20', '2026-03-23'].map(
      (day) => daily(day),
    );
    names.push(daily('2026-04-07'), daily('2026-04-08'));
    // The seven newest backup days reach back to 9 March; 2 March is neither one of them nor a kept week or month.
    expect(backupsToDelete(names)).toEqual([daily('2026-03-02')]);
  });

  it('treats the days around New Year by ISO week and by month', () => {
    const names = [daily('2026-12-26'), daily('2026-12-31'), daily('2027-01-02'), daily('2027-01-05')];
    // 31 Dec and 2 Jan share week 2026-W53, but each is its month's newest.
    const deleted = backupsToDelete(names, { daily: 1, weekly: 2, monthly: 2 });
    expect(deleted).toEqual([daily('2026-12-26')]);
  });

  it('holds at most 7 + 4 + 12 backups after a year and more of daily backups, reaching back 12 months', () => {
    const names = everyDay('2025-01-01', 500);
    const left = kept(names, backupsToDelete(names));
    expect(left.length).toBeLessThanOrEqual(23);
    expect(new Set(left.map((name) => parseAutoBackupName(name)?.day.slice(0, 7))).size).toBe(12);
    expect(left.at(-1)).toBe(names.at(-1));
  });

  it('never deletes backups taken before an upgrade, nor files it did not write', () => {
    const others = ['riparo-before-upgrade-2025-01-01-0800.riparo', 'riparo-backup-2025-01-01-0800.riparo'];
    const names = [...everyDay('2025-01-01', 60), ...others];
    const deleted = backupsToDelete(names);
    expect(deleted.length).toBeGreaterThan(0);
    expect(deleted.filter((name) => others.includes(name))).toEqual([]);
  });
});
