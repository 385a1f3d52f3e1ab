import { z } from 'zod';

/**
 * The commands the desktop menu (and a clicked notification) can ask the page
 * to run. The page runs the same commands from its keyboard shortcuts and its
 * command palette, so every route to an action ends in one place.
 */
export const MENU_COMMANDS = [
  'newComplaint',
  'search',
  'print',
  'settings',
  'palette',
  'queue',
  'clients',
  'help',
  'about',
] as const;

export type MenuCommand = (typeof MENU_COMMANDS)[number];

/**
 * An address inside the app (`/complaints/01J…`), as a notification carries it
 * to open its complaint when clicked. Only the hash router's own paths: no
 * scheme, no host, no `..`.
 */
export const appRoute = z
  .string()
  .max(200)
  .regex(/^\/[A-Za-z0-9/_\-?=&.%]*$/, 'a path inside the app')
  .refine((route) => !route.includes('..') && !route.startsWith('//'), 'a path inside the app');

export const appCommandSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('menu'), command: z.enum(MENU_COMMANDS) }),
  z.object({ kind: z.literal('open'), route: appRoute }),
]);

/** What main sends to the page on the `app:command` event. */
export type AppCommand = z.output<typeof appCommandSchema>;

/**
 * The commands that have a keyboard shortcut, in Electron's accelerator
 * syntax. The desktop menu registers these, and the page shows them in its
 * help and binds them itself in the browser build, so the two never disagree.
 */
export const COMMAND_ACCELERATORS = {
  newComplaint: 'CmdOrCtrl+N',
  print: 'CmdOrCtrl+P',
  settings: 'CmdOrCtrl+,',
  search: 'CmdOrCtrl+F',
  palette: 'CmdOrCtrl+K',
  help: 'F1',
} as const satisfies Partial<Record<MenuCommand, string>>;

export type CommandWithShortcut = keyof typeof COMMAND_ACCELERATORS;
