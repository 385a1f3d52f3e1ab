import type { ComplaintState, LocalDateTime } from '../complaint';
import type { Alternative, Complaint } from '../complaint/complaint';

/** The part of a complaint the lifecycle reads and rewrites; the caller stores it back whole. */
export type LifecycleSnapshot = Pick<
  Complaint,
  'receivedAt' | 'state' | 'milestones' | 'pauses' | 'decision' | 'unfoundedReason'
>;

/** What the studio can do to a complaint, in the order the UI lists them. */
export const LIFECYCLE_EVENT_TYPES = [
  'acknowledge',
  'start_investigation',
  'propose_solution',
  'record_client_decision',
  'resolve',
  'record_follow_up',
  'close',
  'mark_unfounded',
  'pause_clock',
  'resume_clock',
] as const;
export type LifecycleEventType = (typeof LIFECYCLE_EVENT_TYPES)[number];

type PlainEventType = Exclude<
  LifecycleEventType,
  'record_client_decision' | 'mark_unfounded' | 'pause_clock'
>;

/** One thing that happened, at the studio's local time. */
export type LifecycleEvent =
  | { readonly type: PlainEventType; readonly at: LocalDateTime }
  | {
      readonly type: 'record_client_decision';
      readonly at: LocalDateTime;
      readonly accepted: boolean;
      /** The other routes offered with a rejection; ignored when the client accepts. */
      readonly alternatives?: readonly Alternative[];
    }
  | {
      readonly type: 'mark_unfounded' | 'pause_clock';
      readonly at: LocalDateTime;
      /** Why: the reply to the client, or what the studio waits for. */
      readonly reason: string;
    };

/**
 * The audit trail's record of a transition. It holds codes and times only:
 * free text (reasons) may name people, so it stays on the complaint where it
 * can be corrected or erased with it. The caller adds who acted.
 */
export interface LifecycleAuditEvent {
  readonly type: LifecycleEventType;
  readonly from: ComplaintState;
  readonly to: ComplaintState;
  readonly at: LocalDateTime;
  /** For client decisions: the answer and the alternatives offered. */
  readonly decision?: { readonly accepted: boolean; readonly alternatives: readonly Alternative[] };
}

/** Message keys the UI translates. */
export type LifecycleError =
  | 'lifecycle.notAllowed'
  | 'lifecycle.reasonRequired'
  | 'lifecycle.alternativesRequired'
  | 'lifecycle.invalidTime'
  | 'lifecycle.timeBeforePrevious';

export type TransitionResult =
  | { readonly ok: true; readonly value: LifecycleSnapshot; readonly audit: LifecycleAuditEvent }
  | { readonly ok: false; readonly error: LifecycleError };
