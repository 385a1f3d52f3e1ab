import { contextBridge } from 'electron';
import type { DesktopApi } from '../../src/shared/ipc/contract';
import { appApi } from './api/app';
import { autoBackupsApi } from './api/autoBackups';
import { eventsApi } from './api/events';
import { filesApi } from './api/files';
import { menuApi } from './api/menu';
import { notificationsApi } from './api/notifications';
import { pdfApi } from './api/pdf';
import { shellApi } from './api/shell';

/**
 * `window.desktop`: named functions only. Neither `ipcRenderer` nor any IPC
 * event crosses the bridge, so the page can call exactly the contract's
 * methods and nothing else. `satisfies` keeps this object and `DesktopApi`
 * (derived from the contract) in step without a second copy of the types.
 */
const desktop = {
  ...appApi,
  ...filesApi,
  ...pdfApi,
  ...shellApi,
  ...menuApi,
  ...notificationsApi,
  ...autoBackupsApi,
  ...eventsApi,
} satisfies DesktopApi;

contextBridge.exposeInMainWorld('desktop', desktop);
