import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { z } from 'zod';
import {
  ipcContract,
  type IpcContract,
  type IpcMethod,
  type IpcResult,
} from '../../../src/shared/ipc/contract';
import { isAppOrigin } from '../security';

/** A method's arguments after its zod tuple has parsed them. */
export type ParsedArgs<M extends IpcMethod> = z.output<IpcContract[M]['args']>;

/** The main-process side of one contract method; it only ever sees a trusted sender and valid arguments. */
export type IpcImplementation<M extends IpcMethod> = (
  event: IpcMainInvokeEvent,
  ...args: ParsedArgs<M>
) => Promise<IpcResult<M>>;

/** Implementations for a set of methods; `IpcImplementations` (all methods) makes a missing handler a type error. */
export type IpcImplementations<K extends IpcMethod = IpcMethod> = { [M in K]: IpcImplementation<M> };

export interface HandleDeps {
  readonly ipcMain: Pick<IpcMain, 'handle'>;
  /** `app://riparo`, plus the dev server's origin only while developing. */
  readonly trustedOrigins: readonly string[];
}

export const UNTRUSTED_SENDER_MESSAGE = 'Rejected IPC from untrusted origin';

/**
 * Registers `implementation` on the method's channel behind the two checks
 * every handler needs, because the renderer is untrusted: the sending frame
 * must be one of the app's own origins (a frame that navigated elsewhere or an
 * injected iframe gets nothing), and the arguments must pass the channel's
 * zod tuple. Errors name the channel and the failing fields, never the data.
 */
export function handle<M extends IpcMethod>(
  method: M,
  implementation: IpcImplementation<M>,
  deps: HandleDeps,
): void {
  const { channel, args: schema } = ipcContract[method];
  deps.ipcMain.handle(channel, (event: IpcMainInvokeEvent, ...rawArgs: unknown[]) => {
    const url = event.senderFrame?.url;
    if (url === undefined || !isAppOrigin(url, deps.trustedOrigins)) {
      throw new Error(UNTRUSTED_SENDER_MESSAGE);
    }
    const parsed = schema.safeParse(rawArgs);
    if (!parsed.success) {
      throw new Error(`Invalid arguments for ${channel}: ${describeIssues(parsed.error.issues)}`);
    }
    // The contract maps M to its schema, but TypeScript cannot follow `ipcContract[method]` through a generic key.
    return implementation(event, ...(parsed.data as ParsedArgs<M>));
  });
}

function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .map(
      (issue) => `${issue.path.length > 0 ? issue.path.map(String).join('.') : 'arguments'} (${issue.code})`,
    )
    .join(', ');
}
