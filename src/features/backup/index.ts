export { BackupSection } from './BackupSection';
export { StartupGuard } from './StartupGuard';
