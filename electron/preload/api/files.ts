import type { DesktopApi } from '../../../src/shared/ipc/contract';
import { invoke } from './invoke';

export const filesApi = {
  saveFile: (request) => invoke('saveFile', request),
  openFile: (request) => invoke('openFile', request),
} satisfies Pick<DesktopApi, 'saveFile' | 'openFile'>;
