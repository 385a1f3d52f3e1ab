/** A natural person or a company: the fields and the tax identifier differ. */
export const CLIENT_KINDS = ['person', 'company'] as const;
export type ClientKind = (typeof CLIENT_KINDS)[number];

/** A client of the studio. */
export interface Client {
  readonly id: string;
  readonly name: string;
  readonly kind: ClientKind;
  readonly email: string;
  readonly phone: string;
  readonly pec: string;
  /** Codice fiscale or partita IVA, as typed (upper-cased, spaces removed). */
  readonly taxId: string;
  /** Fees per year, in euros; unknown when absent. */
  readonly annualValue?: number;
  /** `YYYY-MM-DD` */
  readonly clientSince?: string;
  readonly notes: string;
  /** Set on records created by the demo register. */
  readonly demo?: 1;
  /** When the client's personal data was removed (ISO instant); the record stays for the statistics. */
  readonly anonymisedAt?: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export type NewClient = Pick<
  Client,
  'name' | 'kind' | 'email' | 'phone' | 'pec' | 'taxId' | 'annualValue' | 'clientSince' | 'notes'
>;
