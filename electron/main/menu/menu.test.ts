import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { COMMAND_ACCELERATORS, MENU_COMMANDS } from '../../../src/shared/ipc/commands';
import { Menu } from '../../test/fakeElectron';
import { installApplicationMenu, type ApplicationMenuDeps } from '.';
import { MENU_LABELS } from './labels';
import { buildMenuTemplate, type MenuActions } from './template';

function actions() {
  return {
    command: vi.fn<MenuActions['command']>(),
    openFolder: vi.fn<MenuActions['openFolder']>(),
  };
}

/** Every item of a template, depth first. */
function items(template: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

function item(template: readonly MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const found = items(template).find((candidate) => candidate.label === label);
  if (!found) throw new Error(`no menu item "${label}"`);
  return found;
}

const click = (entry: MenuItemConstructorOptions) => (entry.click as (() => void) | undefined)?.();

const italian = (overrides: Partial<Parameters<typeof buildMenuTemplate>[0]> = {}) =>
  buildMenuTemplate({
    labels: MENU_LABELS.it,
    actions: actions(),
    isPackaged: true,
    platform: 'win32',
    ...overrides,
  });

describe('the application menu', () => {
  it('has File, Modifica, Visualizza and Aiuto in Italian, with Alt-key mnemonics', () => {
    expect(italian().map((menu) => menu.label)).toEqual(['&File', '&Modifica', '&Visualizza', '&Aiuto']);
  });

  it('is in English when the page is', () => {
    const template = buildMenuTemplate({
      labels: MENU_LABELS.en,
      actions: actions(),
      isPackaged: true,
      platform: 'win32',
    });
    expect(template.map((menu) => menu.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
    expect(items(template).map((entry) => entry.label)).toContain('About Riparo');
  });

  it.each([
    ['Nuovo reclamo', 'CmdOrCtrl+N', 'newComplaint'],
    ['Stampa / salva in PDF…', 'CmdOrCtrl+P', 'print'],
    ['Impostazioni', 'CmdOrCtrl+,', 'settings'],
    ['Cerca reclami', 'CmdOrCtrl+F', 'search'],
    ['Comandi…', 'CmdOrCtrl+K', 'palette'],
    ['Guida e scorciatoie', 'F1', 'help'],
  ])('"%s" has %s and sends the page the %s command', (label, accelerator, command) => {
    const menuActions = actions();
    const entry = item(italian({ actions: menuActions }), label);

    expect(entry.accelerator).toBe(accelerator);
    click(entry);
    expect(menuActions.command).toHaveBeenCalledExactlyOnceWith(command);
  });

  it('sends only commands the page knows', () => {
    const menuActions = actions();
    for (const entry of items(italian({ actions: menuActions }))) click(entry);
    const sent = menuActions.command.mock.calls.map(([command]) => command);
    expect(sent.length).toBeGreaterThan(0);
    for (const command of sent) expect(MENU_COMMANDS).toContain(command);
    expect(new Set(Object.values(COMMAND_ACCELERATORS)).size).toBe(
      Object.values(COMMAND_ACCELERATORS).length,
    );
  });

  it.each([
    ['Apri cartella dati', 'data'],
    ['Apri cartella backup', 'backups'],
    ['Apri cartella log', 'logs'],
  ])('"%s" opens the %s folder in main, without the page', (label, kind) => {
    const menuActions = actions();
    click(item(italian({ actions: menuActions }), label));
    expect(menuActions.openFolder).toHaveBeenCalledExactlyOnceWith(kind);
    expect(menuActions.command).not.toHaveBeenCalled();
  });

  it('uses Electron roles for editing, zoom and quitting, with translated labels', () => {
    const template = italian();
    expect(item(template, 'Copia').role).toBe('copy');
    expect(item(template, 'Incolla').role).toBe('paste');
    expect(item(template, 'Esci').role).toBe('quit');
    expect(item(template, 'Ingrandisci').role).toBe('zoomIn');
  });

  it('offers no reload (it would lose a form being typed) and no DevTools in the installed app', () => {
    const roles = items(italian()).map((entry) => entry.role);
    expect(roles).not.toContain('reload');
    expect(roles).not.toContain('forceReload');
    expect(roles).not.toContain('toggleDevTools');
  });

  it('offers DevTools to a developer build', () => {
    expect(items(italian({ isPackaged: false })).map((entry) => entry.role)).toContain('toggleDevTools');
  });

  it('puts the application menu first on macOS only', () => {
    expect(italian({ platform: 'darwin' })[0]?.role).toBe('appMenu');
    expect(italian({ platform: 'linux' })[0]?.role).toBeUndefined();
  });
});

describe('installApplicationMenu', () => {
  // The fake's menus are plain templates, which is all the installer hands Electron back.
  const deps = {
    Menu: Menu as unknown as ApplicationMenuDeps['Menu'],
    actions: actions(),
    isPackaged: true,
    platform: 'win32' as const,
  };

  it('sets the Italian menu at once and rebuilds it in the language the page reports', () => {
    const setLanguage = installApplicationMenu(deps);
    expect(Menu.applicationMenu?.template.map((menu) => menu.label)).toContain('&Modifica');

    setLanguage('en');
    expect(Menu.applicationMenu?.template.map((menu) => menu.label)).toContain('&Edit');

    setLanguage('it');
    expect(Menu.applicationMenu?.template.map((menu) => menu.label)).toContain('&Modifica');
  });
});
