import type { ComplaintState, LocalDateTime } from '../complaint';
import { ALTERNATIVES } from '../complaint/complaint';
import { isLocalDateTime } from '../complaint/validation';
import type { LifecycleEvent, LifecycleEventType, LifecycleSnapshot, TransitionResult } from './events';
import { LIFECYCLE_EVENT_TYPES } from './events';

/** States where the clock may be stopped: those with a standard still running. */
const CLOCK_STATES: readonly ComplaintState[] = [
  'received',
  'acknowledged',
  'investigating',
  'solution_proposed',
  'resolved',
];

/**
 * Where each event may happen (domain.md §4, after ISO 10002). The path is
 * strict because each step is a milestone a standard is measured on:
 * acknowledgement comes before assessment, and closing comes after the
 * follow-up. Closed and unfounded are final: a client unhappy again later
 * opens a new complaint, so the figures already reported never change.
 */
const ALLOWED_FROM: Record<LifecycleEventType, readonly ComplaintState[]> = {
  acknowledge: ['received'],
  start_investigation: ['acknowledged'],
  propose_solution: ['investigating'],
  record_client_decision: ['solution_proposed'],
  resolve: ['solution_proposed'],
  record_follow_up: ['resolved'],
  close: ['followed_up'],
  // Judging a complaint unfounded is the initial assessment, after acknowledging it.
  mark_unfounded: ['acknowledged', 'investigating'],
  pause_clock: CLOCK_STATES,
  resume_clock: CLOCK_STATES,
};

/** True while an open pause holds the deadline clock. */
export function isClockPaused(snapshot: LifecycleSnapshot): boolean {
  return snapshot.pauses.some((pause) => pause.to === undefined);
}

function isAllowed(snapshot: LifecycleSnapshot, type: LifecycleEventType): boolean {
  // While waiting for the client the studio first records that the wait is
  // over, so every pause has an end and the audit trail a resume.
  if ((type === 'resume_clock') !== isClockPaused(snapshot)) return false;
  if (!ALLOWED_FROM[type].includes(snapshot.state)) return false;
  // ISO 10002: the decision is carried out only once the client accepts it.
  const accepted = snapshot.decision?.accepted === true;
  if (type === 'resolve') return accepted;
  if (type === 'record_client_decision') return !accepted;
  return true;
}

/** The events the studio may record now, for the UI to offer only those. */
export function allowedEvents(snapshot: LifecycleSnapshot): LifecycleEventType[] {
  return LIFECYCLE_EVENT_TYPES.filter((type) => isAllowed(snapshot, type));
}

/** The latest time the snapshot records (milestones, pauses, decision); nothing new may predate it. */
function latestTime(snapshot: LifecycleSnapshot): LocalDateTime {
  const { milestones } = snapshot;
  const times = [
    milestones.acknowledgedAt,
    milestones.solutionProposedAt,
    milestones.resolvedAt,
    milestones.followedUpAt,
    milestones.closedAt,
    snapshot.decision?.at,
    ...snapshot.pauses.flatMap((pause) => [pause.from, pause.to]),
  ];
  // `YYYY-MM-DDTHH:mm` sorts as text in time order.
  return times.reduce<LocalDateTime>(
    (latest, time) => (time !== undefined && time > latest ? time : latest),
    snapshot.receivedAt,
  );
}

type InputError = 'lifecycle.reasonRequired' | 'lifecycle.alternativesRequired';

function apply(snapshot: LifecycleSnapshot, event: LifecycleEvent): LifecycleSnapshot | InputError {
  const { milestones } = snapshot;
  const { at } = event;
  switch (event.type) {
    case 'acknowledge':
      return { ...snapshot, state: 'acknowledged', milestones: { ...milestones, acknowledgedAt: at } };
    case 'start_investigation':
      return { ...snapshot, state: 'investigating' };
    case 'propose_solution':
      // The respond standard measures the first answer, so a later proposal keeps it.
      return {
        ...snapshot,
        state: 'solution_proposed',
        milestones: { ...milestones, solutionProposedAt: milestones.solutionProposedAt ?? at },
      };
    case 'record_client_decision': {
      const alternatives = event.accepted ? [] : ALTERNATIVES.filter((a) => event.alternatives?.includes(a));
      if (!event.accepted && alternatives.length === 0) return 'lifecycle.alternativesRequired';
      // A rejection keeps the complaint open and sends it back to analysis,
      // where the studio reviews it and may propose again.
      const state = event.accepted ? 'solution_proposed' : 'investigating';
      return { ...snapshot, state, decision: { accepted: event.accepted, at, alternatives } };
    }
    case 'resolve':
      return { ...snapshot, state: 'resolved', milestones: { ...milestones, resolvedAt: at } };
    case 'record_follow_up':
      return { ...snapshot, state: 'followed_up', milestones: { ...milestones, followedUpAt: at } };
    case 'close':
      return { ...snapshot, state: 'closed', milestones: { ...milestones, closedAt: at } };
    case 'mark_unfounded': {
      const reason = event.reason.trim();
      if (reason === '') return 'lifecycle.reasonRequired';
      // Unfounded is a way of closing: final, with the reasons as the reply.
      return {
        ...snapshot,
        state: 'unfounded',
        unfoundedReason: reason,
        milestones: { ...milestones, closedAt: at },
      };
    }
    case 'pause_clock': {
      const reason = event.reason.trim();
      if (reason === '') return 'lifecycle.reasonRequired';
      return { ...snapshot, pauses: [...snapshot.pauses, { from: at, reason }] };
    }
    case 'resume_clock':
      return {
        ...snapshot,
        pauses: snapshot.pauses.map((pause) => (pause.to === undefined ? { ...pause, to: at } : pause)),
      };
  }
}

/**
 * Applies one event to a complaint's lifecycle. Returns the new snapshot and
 * an audit event, or a message key: `lifecycle.notAllowed` for an event
 * {@link allowedEvents} would not offer, `lifecycle.reasonRequired` for an
 * empty reason, `lifecycle.alternativesRequired` for a rejection that offers
 * no alternative, and a time error for a malformed time or one earlier than
 * what is already on record.
 */
export function transition(snapshot: LifecycleSnapshot, event: LifecycleEvent): TransitionResult {
  if (!isAllowed(snapshot, event.type)) return { ok: false, error: 'lifecycle.notAllowed' };
  if (!isLocalDateTime(event.at)) return { ok: false, error: 'lifecycle.invalidTime' };
  if (event.at < latestTime(snapshot)) return { ok: false, error: 'lifecycle.timeBeforePrevious' };
  const value = apply(snapshot, event);
  if (typeof value === 'string') return { ok: false, error: value };
  const audit = { type: event.type, from: snapshot.state, to: value.state, at: event.at };
  const { decision } = value;
  return {
    ok: true,
    value,
    audit:
      event.type === 'record_client_decision' && decision
        ? { ...audit, decision: { accepted: decision.accepted, alternatives: decision.alternatives } }
        : audit,
  };
}
