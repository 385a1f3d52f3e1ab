import type { WebContents } from 'electron';
import { IPC_EVENTS } from '../../src/shared/ipc/channels';
import type { AppCommand } from '../../src/shared/ipc/commands';

/** Sends a command to the page; the preload hands it to `window.desktop.onAppCommand` listeners. */
export function sendAppCommand(contents: Pick<WebContents, 'send'>, command: AppCommand): void {
  contents.send(IPC_EVENTS.appCommand, command);
}
