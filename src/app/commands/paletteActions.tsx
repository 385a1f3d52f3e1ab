import type { SpotlightActionGroupData } from '@mantine/spotlight';
import {
  IconAlarm,
  IconArchive,
  IconFileText,
  IconFolder,
  IconHelp,
  IconInbox,
  IconInfoCircle,
  IconLanguage,
  IconPhoneCall,
  IconPlus,
  IconPrinter,
  IconSearch,
  IconSettings,
  IconUser,
  IconUserPlus,
  IconUsers,
} from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import type { ComponentType } from 'react';
import { SETTINGS_SECTIONS } from '../../features/settings';
import { COMMAND_ACCELERATORS, type FolderKind, type MenuCommand } from '../../shared/ipc';
import { toDisplayKeys } from './shortcuts';

export interface PaletteHandlers {
  readonly run: (command: MenuCommand) => void;
  readonly go: (path: string) => void;
  readonly openFolder: (kind: FolderKind) => void;
  readonly switchLanguage: () => void;
}

interface PaletteOptions {
  /** Folders exist only in the desktop app. */
  readonly desktop: boolean;
  readonly mac: boolean;
}

type Icon = ComponentType<{ size?: number; 'aria-hidden'?: boolean }>;
const icon = (Component: Icon) => <Component size={18} aria-hidden />;

/**
 * Everything the palette (Ctrl+K) reaches: every screen, the queue's saved
 * views, each settings section, and every action of the menu. A new screen
 * gets one line under "screens".
 */
export function paletteActions(
  t: TFunction,
  handlers: PaletteHandlers,
  { desktop, mac }: PaletteOptions,
): SpotlightActionGroupData[] {
  const keys = (command: MenuCommand) => {
    const accelerator = (COMMAND_ACCELERATORS as Partial<Record<MenuCommand, string>>)[command];
    return accelerator ? { rightSection: toDisplayKeys(accelerator, mac) } : {};
  };
  const command = (id: MenuCommand, label: string, Icon: Icon) => ({
    id: `command.${id}`,
    label,
    leftSection: icon(Icon),
    onClick: () => handlers.run(id),
    ...keys(id),
  });
  const screen = (path: string, label: string, Icon: Icon) => ({
    id: `screen.${path}`,
    label,
    leftSection: icon(Icon),
    onClick: () => handlers.go(path),
  });
  const queueView = (view: 'overdue' | 'to_call_back' | 'mine_open', Icon: Icon) =>
    screen(
      `/complaints?view=${view}`,
      t('desktop.command.queueView', { view: t(`queue.view.${view}`) }),
      Icon,
    );
  const folder = (kind: FolderKind, label: string, Icon: Icon) => ({
    id: `folder.${kind}`,
    label,
    leftSection: icon(Icon),
    onClick: () => handlers.openFolder(kind),
  });

  return [
    {
      group: t('desktop.palette.screens'),
      actions: [
        command('queue', t('desktop.command.queue'), IconInbox),
        queueView('overdue', IconAlarm),
        queueView('to_call_back', IconPhoneCall),
        queueView('mine_open', IconUser),
        command('clients', t('desktop.command.clients'), IconUsers),
        command('settings', t('desktop.command.settings'), IconSettings),
      ],
    },
    {
      group: t('desktop.palette.actions'),
      actions: [
        command('newComplaint', t('desktop.command.newComplaint'), IconPlus),
        screen('/clients/new', t('desktop.command.newClient'), IconUserPlus),
        command('search', t('desktop.command.search'), IconSearch),
        command('print', t('desktop.command.print'), IconPrinter),
        {
          id: 'language',
          label: t('desktop.command.switchLanguage'),
          leftSection: icon(IconLanguage),
          onClick: handlers.switchLanguage,
        },
        ...(desktop
          ? [
              folder('data', t('desktop.command.openDataFolder'), IconFolder),
              folder('backups', t('desktop.command.openBackupFolder'), IconArchive),
              folder('logs', t('desktop.command.openLogFolder'), IconFileText),
            ]
          : []),
        command('help', t('desktop.command.help'), IconHelp),
        command('about', t('desktop.command.about'), IconInfoCircle),
      ],
    },
    {
      group: t('desktop.palette.settings'),
      actions: Object.entries(SETTINGS_SECTIONS).map(([key, section]) =>
        screen(
          `/settings/${key}`,
          t('desktop.command.settingsSection', { section: t(section.label) }),
          section.icon,
        ),
      ),
    },
  ];
}
