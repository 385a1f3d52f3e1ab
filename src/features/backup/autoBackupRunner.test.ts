import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AutoBackupEntry, AutoBackupKind } from '../../shared/ipc';
import { backupBeforeUpgrade, takeDailyBackupIfDue } from './autoBackupRunner';

/** The desktop app's automatic backups, kept in memory as main keeps them on disk. */
const desktop = vi.hoisted(() => ({
  enabled: true,
  backups: [] as AutoBackupEntry[],
  failWrites: false,
  clock: '2026-04-03T09:00',
}));

vi.mock('../../platform', () => ({
  isDesktop: true,
  platform: {
    getAutoBackups: () =>
      Promise.resolve({
        available: true,
        enabled: desktop.enabled,
        folder: 'C:\\Backup',
        backups: desktop.backups,
      }),
    writeAutoBackup: ({ kind }: { kind: AutoBackupKind }) => {
      if (desktop.failWrites) return Promise.reject(new Error('disk full'));
      if (!desktop.enabled) return Promise.resolve({ written: false, reason: 'disabled' });
      const name = `${kind}-${desktop.clock}`;
      desktop.backups = [{ name, kind, localTime: desktop.clock, size: 10 }, ...desktop.backups];
      return Promise.resolve({ written: true, name });
    },
  },
}));

const register = vi.hoisted(() => ({ needsUpgrade: false }));

vi.mock('../../data', () => ({
  createBackup: () => Promise.resolve({ fileName: 'x', content: '{"format":"riparo-backup"}' }),
  createBackupBeforeUpgrade: () =>
    Promise.resolve(register.needsUpgrade ? '{"format":"riparo-backup"}' : undefined),
}));

const dailyWrites = () => desktop.backups.filter((backup) => backup.kind === 'daily');

describe('the daily automatic backup', () => {
  beforeEach(() => {
    desktop.enabled = true;
    desktop.backups = [];
    desktop.failWrites = false;
    desktop.clock = '2026-04-03T09:00';
    register.needsUpgrade = false;
  });

  it('is taken once a day, even when asked twice at the same moment', async () => {
    const outcomes = await Promise.all([
      takeDailyBackupIfDue('2026-04-03'),
      takeDailyBackupIfDue('2026-04-03'),
    ]);

    expect(outcomes).toEqual(['written', 'notDue']);
    expect(dailyWrites()).toHaveLength(1);
  });

  it('is taken again when the day turns over with the app open', async () => {
    await takeDailyBackupIfDue('2026-04-03');
    desktop.clock = '2026-04-04T00:01';

    expect(await takeDailyBackupIfDue('2026-04-04')).toBe('written');
    expect(dailyWrites()).toHaveLength(2);
  });

  it('is not taken while automatic backups are off', async () => {
    desktop.enabled = false;
    expect(await takeDailyBackupIfDue('2026-04-03')).toBe('off');
    expect(desktop.backups).toEqual([]);
  });

  it('reports a failed write, and a later call tries again', async () => {
    desktop.failWrites = true;
    expect(await takeDailyBackupIfDue('2026-04-03')).toBe('failed');

    desktop.failWrites = false;
    expect(await takeDailyBackupIfDue('2026-04-03')).toBe('written');
  });
});

describe('the backup before a schema upgrade', () => {
  beforeEach(() => {
    desktop.enabled = true;
    desktop.backups = [];
    desktop.failWrites = false;
  });

  it('is written when the register is about to be upgraded', async () => {
    register.needsUpgrade = true;
    expect(await backupBeforeUpgrade()).toBe('written');
    expect(desktop.backups.map((backup) => backup.kind)).toEqual(['beforeUpgrade']);
  });

  it('is not written when no upgrade is due, nor while automatic backups are off', async () => {
    register.needsUpgrade = false;
    expect(await backupBeforeUpgrade()).toBe('notDue');
    register.needsUpgrade = true;
    desktop.enabled = false;
    expect(await backupBeforeUpgrade()).toBe('off');
    expect(desktop.backups).toEqual([]);
  });

  it('never throws, so a failed backup cannot keep Riparo from starting', async () => {
    register.needsUpgrade = true;
    desktop.failWrites = true;
    expect(await backupBeforeUpgrade()).toBe('failed');
  });
});
