import type { App, Dialog, Shell } from 'electron';
import { ipcContract, type IpcMethod, type MenuLanguage } from '../../../src/shared/ipc/contract';
import type { PrintDocumentDeps } from '../services/printDocument';
import type { SaveDialogDeps } from '../services/saveWithDialog';
import type { AutoBackups } from '../services/autoBackups';
import { appHandlers } from './app';
import { autoBackupsHandlers } from './autoBackups';
import { filesHandlers } from './files';
import { handle, type HandleDeps, type IpcImplementations } from './handle';
import { menuHandlers } from './menu';
import { notificationsHandlers, type NotificationsDeps } from './notifications';
import { pdfHandlers } from './pdf';
import { shellHandlers } from './shell';

export interface IpcDeps extends HandleDeps, SaveDialogDeps, PrintDocumentDeps, NotificationsDeps {
  readonly app: Pick<App, 'getVersion' | 'getPath'>;
  readonly dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;
  readonly shell: Pick<Shell, 'openPath' | 'openExternal'>;
  readonly setMenuLanguage: (language: MenuLanguage) => void;
  readonly autoBackups: AutoBackups;
}

/** Registers a handler for every method of the contract, each behind the one `handle` wrapper. */
export function registerIpcHandlers(deps: IpcDeps): void {
  // Typed as all methods: a contract entry without an implementation does not compile.
  const implementations: IpcImplementations = {
    ...appHandlers(deps.app),
    ...filesHandlers(deps),
    ...pdfHandlers(deps),
    ...shellHandlers(deps),
    ...menuHandlers(deps.setMenuLanguage),
    ...notificationsHandlers(deps),
    ...autoBackupsHandlers(deps),
  };
  // M ties each method to its own implementation, which TypeScript cannot do across a union of keys.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
  const register = <M extends IpcMethod>(method: M): void => handle(method, implementations[method], deps);
  for (const method of Object.keys(ipcContract) as IpcMethod[]) register(method);
}
