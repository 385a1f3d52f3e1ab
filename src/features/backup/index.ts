export { BackupSection } from './BackupSection';
export { StartupGuard } from './StartupGuard';
export { ExportSection } from './ExportSection';
export { backupBeforeUpgrade } from './autoBackupRunner';
export { useDailyAutoBackup } from './useDailyAutoBackup';
export { ImportSection } from './ImportSection';
