import { encodeTime } from 'ulid';
import { isSilenceDays, longSilences, type ContactEvent, type LongSilence } from '../../domain/dashboard';
import { dateOf } from '../../domain/deadlines';
import { dayNumber, fromDayNumber } from '../../domain/deadlines/localDate';
import { DIMENSIONS } from '../../domain/quality';
import { surveyLevels, type Survey } from '../../domain/surveys';
import type { RiparoDb } from '../db';
import { newId } from '../ids';
import { getSetting, putSetting } from '../repositories/settings';

export type SilentSignal = 'detractor' | 'low_csat' | 'negative_gap' | 'broken_promise' | 'long_silence';

/** A client who showed dissatisfaction but never complained. */
export interface SilentClient {
  readonly clientId: string;
  readonly name: string;
  readonly phone: string;
  readonly signals: readonly SilentSignal[];
  /** The latest day a signal was seen, `YYYY-MM-DD`. */
  readonly lastSignal: string;
  /** With a long silence: the last day the studio and the client were in touch. */
  readonly lastContact?: string;
}

/** How far back the early warning looks. */
const LOOKBACK_DAYS = 365;

function surveySignals(s: Survey): SilentSignal[] {
  const signals: SilentSignal[] = [];
  if (s.nps <= 6) signals.push('detractor');
  if (s.csat <= 2) signals.push('low_csat');
  const negative = DIMENSIONS.some((d) => {
    const a = surveyLevels(s)[d];
    return a?.perceived !== undefined && a.expected !== undefined && a.perceived < a.expected;
  });
  if (negative) signals.push('negative_gap');
  return signals;
}

/** A complaint still being worked: its contacts are not silence. */
const ENDED_STATES = ['closed', 'unfounded'];

/** Each complaint's client, from the clientId index alone: no complaint is read. */
async function clientOfComplaint(db: RiparoDb): Promise<Map<string, string>> {
  const [clientKeys, complaintIds] = await Promise.all([
    db.complaints.orderBy('clientId').keys(),
    db.complaints.orderBy('clientId').primaryKeys(),
  ]);
  // The clientId index holds strings only.
  return new Map(complaintIds.map((id, i) => [id, clientKeys[i] as string]));
}

/**
 * Every day in the lookback window the studio and a client were in touch:
 * complaints received, contacts logged on them, calls made, surveys answered.
 * Only contacts written since the window opened are read: ids are ULIDs, so
 * their order is the order of writing.
 */
async function contactEvents(
  db: RiparoDb,
  clientOf: ReadonlyMap<string, string>,
  since: string,
  today: string,
  surveys: readonly Survey[],
): Promise<ContactEvent[]> {
  const [received, receivedIds, contacts, calls] = await Promise.all([
    db.complaints.where('receivedAt').between(since, `${today}T99:99`, true, true).keys(),
    db.complaints.where('receivedAt').between(since, `${today}T99:99`, true, true).primaryKeys(),
    db.contacts
      .where(':id')
      .aboveOrEqual(encodeTime(Date.parse(`${since}T00:00:00Z`), 10))
      .toArray(),
    db.followUpItems.where('status').equals('done').toArray(),
  ]);
  const events: ContactEvent[] = [];
  const add = (clientId: string | undefined, day: string) => {
    if (clientId && day >= since && day <= today) events.push({ clientId, day });
  };
  receivedIds.forEach((id, i) => add(clientOf.get(id), dateOf(received[i] as string)));
  for (const c of contacts) add(clientOf.get(c.complaintId), dateOf(c.at));
  for (const c of calls) if (c.doneOn) add(c.clientId, c.doneOn);
  for (const s of surveys) add(s.clientId, s.date);
  return events;
}

/**
 * The early warning (domain.md §8): clients with a detractor score, a low
 * CSAT, a perceived level below their expectation, or a broken promise in the
 * last year, who have no complaint on record, and clients whose silence (no
 * contact for the studio's `silenceDays`, see {@link longSilences}) became
 * long in the last year and who have no complaint open — among them those
 * who once complained and went quiet.
 * A client the studio has called since the latest signal drops out. Most
 * alarming (most signals, latest) first.
 */
export async function listSilentDissatisfaction(db: RiparoDb, today: string): Promise<SilentClient[]> {
  const since = fromDayNumber(dayNumber(today) - LOOKBACK_DAYS);
  const found = new Map<string, { signals: Set<SilentSignal>; last: string }>();
  const note = (clientId: string, signals: readonly SilentSignal[], day: string) => {
    if (signals.length === 0) return;
    const entry = found.get(clientId) ?? { signals: new Set<SilentSignal>(), last: '' };
    signals.forEach((s) => entry.signals.add(s));
    if (day > entry.last) entry.last = day;
    found.set(clientId, entry);
  };
  const [clientOf, openIds, silenceDays] = await Promise.all([
    clientOfComplaint(db),
    db.complaints.where('state').noneOf(ENDED_STATES).primaryKeys(),
    getSetting(db, 'silenceDays'),
  ]);
  // A silence that became long in the last year began up to silenceDays before it.
  const contactsSince = fromDayNumber(dayNumber(since) - silenceDays);
  const surveys = await db.surveys.where('date').between(contactsSince, today, true, true).toArray();
  for (const s of surveys) if (s.clientId && s.date >= since) note(s.clientId, surveySignals(s), s.date);
  const broken = await db.promises.where('brokenByComplaintIds').notEqual('').distinct().toArray();
  for (const p of broken) note(p.clientId, ['broken_promise'], p.updatedAt.slice(0, 10));
  const silences = new Map<string, LongSilence>();
  const events = await contactEvents(db, clientOf, contactsSince, today, surveys);
  for (const silence of longSilences(events, today, silenceDays)) {
    if (silence.since < since) continue;
    silences.set(silence.clientId, silence);
    note(silence.clientId, ['long_silence'], silence.since);
  }

  const ids = [...found.keys()];
  const complained = new Set(clientOf.values());
  const open = new Set(openIds.map((id) => clientOf.get(id)));
  const calls = await db.followUpItems.where('clientId').anyOf(ids).toArray();
  const lastCall = new Map<string, string>();
  for (const c of calls) {
    if (c.status === 'done' && c.clientId && c.doneOn && c.doneOn > (lastCall.get(c.clientId) ?? ''))
      lastCall.set(c.clientId, c.doneOn);
  }
  const eligible = (clientId: string) =>
    !complained.has(clientId) || (silences.has(clientId) && !open.has(clientId));
  const clients = await db.clients.bulkGet(ids);
  return clients
    .filter((c) => c !== undefined)
    .filter((c) => eligible(c.id))
    .flatMap((c) => {
      const entry = found.get(c.id);
      if (!entry || (lastCall.get(c.id) ?? '') >= entry.last) return [];
      const lastContact = silences.get(c.id)?.lastContact;
      return [
        {
          clientId: c.id,
          name: c.name,
          phone: c.phone,
          signals: [...entry.signals],
          lastSignal: entry.last,
          ...(lastContact !== undefined && { lastContact }),
        },
      ];
    })
    .sort((a, b) => b.signals.length - a.signals.length || b.lastSignal.localeCompare(a.lastSignal));
}

/**
 * Records that the studio called a client: the call is logged as a done
 * follow-up, and the client's open follow-ups are closed with the same outcome.
 */
export async function recordClientCall(
  db: RiparoDb,
  clientId: string,
  outcome: string,
  today: string,
  now: Date,
): Promise<void> {
  const stamp = now.toISOString();
  await db.transaction('rw', db.followUpItems, async () => {
    const open = await db.followUpItems.where('clientId').equals(clientId).toArray();
    for (const item of open.filter((i) => i.status === 'open')) {
      await db.followUpItems.update(item.id, { status: 'done', outcome, doneOn: today, updatedAt: stamp });
    }
    await db.followUpItems.add({
      id: newId(),
      reason: 'silent_call',
      clientId,
      openedOn: today,
      status: 'done',
      outcome,
      doneOn: today,
      createdAt: stamp,
      updatedAt: stamp,
    });
  });
}

/** Sets how many days without contact make a long silence; false (nothing saved) when out of range. */
export async function saveSilenceDays(db: RiparoDb, days: number): Promise<boolean> {
  if (!isSilenceDays(days)) return false;
  await putSetting(db, 'silenceDays', days);
  return true;
}
