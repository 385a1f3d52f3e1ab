import type { Cause } from '../complaint';

/** The studio as it appears on letters and PDFs. */
export interface StudioProfile {
  readonly name: string;
  readonly address: string;
  readonly vatNumber: string;
  readonly email: string;
  readonly phone: string;
  readonly pec: string;
}

/** A person who can handle complaints. */
export interface StaffMember {
  readonly id: string;
  readonly name: string;
  readonly role: string;
  readonly active: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** One of the studio's own service areas (e.g. "Dichiarazioni dei redditi"). */
export interface ServiceArea {
  readonly id: string;
  readonly name: string;
  readonly active: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** A studio-defined second-level cause under one of the fixed causes. */
export interface SubCause {
  readonly id: string;
  readonly cause: Cause;
  readonly name: string;
  readonly active: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
}
