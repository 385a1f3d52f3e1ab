/**
 * Names that locate the user's data. Changing any of them makes an installed
 * Riparo open an empty register (IndexedDB is keyed by origin and lives in the
 * userData folder), so they are pinned by tests.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'riparo';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const USER_DATA_FOLDER_NAME = 'Riparo';
/**
 * The Windows application id: the installer's upgrade identity (an upgrade
 * with another id installs a second Riparo beside the first) and the name
 * Windows files notifications under. Shared by main and electron-builder.
 */
export const APP_ID = 'it.riparo.desktop';
