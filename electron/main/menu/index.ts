import type { Menu } from 'electron';
import type { MenuLanguage } from '../../../src/shared/ipc/contract';
import { MENU_LABELS } from './labels';
import { buildMenuTemplate, type MenuActions } from './template';

export interface ApplicationMenuDeps {
  readonly Menu: Pick<typeof Menu, 'buildFromTemplate' | 'setApplicationMenu'>;
  readonly actions: MenuActions;
  readonly isPackaged: boolean;
  readonly platform: NodeJS.Platform;
}

/**
 * Sets the application menu in Italian (the page's default language, so
 * there is no flash of another language at start) and returns the function
 * that rebuilds it when the page reports another language.
 */
export function installApplicationMenu(deps: ApplicationMenuDeps): (language: MenuLanguage) => void {
  const apply = (language: MenuLanguage) => {
    const template = buildMenuTemplate({
      labels: MENU_LABELS[language],
      actions: deps.actions,
      isPackaged: deps.isPackaged,
      platform: deps.platform,
    });
    deps.Menu.setApplicationMenu(deps.Menu.buildFromTemplate(template));
  };
  apply('it');
  return apply;
}
