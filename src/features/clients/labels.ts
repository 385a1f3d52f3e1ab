import type { ParseKeys } from 'i18next';
import type { ClientKind } from '../../domain/client/client';

/** Translation keys of the client kinds, written out whole so the key check sees them. */
export const kindLabel = {
  person: 'clients.kind.person',
  company: 'clients.kind.company',
} as const satisfies Record<ClientKind, ParseKeys>;
