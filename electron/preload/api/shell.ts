import type { DesktopApi } from '../../../src/shared/ipc/contract';
import { invoke } from './invoke';

export const shellApi = {
  revealFolder: (kind) => invoke('revealFolder', kind),
  openExternal: (url) => invoke('openExternal', url),
} satisfies Pick<DesktopApi, 'revealFolder' | 'openExternal'>;
