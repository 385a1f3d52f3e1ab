import { guessColumns, type ColumnMapping } from '../transfer/readTable';

/** What a column of a studio's register can be imported as. */
export const REGISTER_FIELDS = [
  'receivedAt',
  'client',
  'taxId',
  'email',
  'phone',
  'annualValue',
  'channel',
  'cause',
  'severity',
  'state',
  'title',
  'clientWords',
  'expectation',
  'remedy',
  'closedAt',
] as const;
export type RegisterField = (typeof REGISTER_FIELDS)[number];

/** The fields intake requires: without a column for each, nothing can be imported. */
export const REQUIRED_REGISTER_FIELDS: readonly RegisterField[] = [
  'receivedAt',
  'client',
  'channel',
  'cause',
  'severity',
  'title',
  'clientWords',
];

export type RegisterMapping = ColumnMapping<RegisterField>;

/**
 * Folded words that name each field in Italian and English registers,
 * including the headers Riparo's own export writes. Longer, more specific
 * fields come first, so "Parole del cliente" is not taken for the client.
 */
const HEADER_WORDS: Readonly<Record<RegisterField, readonly string[]>> = {
  clientWords: ['parole del cliente', "client's words", 'descrizione', 'description', 'testo', 'details'],
  annualValue: ['valore annuo', 'annual value', 'fatturato', 'onorari', 'fees'],
  taxId: ['codice fiscale', 'partita iva', 'tax code', 'tax id', 'vat', 'p. iva', 'p.iva', 'cf'],
  email: ['e-mail', 'email', 'posta elettronica', 'mail'],
  phone: ['telefono', 'cellulare', 'phone', 'tel'],
  receivedAt: ['ricevuto il', 'received on', 'data ricezione', 'data', 'date', 'ricevuto', 'received'],
  closedAt: ['chiuso il', 'closed on', 'data chiusura', 'closed'],
  channel: ['canale', 'channel', 'mezzo'],
  cause: ['causa', 'cause', 'motivo', 'reason'],
  severity: ['gravita', 'severity', 'priorita', 'priority'],
  state: ['stato', 'state', 'status'],
  title: ['oggetto', 'subject', 'titolo', 'title'],
  expectation: ['cosa si aspettava', 'what they expected', 'aspettativa', 'expected'],
  remedy: ['rimedio richiesto', 'remedy requested', 'rimedio', 'remedy', 'richiesta'],
  client: ['cliente', 'client', 'nominativo', 'ragione sociale', 'nome', 'name', 'customer'],
};

/** Guesses which column holds each register field from the header texts. */
export function guessRegisterMapping(headers: readonly string[]): RegisterMapping {
  return guessColumns(headers, HEADER_WORDS);
}
