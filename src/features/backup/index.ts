export { BackupSection } from './BackupSection';
export { StartupGuard } from './StartupGuard';
export { ExportSection } from './ExportSection';
export { ImportSection } from './ImportSection';
