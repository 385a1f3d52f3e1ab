import type { ParseKeys } from 'i18next';
import type { BackupProblem } from '../../data';

/** The studio's message for each reason a backup cannot be restored. */
export const PROBLEM_MESSAGE: Record<BackupProblem, ParseKeys> = {
  notBackup: 'backup.problem.notBackup',
  damaged: 'backup.problem.damaged',
  newerFormat: 'backup.problem.newerFormat',
  passwordRequired: 'backup.problem.passwordRequired',
  wrongPassword: 'backup.problem.wrongPassword',
  newerSchema: 'backup.problem.newerSchema',
  foreignTables: 'backup.problem.foreignTables',
};

/** The file filter of backup files in open and save dialogs. */
export const backupFilter = (name: string) => [{ name, extensions: ['riparo'] }];
