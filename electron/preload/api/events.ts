import { ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC_EVENTS } from '../../../src/shared/ipc/channels';
import type { AppCommand } from '../../../src/shared/ipc/commands';
import type { DesktopApi } from '../../../src/shared/ipc/contract';

/**
 * Main → page messages as named subscriptions. The listener gets the command
 * only: the `IpcRendererEvent` carries `sender` (the ipcRenderer itself), which
 * must never cross the bridge. Main is the only sender on this channel.
 */
export const eventsApi = {
  onAppCommand: (listener) => {
    const forward = (_event: IpcRendererEvent, command: AppCommand) => listener(command);
    ipcRenderer.on(IPC_EVENTS.appCommand, forward);
    return () => {
      ipcRenderer.removeListener(IPC_EVENTS.appCommand, forward);
    };
  },
} satisfies Pick<DesktopApi, 'onAppCommand'>;
