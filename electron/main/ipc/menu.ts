import type { MenuLanguage } from '../../../src/shared/ipc/contract';
import type { IpcImplementations } from './handle';

/** The menu follows the page's language: the page reports it at start and on every change. */
export function menuHandlers(
  setMenuLanguage: (language: MenuLanguage) => void,
): IpcImplementations<'setMenuLanguage'> {
  return {
    setMenuLanguage: (_event, language) => {
      setMenuLanguage(language);
      return Promise.resolve({ applied: true });
    },
  };
}
