import dayjs from 'dayjs';
import type { Client } from '../../domain/client/client';
import type { ClientFormInput } from '../../domain/client/clientValidation';

/** What the client form holds while the user types: the date picker gives null when cleared. */
export type ClientFormValues = Omit<ClientFormInput, 'clientSince'> & { clientSince: string | null };

export function emptyClientValues(): ClientFormValues {
  return {
    name: '',
    kind: 'person',
    email: '',
    phone: '',
    pec: '',
    taxId: '',
    annualValue: '',
    clientSince: null,
    notes: '',
  };
}

/**
 * The amount as the studio would type it (`1.250,50`), whatever the UI
 * language: the field always reads amounts the Italian way.
 */
function typedAmount(value: number): string {
  return new Intl.NumberFormat('it-IT', {
    useGrouping: 'always',
    minimumFractionDigits: Number.isInteger(value) ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(value);
}

/** A stored client as form values, for editing. */
export function clientValues(client: Client): ClientFormValues {
  return {
    name: client.name,
    kind: client.kind,
    email: client.email,
    phone: client.phone,
    pec: client.pec,
    taxId: client.taxId,
    annualValue: client.annualValue === undefined ? '' : typedAmount(client.annualValue),
    clientSince: client.clientSince ?? null,
    notes: client.notes,
  };
}

export function toClientInput(values: ClientFormValues): ClientFormInput {
  return { ...values, clientSince: values.clientSince ?? '' };
}

/** Accepts 3/4/2019 as well as 03/04/2019; anything else is not a date. */
export function parseTypedDate(value: string): string | null {
  const parsed = dayjs(value.trim(), ['DD/MM/YYYY', 'D/M/YYYY'], true);
  return parsed.isValid() ? parsed.format('YYYY-MM-DD') : null;
}
