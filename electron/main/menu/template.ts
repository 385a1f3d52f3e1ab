import type { MenuItemConstructorOptions } from 'electron';
import {
  COMMAND_ACCELERATORS,
  type CommandWithShortcut,
  type MenuCommand,
} from '../../../src/shared/ipc/commands';
import type { FolderKind } from '../../../src/shared/ipc/contract';
import type { MenuLabels } from './labels';

export interface MenuActions {
  /** Asks the page to run one of its commands (navigation, dialogs, printing). */
  readonly command: (command: MenuCommand) => void;
  /** Opens one of Riparo's folders in the file manager. */
  readonly openFolder: (kind: FolderKind) => void;
}

export interface MenuOptions {
  readonly labels: MenuLabels;
  readonly actions: MenuActions;
  /** DevTools are offered only in an unpackaged (developer) build. */
  readonly isPackaged: boolean;
  readonly platform: NodeJS.Platform;
}

/**
 * The application menu, File / Modifica / Visualizza / Aiuto. Page actions
 * are forwarded as commands (the page decides what "search" means where the
 * user is); editing, zoom and quitting use Electron's roles so they behave as
 * in every other Windows program. No "reload": it would throw away a form
 * being typed.
 */
export function buildMenuTemplate({
  labels,
  actions,
  isPackaged,
  platform,
}: MenuOptions): MenuItemConstructorOptions[] {
  // The shortcuts come from the shared table, which the page's help and browser build use too.
  const command = (id: CommandWithShortcut, label: string): MenuItemConstructorOptions => ({
    label,
    accelerator: COMMAND_ACCELERATORS[id],
    click: () => actions.command(id),
  });
  const folder = (kind: FolderKind, label: string): MenuItemConstructorOptions => ({
    label,
    click: () => actions.openFolder(kind),
  });

  const file: MenuItemConstructorOptions = {
    label: labels.file,
    submenu: [
      command('newComplaint', labels.newComplaint),
      command('print', labels.print),
      { type: 'separator' },
      folder('data', labels.openDataFolder),
      folder('backups', labels.openBackupFolder),
      folder('logs', labels.openLogFolder),
      { type: 'separator' },
      command('settings', labels.settings),
      { type: 'separator' },
      { role: 'quit', label: labels.quit },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: labels.edit,
    submenu: [
      { role: 'undo', label: labels.undo },
      { role: 'redo', label: labels.redo },
      { type: 'separator' },
      { role: 'cut', label: labels.cut },
      { role: 'copy', label: labels.copy },
      { role: 'paste', label: labels.paste },
      { role: 'selectAll', label: labels.selectAll },
      { type: 'separator' },
      command('search', labels.search),
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: labels.view,
    submenu: [
      command('palette', labels.palette),
      { type: 'separator' },
      { label: labels.queue, click: () => actions.command('queue') },
      { label: labels.clients, click: () => actions.command('clients') },
      { type: 'separator' },
      { role: 'zoomIn', label: labels.zoomIn },
      { role: 'zoomOut', label: labels.zoomOut },
      { role: 'resetZoom', label: labels.resetZoom },
      { type: 'separator' },
      { role: 'togglefullscreen', label: labels.fullScreen },
      ...(isPackaged ? [] : [{ role: 'toggleDevTools', label: labels.devTools } as const]),
    ],
  };
  const help: MenuItemConstructorOptions = {
    label: labels.help,
    role: 'help',
    submenu: [command('help', labels.guide), { label: labels.about, click: () => actions.command('about') }],
  };

  // macOS puts the application's own menu first; Windows and Linux have none.
  const appMenu: MenuItemConstructorOptions[] = platform === 'darwin' ? [{ role: 'appMenu' }] : [];
  return [...appMenu, file, edit, view, help];
}
