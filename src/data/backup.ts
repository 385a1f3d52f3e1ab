import {
  backupFileName,
  decodeBackup,
  encodeBackup,
  type BackupProblem,
  type ChainCheck,
  type RegisterSnapshot,
} from '../domain/backup';
import { DB_NAME } from './db';
import { db } from './instance';
import { verifyAuditChain } from './repositories/audit';
import { countRecords, restoreSnapshot, takeSnapshot, type RestoreOutcome } from './repositories/backup';
import { snapshotBeforeUpgrade } from './repositories/beforeUpgrade';

export type { BackupProblem, ChainCheck, RegisterSnapshot, RestoreOutcome };

/** A backup ready to be saved, and the state of the audit chain it contains. */
export interface BackupFile {
  readonly fileName: string;
  readonly content: string;
  readonly chain: ChainCheck;
}

/** Takes a full backup of the register, checking the audit chain on the way. */
export async function createBackup(password?: string, now: Date = new Date()): Promise<BackupFile> {
  const snapshot = await takeSnapshot(db, now);
  const chain = await verifyAuditChain(db);
  return { fileName: backupFileName(now), content: await encodeBackup(snapshot, password), chain };
}

/** Reads and checks a backup file without touching the register. */
export const readBackup = (bytes: Uint8Array, password?: string) => decodeBackup(bytes, password);

/** Replaces the register with a checked backup, all at once or not at all. */
export const restoreBackup = (snapshot: RegisterSnapshot) => restoreSnapshot(db, snapshot);

/** Checks the audit trail's hash chain end to end. */
export const verifyAuditTrail = () => verifyAuditChain(db);

/** Complaints plus clients: what a start-up guard compares with what the register last held. */
export const countRegisterRecords = () => countRecords(db);

/**
 * A backup file of the register exactly as stored, when this version of
 * Riparo is about to upgrade its schema; `undefined` when no upgrade is due.
 * Call it before anything else opens the register.
 */
export async function createBackupBeforeUpgrade(now: Date = new Date()): Promise<string | undefined> {
  const snapshot = await snapshotBeforeUpgrade(DB_NAME, now);
  return snapshot && encodeBackup(snapshot);
}
