export * from './contract';
export { isAllowedExternalUrl } from './externalUrl';
export { APP_ORIGIN, APP_SCHEME, APP_HOST, USER_DATA_FOLDER_NAME } from './identity';
export { DOCUMENT_STATE_ATTRIBUTE, PDF_PAGE_SETTINGS, documentPathSchema } from './printDocument';
