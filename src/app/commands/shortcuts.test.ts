import { describe, expect, it } from 'vitest';
import { COMMAND_ACCELERATORS } from '../../shared/ipc';
import { SHORTCUT_COMMANDS, toDisplayKeys, toHotkey } from './shortcuts';

describe('shortcuts', () => {
  it.each([
    ['CmdOrCtrl+N', 'mod+N'],
    ['CmdOrCtrl+,', 'mod+,'],
    ['F1', 'F1'],
  ])('binds %s in the page as %s', (accelerator, hotkey) => {
    expect(toHotkey(accelerator)).toBe(hotkey);
  });

  it('shows Ctrl on Windows and ⌘ on a Mac', () => {
    expect(toDisplayKeys('CmdOrCtrl+K', false)).toBe('Ctrl+K');
    expect(toDisplayKeys('CmdOrCtrl+K', true)).toBe('⌘K');
    expect(toDisplayKeys('F1', false)).toBe('F1');
  });

  it('covers the issue’s shortcuts: new, search, print, settings, help and the palette', () => {
    expect(
      Object.fromEntries(SHORTCUT_COMMANDS.map((c) => [c, toDisplayKeys(COMMAND_ACCELERATORS[c], false)])),
    ).toEqual({
      newComplaint: 'Ctrl+N',
      search: 'Ctrl+F',
      print: 'Ctrl+P',
      settings: 'Ctrl+,',
      help: 'F1',
      palette: 'Ctrl+K',
    });
  });
});
