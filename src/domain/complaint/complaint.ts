import type { Cause, Channel, ComplaintState, Feeling, FeelingIntensity, Severity } from './taxonomy';

/**
 * A local date-time as typed by the studio, `YYYY-MM-DDTHH:mm`, without a zone:
 * the studio works in one place, and deadlines are counted in its calendar days.
 */
export type LocalDateTime = string;

export interface FeelingRating {
  readonly feeling: Feeling;
  readonly intensity: FeelingIntensity;
}

/** A stretch of time when the deadline clock stood still, waiting for the client. */
export interface ClockPause {
  readonly from: LocalDateTime;
  readonly to?: LocalDateTime;
  readonly reason: string;
}

/** When each lifecycle milestone was reached, in the studio's clock. */
export interface Milestones {
  readonly acknowledgedAt?: LocalDateTime;
  readonly solutionProposedAt?: LocalDateTime;
  readonly resolvedAt?: LocalDateTime;
  readonly followedUpAt?: LocalDateTime;
  readonly closedAt?: LocalDateTime;
}

export const ALTERNATIVES = ['owner_review', 'professional_body', 'mediation'] as const;
/** What the studio offers a client who rejects its decision. */
export type Alternative = (typeof ALTERNATIVES)[number];

/** The client's answer to the studio's decision. */
export interface ClientDecision {
  readonly accepted: boolean;
  readonly at: LocalDateTime;
  readonly alternatives: readonly Alternative[];
}

/** A client complaint as the register keeps it. */
export interface Complaint {
  /** Client-made, sortable, sync-safe id (ULID). */
  readonly id: string;
  /** The protocol code shown to people, e.g. `R-2026-0001`. */
  readonly code: string;
  readonly clientId: string;
  /** The client's name when registered, kept for the register even if the client record changes. */
  readonly clientName: string;
  readonly receivedAt: LocalDateTime;
  readonly channel: Channel;
  readonly serviceAreaId?: string;
  readonly cause: Cause;
  readonly subCauseId?: string;
  readonly severity: Severity;
  readonly title: string;
  /** What happened, in the client's own words. */
  readonly clientWords: string;
  /** What the client expected instead. */
  readonly expectation: string;
  readonly feelings: readonly FeelingRating[];
  /** The remedy the client asks for. */
  readonly remedyRequested: string;
  readonly handlerId?: string;
  readonly state: ComplaintState;
  readonly milestones: Milestones;
  readonly pauses: readonly ClockPause[];
  readonly decision?: ClientDecision;
  /** Why the studio judged the complaint unfounded; required for that state. */
  readonly unfoundedReason?: string;
  /** Set on records created by the demo register, so they can be removed in one go. */
  readonly demo?: 1;
  /** When the complaint's personal data was removed (ISO instant), by hand or past the retention. */
  readonly anonymisedAt?: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** What the studio types to register a complaint; the register adds the client's name. */
export type NewComplaint = Pick<
  Complaint,
  | 'clientId'
  | 'receivedAt'
  | 'channel'
  | 'serviceAreaId'
  | 'cause'
  | 'subCauseId'
  | 'severity'
  | 'title'
  | 'clientWords'
  | 'expectation'
  | 'feelings'
  | 'remedyRequested'
  | 'handlerId'
>;

/** Who the complaint is from: a client already in the registry, or a new one named at intake. */
export type ClientPick = { readonly id: string } | { readonly newName: string };

/** What the intake form yields: the complaint, and the client it is from. */
export type ComplaintIntake = Omit<NewComplaint, 'clientId'> & { readonly client: ClientPick };
