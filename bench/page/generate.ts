import { ulid } from 'ulid';
import {
  CAUSES,
  CHANNELS,
  COMPLAINT_STATES,
  FEELINGS,
  formatProtocolCode,
  SEVERITIES,
  toLocalDateTime,
  yearOf,
  type Complaint,
  type ComplaintState,
  type Milestones,
} from '../../src/domain/complaint';
import * as words from './words';

type Random = () => number;

/** mulberry32: a tiny seeded PRNG, so every run and both engines store the same rows. */
function seeded(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: Random, values: readonly T[]): T {
  const value = values[Math.floor(random() * values.length)];
  if (value === undefined) throw new Error('pick from an empty list');
  return value;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** Fixed, so the rows do not depend on the day the bench runs. */
const FIRST_RECEIVED = new Date(2023, 0, 2, 9, 0).getTime();
const LAST_RECEIVED = new Date(2026, 3, 30, 18, 0).getTime();

function clientName(random: Random): string {
  // About a third of a studio's clients are businesses.
  return random() < 0.35
    ? `${pick(random, words.BUSINESSES)} ${pick(random, words.SURNAMES)} ${pick(random, words.LEGAL_FORMS)}`
    : `${pick(random, words.SURNAMES)} ${pick(random, words.FIRST_NAMES)}`;
}

/** The lifecycle path, and the milestone each step stamps (investigating stamps none). */
const PATH = COMPLAINT_STATES.slice(0, 7);
const MILESTONE_OF: Partial<Record<ComplaintState, keyof Milestones>> = {
  acknowledged: 'acknowledgedAt',
  solution_proposed: 'solutionProposedAt',
  resolved: 'resolvedAt',
  followed_up: 'followedUpAt',
  closed: 'closedAt',
};

type History = Pick<Complaint, 'state' | 'milestones' | 'decision' | 'unfoundedReason'> & { last: number };

/**
 * How far along its lifecycle a complaint is: the older (`age` near 1), the
 * further, so old complaints are mostly closed and the newest mostly just
 * received. Steps are a few days apart; from resolved on, a complaint carries
 * the client's acceptance, as the lifecycle requires.
 */
function history(random: Random, received: number, age: number): History {
  const unfounded = random() < 0.06 * age;
  const steps = unfounded ? 1 : Math.min(PATH.length - 1, Math.floor(age * random() * 1.6 * PATH.length));
  const milestones: { -readonly [K in keyof Milestones]: Milestones[K] } = {};
  let at = received;
  let decision: Complaint['decision'];
  for (const state of PATH.slice(1, steps + 1)) {
    at += Math.ceil(random() * 10) * DAY;
    const field = MILESTONE_OF[state];
    if (field) milestones[field] = toLocalDateTime(new Date(at));
    if (state === 'resolved') {
      decision = { accepted: true, at: toLocalDateTime(new Date(at)), alternatives: [] };
    }
  }
  const state = unfounded ? 'unfounded' : (PATH[steps] ?? 'received');
  return {
    state,
    milestones,
    last: at,
    ...(decision ? { decision } : {}),
    ...(unfounded ? { unfoundedReason: pick(random, words.UNFOUNDED_REASONS) } : {}),
  };
}

/**
 * `count` complaints received between January 2023 and April 2026 (or in `span`), in the
 * order the studio registered them, from about a third as many clients, with
 * per-year protocol codes and ULIDs stamped at registration, as
 * `registerComplaint` and the lifecycle would have left them.
 */
export function generateComplaints(
  count: number,
  seed = 2026,
  span: { readonly first: number; readonly last: number } = { first: FIRST_RECEIVED, last: LAST_RECEIVED },
): Complaint[] {
  const random = seeded(seed);
  const clients = Array.from({ length: Math.ceil(count / 3) }, () => ({
    id: ulid(FIRST_RECEIVED, random),
    name: clientName(random),
  }));
  const handlers = Array.from({ length: 4 }, () => ulid(FIRST_RECEIVED, random));
  const meanGap = (span.last - span.first) / count;
  const sequences = new Map<number, number>();
  const complaints: Complaint[] = [];
  let received = span.first;
  for (let i = 0; i < count; i += 1) {
    received += Math.round((random() * 2 * meanGap) / MINUTE) * MINUTE;
    const receivedAt = toLocalDateTime(new Date(received));
    const year = yearOf(receivedAt);
    const sequence = (sequences.get(year) ?? 0) + 1;
    sequences.set(year, sequence);
    const created = received + Math.round(random() * 2 * DAY);
    const client = pick(random, clients);
    const cause = pick(random, CAUSES);
    const { last, ...lifecycle } = history(random, received, 1 - i / count);
    complaints.push({
      id: ulid(created, random),
      code: formatProtocolCode(year, sequence),
      clientId: client.id,
      clientName: client.name,
      receivedAt,
      channel: pick(random, CHANNELS),
      cause,
      severity: pick(random, SEVERITIES),
      title: pick(random, words.TITLES[cause]),
      clientWords: pick(random, words.CLIENT_WORDS[cause]),
      expectation: pick(random, words.EXPECTATIONS),
      feelings: [{ feeling: pick(random, FEELINGS), intensity: pick(random, [1, 2, 3] as const) }],
      remedyRequested: pick(random, words.REMEDIES),
      handlerId: pick(random, handlers),
      pauses: [],
      ...lifecycle,
      createdAt: new Date(created).toISOString(),
      updatedAt: new Date(Math.max(created, last)).toISOString(),
    });
  }
  return complaints;
}
