import type { App, Shell } from 'electron';
import type { AutoBackups } from '../services/autoBackups';
import { revealAppFolder } from '../services/folders';
import { openExternalSafely } from '../services/openExternal';
import type { IpcImplementations } from './handle';

export interface ShellDeps {
  readonly app: Pick<App, 'getPath'>;
  readonly shell: Pick<Shell, 'openPath' | 'openExternal'>;
  readonly autoBackups: Pick<AutoBackups, 'settings'>;
}

export function shellHandlers(deps: ShellDeps): IpcImplementations<'revealFolder' | 'openExternal'> {
  return {
    revealFolder: async (_event, kind) => ({ revealed: await revealAppFolder(deps, kind) }),

    openExternal: async (_event, url) => ({ opened: await openExternalSafely(deps.shell, url) }),
  };
}
