import { ipcRenderer } from 'electron';
import { IPC_CHANNELS } from '../../../src/shared/ipc/channels';
import type { IpcArgs, IpcMethod, IpcResult } from '../../../src/shared/ipc/contract';

/**
 * The preload's one way to reach main. The channel comes from the contract,
 * so the two sides cannot drift apart; main validates sender and arguments,
 * so nothing is checked here.
 */
export function invoke<M extends IpcMethod>(method: M, ...args: IpcArgs<M>): Promise<IpcResult<M>> {
  return ipcRenderer.invoke(IPC_CHANNELS[method], ...args) as Promise<IpcResult<M>>;
}
