import type { DesktopApi } from '../../../src/shared/ipc/contract';
import { invoke } from './invoke';

export const notificationsApi = {
  showNotification: (request) => invoke('showNotification', request),
} satisfies Pick<DesktopApi, 'showNotification'>;
