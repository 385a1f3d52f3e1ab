import { describe, expect, it } from 'vitest';
import { isDailyBackupDue, latestBackup } from './autoBackupSchedule';

describe('the daily automatic backup', () => {
  it('is due when there is no backup at all', () => {
    expect(isDailyBackupDue([], '2026-04-03')).toBe(true);
  });

  it('is due when the newest daily backup is from yesterday', () => {
    expect(isDailyBackupDue([{ kind: 'daily', localTime: '2026-04-02T23:59' }], '2026-04-03')).toBe(true);
  });

  it('is not due once a daily backup dated today exists', () => {
    const backups = [
      { kind: 'daily', localTime: '2026-04-02T09:00' },
      { kind: 'daily', localTime: '2026-04-03T00:01' },
    ];
    expect(isDailyBackupDue(backups, '2026-04-03')).toBe(false);
  });

  it('is still due after a backup taken before today’s schema upgrade', () => {
    expect(isDailyBackupDue([{ kind: 'beforeUpgrade', localTime: '2026-04-03T08:00' }], '2026-04-03')).toBe(
      true,
    );
  });

  it('is due again on a new day even if the app stayed open past midnight', () => {
    const backups = [{ kind: 'daily', localTime: '2026-12-31T18:00' }];
    expect(isDailyBackupDue(backups, '2026-12-31')).toBe(false);
    expect(isDailyBackupDue(backups, '2027-01-01')).toBe(true);
  });
});

describe('the latest backup', () => {
  it('is the newest of any kind, and absent from an empty list', () => {
    const upgrade = { kind: 'beforeUpgrade', localTime: '2026-04-03T08:00' };
    expect(latestBackup([{ kind: 'daily', localTime: '2026-04-02T09:00' }, upgrade])).toBe(upgrade);
    expect(latestBackup([])).toBeUndefined();
  });
});
