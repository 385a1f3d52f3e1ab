export * from './contract';
export { isAllowedExternalUrl } from './externalUrl';
export { APP_ID, APP_ORIGIN, APP_SCHEME, APP_HOST, USER_DATA_FOLDER_NAME } from './identity';
export {
  appCommandSchema,
  COMMAND_ACCELERATORS,
  MENU_COMMANDS,
  type AppCommand,
  type CommandWithShortcut,
  type MenuCommand,
} from './commands';
export { DOCUMENT_STATE_ATTRIBUTE, PDF_PAGE_SETTINGS, documentPathSchema } from './printDocument';
