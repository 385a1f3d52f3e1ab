import type { DesktopApi } from '../../../src/shared/ipc/contract';
import { invoke } from './invoke';

export const menuApi = {
  setMenuLanguage: (language) => invoke('setMenuLanguage', language),
} satisfies Pick<DesktopApi, 'setMenuLanguage'>;
