export * from './contract';
export { isAllowedExternalUrl } from './externalUrl';
export { APP_ORIGIN, APP_SCHEME, APP_HOST, USER_DATA_FOLDER_NAME } from './identity';
