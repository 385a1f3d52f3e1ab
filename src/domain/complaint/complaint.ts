import type { Cause, Channel, ComplaintState } from './taxonomy';

/**
 * A local date-time as typed by the studio, `YYYY-MM-DDTHH:mm`, without a zone:
 * the studio works in one place, and deadlines are counted in its calendar days.
 */
export type LocalDateTime = string;

/** A client complaint as the register keeps it. */
export interface Complaint {
  /** Client-made, sortable, sync-safe id (ULID). */
  readonly id: string;
  /** The protocol code shown to people, e.g. `R-2026-0001`. */
  readonly code: string;
  readonly clientName: string;
  readonly receivedAt: LocalDateTime;
  readonly channel: Channel;
  readonly cause: Cause;
  readonly title: string;
  readonly description: string;
  readonly state: ComplaintState;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** What the studio types to register a complaint. */
export type NewComplaint = Pick<
  Complaint,
  'clientName' | 'receivedAt' | 'channel' | 'cause' | 'title' | 'description'
>;
