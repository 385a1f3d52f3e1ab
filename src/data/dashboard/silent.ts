import { dayNumber, fromDayNumber } from '../../domain/deadlines/localDate';
import { DIMENSIONS } from '../../domain/quality';
import type { Survey } from '../../domain/surveys';
import type { RiparoDb } from '../db';
import { newId } from '../ids';

export type SilentSignal = 'detractor' | 'low_csat' | 'negative_gap' | 'broken_promise';

/** A client who showed dissatisfaction but never complained. */
export interface SilentClient {
  readonly clientId: string;
  readonly name: string;
  readonly phone: string;
  readonly signals: readonly SilentSignal[];
  /** The latest day a signal was seen, `YYYY-MM-DD`. */
  readonly lastSignal: string;
}

/** How far back the early warning looks. */
const LOOKBACK_DAYS = 365;

function surveySignals(s: Survey): SilentSignal[] {
  const signals: SilentSignal[] = [];
  if (s.nps <= 6) signals.push('detractor');
  if (s.csat <= 2) signals.push('low_csat');
  const negative = DIMENSIONS.some((d) => {
    const a = s.dimensions[d];
    return a?.perceived !== undefined && a.expected !== undefined && a.perceived < a.expected;
  });
  if (negative) signals.push('negative_gap');
  return signals;
}

/**
 * The early warning (domain.md §8): clients with a detractor score, a low
 * CSAT, a perceived level below their expectation, or a broken promise in the
 * last year, who have no complaint on record and whom the studio has not
 * called since the latest signal. Most alarming (most signals, latest) first.
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
  const surveys = await db.surveys.where('date').between(since, today, true, true).toArray();
  for (const s of surveys) if (s.clientId) note(s.clientId, surveySignals(s), s.date);
  const broken = await db.promises.where('brokenByComplaintIds').notEqual('').distinct().toArray();
  for (const p of broken) note(p.clientId, ['broken_promise'], p.updatedAt.slice(0, 10));

  const ids = [...found.keys()];
  const complained = new Set((await db.complaints.where('clientId').anyOf(ids).keys()).map(String));
  const calls = await db.followUpItems.where('clientId').anyOf(ids).toArray();
  const lastCall = new Map<string, string>();
  for (const c of calls) {
    if (c.status === 'done' && c.clientId && c.doneOn && c.doneOn > (lastCall.get(c.clientId) ?? ''))
      lastCall.set(c.clientId, c.doneOn);
  }
  const clients = await db.clients.bulkGet(ids);
  return clients
    .filter((c) => c !== undefined)
    .filter((c) => !complained.has(c.id))
    .flatMap((c) => {
      const entry = found.get(c.id);
      if (!entry || (lastCall.get(c.id) ?? '') >= entry.last) return [];
      return [
        { clientId: c.id, name: c.name, phone: c.phone, signals: [...entry.signals], lastSignal: entry.last },
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
