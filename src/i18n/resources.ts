import en from './locales/en.json';
import enClients from './locales/en.clients.json';
import enDesktop from './locales/en.desktop.json';
import enSettings from './locales/en.settings.json';
import it from './locales/it.json';
import itClients from './locales/it.clients.json';
import itDesktop from './locales/it.desktop.json';
import itSettings from './locales/it.settings.json';

/**
 * Each screen family keeps its texts in its own file (top-level keys never
 * overlap), merged here into one namespace. Italian is the source: its shape
 * is the type every `t()` key is checked against.
 */
export const italian = { ...it, ...itClients, ...itSettings, ...itDesktop };
export const english = { ...en, ...enClients, ...enSettings, ...enDesktop };
export type Translation = typeof italian;
