export type { Client, ClientKind, NewClient } from './client';
export { CLIENT_KINDS } from './client';
export type { TaxIdCheck } from './taxId';
export { isValidCodiceFiscale, isValidPartitaIva, normalizeTaxId, validateTaxId } from './taxId';
