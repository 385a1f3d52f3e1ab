import { COMMAND_ACCELERATORS, type CommandWithShortcut } from '../../shared/ipc';

/** Electron's `CmdOrCtrl+,` as Mantine's `useHotkeys` writes it: `mod+,`. */
export function toHotkey(accelerator: string): string {
  return accelerator.replace(/^CmdOrCtrl\+/, 'mod+');
}

/** The keys as the user reads them: `Ctrl+,` (⌘ on a Mac). */
export function toDisplayKeys(accelerator: string, mac: boolean): string {
  return accelerator.replace(/^CmdOrCtrl\+/, mac ? '⌘' : 'Ctrl+');
}

export const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform);

/** The commands with a shortcut, in the order the help lists them. */
export const SHORTCUT_COMMANDS = Object.keys(COMMAND_ACCELERATORS) as CommandWithShortcut[];
