import { useCallback, useEffect, useState } from 'react';
import { platform } from '../../platform';
import type { AutoBackupStatus } from '../../shared/ipc';

/** Tells every view of the automatic backups that the folder or its content changed. */
const changes = new EventTarget();

export function announceAutoBackupChange(): void {
  changes.dispatchEvent(new Event('change'));
}

export interface AutoBackupState {
  /** `undefined` while loading; `null` when main could not read the folder. */
  readonly status: AutoBackupStatus | null | undefined;
  readonly refresh: () => void;
}

/** The automatic backups' state from the platform, refreshed whenever a backup is written or a setting changes. */
export function useAutoBackupStatus(): AutoBackupState {
  const [status, setStatus] = useState<AutoBackupStatus | null>();
  const refresh = useCallback(() => {
    platform.getAutoBackups().then(setStatus, () => setStatus(null));
  }, []);
  useEffect(() => {
    refresh();
    changes.addEventListener('change', refresh);
    return () => changes.removeEventListener('change', refresh);
  }, [refresh]);
  return { status, refresh };
}
