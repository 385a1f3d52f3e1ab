import { isLocalDateTime, type Channel, type LocalDateTime } from '../complaint';
import type { Letter } from './letters';

export const CONTACT_DIRECTIONS = ['outgoing', 'incoming'] as const;
export type ContactDirection = (typeof CONTACT_DIRECTIONS)[number];

/** One contact with the client about a complaint (*Comunicazioni*). */
export interface Contact {
  readonly id: string;
  readonly complaintId: string;
  readonly at: LocalDateTime;
  readonly channel: Channel;
  readonly direction: ContactDirection;
  readonly summary: string;
  /** The next contact agreed with the client, `YYYY-MM-DD`. */
  readonly nextContact?: string;
  /** For a letter or e-mail sent from a template: exactly what was sent. */
  readonly letter?: Letter;
  readonly demo?: 1;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export type NewContact = Pick<Contact, 'at' | 'channel' | 'direction' | 'summary' | 'nextContact' | 'letter'>;

export type ContactError =
  'summaryRequired' | 'invalidTime' | 'invalidNextContact' | 'nextContactBeforeContact';

/** Checks a contact before it is logged; returns the fields in error (empty when valid). */
export function validateContact(
  contact: NewContact,
): Partial<Record<'at' | 'summary' | 'nextContact', ContactError>> {
  const errors: Partial<Record<'at' | 'summary' | 'nextContact', ContactError>> = {};
  if (contact.summary.trim() === '') errors.summary = 'summaryRequired';
  if (!isLocalDateTime(contact.at)) errors.at = 'invalidTime';
  const next = contact.nextContact;
  if (next !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(next)) errors.nextContact = 'invalidNextContact';
    else if (next < contact.at.slice(0, 10)) errors.nextContact = 'nextContactBeforeContact';
  }
  return errors;
}
