import type { DesktopApi } from '../../../src/shared/ipc/contract';
import { invoke } from './invoke';

export const appApi = {
  getAppInfo: () => invoke('getAppInfo'),
} satisfies Pick<DesktopApi, 'getAppInfo'>;
