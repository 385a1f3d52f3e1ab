import { createBackup, createBackupBeforeUpgrade } from '../../data';
import { isDailyBackupDue } from '../../domain/backup';
import { isDesktop, platform } from '../../platform';
import { announceAutoBackupChange } from './autoBackupStatus';

export type AutoBackupOutcome = 'written' | 'notDue' | 'off' | 'failed';

let running: Promise<AutoBackupOutcome> | undefined;

async function dailyBackup(today: string): Promise<AutoBackupOutcome> {
  const status = await platform.getAutoBackups();
  if (!status.available || !status.enabled) return 'off';
  if (!isDailyBackupDue(status.backups, today)) return 'notDue';
  const backup = await createBackup();
  const result = await platform.writeAutoBackup({ kind: 'daily', content: backup.content });
  if (!result.written) return 'off';
  announceAutoBackupChange();
  return 'written';
}

/**
 * Takes today's automatic backup in the desktop app unless one exists. One
 * run at a time: a second call (a re-render, midnight during a run) waits for
 * the first and then checks again, so a day never gets two.
 */
export function takeDailyBackupIfDue(today: string): Promise<AutoBackupOutcome> {
  const previous = running ?? Promise.resolve<AutoBackupOutcome>('notDue');
  const next = previous.then(() => dailyBackup(today).catch((): AutoBackupOutcome => 'failed'));
  running = next;
  return next;
}

/**
 * In the desktop app, backs the register up as it is stored before this
 * version upgrades its schema (see `createBackupBeforeUpgrade`). Never
 * throws: a failed backup must not keep Riparo from starting, so the failure
 * is reported and the upgrade, which IndexedDB rolls back whole if it fails,
 * goes ahead.
 */
export async function backupBeforeUpgrade(): Promise<AutoBackupOutcome> {
  if (!isDesktop) return 'off';
  try {
    const status = await platform.getAutoBackups();
    if (!status.available || !status.enabled) return 'off';
    const content = await createBackupBeforeUpgrade();
    if (content === undefined) return 'notDue';
    const result = await platform.writeAutoBackup({ kind: 'beforeUpgrade', content });
    return result.written ? 'written' : 'off';
  } catch {
    return 'failed';
  }
}
