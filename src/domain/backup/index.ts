export * from './backupFile';
export * from './hash';
export { PBKDF2_ITERATIONS } from './crypto';
export * from './auditChain';
export * from './autoBackupSchedule';
