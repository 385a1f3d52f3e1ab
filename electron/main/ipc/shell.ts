import { mkdir } from 'node:fs/promises';
import type { App, Shell } from 'electron';
import type { FolderKind } from '../../../src/shared/ipc/contract';
import { isAllowedExternalUrl } from '../../../src/shared/ipc/externalUrl';
import type { IpcImplementations } from './handle';

export interface ShellDeps {
  readonly app: Pick<App, 'getPath'>;
  readonly shell: Pick<Shell, 'openPath' | 'openExternal'>;
}

/** The page names a kind of folder, never a path: it cannot make the shell open anything else. */
const FOLDERS = { data: 'userData', logs: 'logs' } as const satisfies Record<FolderKind, string>;

export function shellHandlers(deps: ShellDeps): IpcImplementations<'revealFolder' | 'openExternal'> {
  return {
    revealFolder: async (_event, kind) => {
      const folder = deps.app.getPath(FOLDERS[kind]);
      // The logs folder may not exist before the first log line; open it anyway.
      await mkdir(folder, { recursive: true });
      const failure = await deps.shell.openPath(folder);
      return { revealed: failure === '' };
    },

    openExternal: async (_event, url) => {
      if (!isAllowedExternalUrl(url)) return { opened: false };
      try {
        await deps.shell.openExternal(url);
        return { opened: true };
      } catch {
        // No browser or mail client is registered for the URL.
        return { opened: false };
      }
    },
  };
}
