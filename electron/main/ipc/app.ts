import type { App } from 'electron';
import type { IpcImplementations } from './handle';

/** About-box facts; `dataLocation` is the pinned userData folder, where the register lives. */
export function appHandlers(app: Pick<App, 'getVersion' | 'getPath'>): IpcImplementations<'getAppInfo'> {
  return {
    getAppInfo: () =>
      Promise.resolve({
        name: 'Riparo',
        version: app.getVersion(),
        shell: 'desktop',
        dataLocation: app.getPath('userData'),
      }),
  };
}
