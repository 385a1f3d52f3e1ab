import { ALTERNATIVES, type LocalDateTime } from '../../domain/complaint';
import { addWorkingDays, dateOf, type WorkingCalendar } from '../../domain/deadlines';
import {
  transition,
  type LifecycleAuditEvent,
  type LifecycleEvent,
  type LifecycleSnapshot,
} from '../../domain/lifecycle';
import type { Random } from './random';
import { UNFOUNDED_REASONS } from './studio';

/** Where a complaint's handling stood when the demo register was made, and how it got there. */
export interface Timeline {
  readonly snapshot: LifecycleSnapshot;
  readonly trail: readonly LifecycleAuditEvent[];
}

const PAUSE_REASONS = [
  'In attesa dei documenti richiesti al cliente',
  'In attesa che il cliente confermi la data dell’incontro',
  'In attesa della risposta dell’Agenzia delle Entrate',
] as const;

/** How a complaint's story goes: most end well, a few stall or end in dispute. */
type Fate =
  | 'normal'
  | 'second_proposal'
  | 'unfounded'
  | 'rejected'
  | 'not_assessed'
  | 'stalled'
  | 'no_follow_up'
  | 'not_closed';

const FATES: readonly (readonly [Fate, number])[] = [
  ['normal', 76],
  ['second_proposal', 7],
  ['unfounded', 7],
  ['rejected', 3],
  ['not_assessed', 1],
  ['stalled', 2],
  ['no_follow_up', 3],
  ['not_closed', 1],
];

const pad = (n: number) => String(n).padStart(2, '0');

/** A time of day in office hours, `HH:mm`, on the quarter hour. */
export function officeTime(random: Random): string {
  return `${pad(random.int(9, 17))}:${pad(15 * random.int(0, 3))}`;
}

/** The events of one complaint's story, each a few working days after the one before. */
function story(receivedAt: LocalDateTime, random: Random, calendar: WorkingCalendar): LifecycleEvent[] {
  let previous = receivedAt;
  const after = (days: number): LocalDateTime => {
    const day = addWorkingDays(dateOf(previous), days, calendar);
    let at = `${day}T${officeTime(random)}`;
    if (at <= previous) at = `${addWorkingDays(day, 1, calendar)}T${officeTime(random)}`;
    previous = at;
    return at;
  };
  const fate = random.weighted(FATES);
  const events: LifecycleEvent[] = [
    { type: 'acknowledge', at: after(random.chance(0.88) ? random.int(0, 2) : random.int(3, 7)) },
  ];
  if (fate === 'not_assessed') return events;
  events.push({ type: 'start_investigation', at: after(random.int(0, 2)) });
  if (fate === 'unfounded') {
    return [
      ...events,
      { type: 'mark_unfounded', at: after(random.int(1, 8)), reason: random.pick(UNFOUNDED_REASONS) },
    ];
  }
  if (fate === 'stalled') return events;
  if (random.chance(0.15)) {
    events.push({ type: 'pause_clock', at: after(random.int(0, 2)), reason: random.pick(PAUSE_REASONS) });
    events.push({ type: 'resume_clock', at: after(random.int(2, 8)) });
  }
  events.push({
    type: 'propose_solution',
    at: after(random.chance(0.85) ? random.int(2, 8) : random.int(9, 18)),
  });
  if (fate === 'rejected' || fate === 'second_proposal') {
    const alternatives = random.sample(ALTERNATIVES, random.int(1, 2));
    events.push({
      type: 'record_client_decision',
      at: after(random.int(1, 4)),
      accepted: false,
      alternatives,
    });
    if (fate === 'rejected') return events;
    events.push({ type: 'propose_solution', at: after(random.int(3, 10)) });
  }
  events.push({ type: 'record_client_decision', at: after(random.int(0, 3)), accepted: true });
  events.push({ type: 'resolve', at: after(random.int(1, 12)) });
  if (fate === 'no_follow_up') return events;
  events.push({
    type: 'record_follow_up',
    at: after(random.chance(0.85) ? random.int(4, 10) : random.int(11, 20)),
  });
  if (fate === 'not_closed') return events;
  events.push({ type: 'close', at: after(random.int(0, 3)) });
  return events;
}

/**
 * Plays one complaint's story through the lifecycle's own transitions, up to
 * `now`: events that would come later have not happened yet. So the state,
 * milestones, pauses and decision always agree with each other as the
 * lifecycle defines them, and old complaints are mostly closed while recent
 * ones are still open.
 */
export function demoTimeline(
  receivedAt: LocalDateTime,
  now: LocalDateTime,
  random: Random,
  calendar: WorkingCalendar,
): Timeline {
  let snapshot: LifecycleSnapshot = { receivedAt, state: 'received', milestones: {}, pauses: [] };
  const trail: LifecycleAuditEvent[] = [];
  for (const event of story(receivedAt, random, calendar)) {
    if (event.at > now) break;
    const result = transition(snapshot, event);
    if (!result.ok) throw new Error(`demo story broke the lifecycle: ${event.type} → ${result.error}`);
    snapshot = result.value;
    trail.push(result.audit);
  }
  return { snapshot, trail };
}
