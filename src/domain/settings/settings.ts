import type { Cause } from '../complaint';
import type { ClosureRange as CalendarClosure } from '../deadlines';

/** The studio as it appears on letters and PDFs. */
export interface StudioProfile {
  readonly name: string;
  readonly address: string;
  /** Partita IVA: eleven digits, stored without the `IT` prefix or spaces. */
  readonly vatNumber: string;
  readonly email: string;
  readonly phone: string;
  readonly pec: string;
}

/** A studio that has not told its details yet: every field empty. */
export const EMPTY_STUDIO_PROFILE: StudioProfile = {
  name: '',
  address: '',
  vatNumber: '',
  email: '',
  phone: '',
  pec: '',
};

/** A person who can handle complaints. */
export interface StaffMember {
  readonly id: string;
  readonly name: string;
  readonly role: string;
  readonly active: boolean;
  /** Set on entries created by the demo register. */
  readonly demo?: 1;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** One of the studio's own service areas (e.g. "Dichiarazioni dei redditi"). */
export interface ServiceArea {
  readonly id: string;
  readonly name: string;
  readonly active: boolean;
  /** Set on entries created by the demo register. */
  readonly demo?: 1;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** A studio-defined second-level cause under one of the fixed causes. */
export interface SubCause {
  readonly id: string;
  readonly cause: Cause;
  readonly name: string;
  readonly active: boolean;
  /** Set on entries created by the demo register. */
  readonly demo?: 1;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** Days the studio is closed, both ends included, with the name the studio gives them. */
export interface ClosureRange extends CalendarClosure {
  /** e.g. "Chiusura estiva", "Santo patrono". */
  readonly label: string;
}

/**
 * Closures in calendar order, so the list reads like a diary and the next
 * closure is easy to spot.
 */
export function sortClosures(closures: readonly ClosureRange[]): ClosureRange[] {
  return [...closures].sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
}
