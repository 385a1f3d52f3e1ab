import { describe, expect, it } from 'vitest';
import type { LifecycleEvent, LifecycleSnapshot } from './events';
import { allowedEvents, isClockPaused, transition } from './transition';

const received: LifecycleSnapshot = {
  receivedAt: '2026-03-02T09:00',
  state: 'received',
  milestones: {},
  pauses: [],
};

/** Applies events in order, failing the test on the first refused one. */
function run(events: readonly LifecycleEvent[], from: LifecycleSnapshot = received): LifecycleSnapshot {
  return events.reduce((snapshot, event) => {
    const result = transition(snapshot, event);
    if (!result.ok) throw new Error(`${event.type} refused: ${result.error}`);
    return result.value;
  }, from);
}

const investigating = run([
  { type: 'acknowledge', at: '2026-03-02T10:00' },
  { type: 'start_investigation', at: '2026-03-03T09:00' },
]);
const proposed = run([{ type: 'propose_solution', at: '2026-03-05T09:00' }], investigating);

describe('transition', () => {
  it('walks a complaint from receipt to closing, recording each milestone', () => {
    const closed = run(
      [
        { type: 'record_client_decision', at: '2026-03-06T09:00', accepted: true },
        { type: 'resolve', at: '2026-03-10T09:00' },
        { type: 'record_follow_up', at: '2026-03-17T09:00' },
        { type: 'close', at: '2026-03-17T10:00' },
      ],
      proposed,
    );
    expect(closed).toEqual({
      receivedAt: '2026-03-02T09:00',
      state: 'closed',
      milestones: {
        acknowledgedAt: '2026-03-02T10:00',
        solutionProposedAt: '2026-03-05T09:00',
        resolvedAt: '2026-03-10T09:00',
        followedUpAt: '2026-03-17T09:00',
        closedAt: '2026-03-17T10:00',
      },
      pauses: [],
      decision: { accepted: true, at: '2026-03-06T09:00', alternatives: [] },
    });
  });

  it('returns an audit event with the states on either side and no personal text', () => {
    const result = transition(received, { type: 'acknowledge', at: '2026-03-02T10:00' });
    expect(result).toMatchObject({
      ok: true,
      audit: { type: 'acknowledge', from: 'received', to: 'acknowledged', at: '2026-03-02T10:00' },
    });
  });

  it('refuses an event the current state does not allow', () => {
    expect(transition(received, { type: 'resolve', at: '2026-03-02T10:00' })).toEqual({
      ok: false,
      error: 'lifecycle.notAllowed',
    });
    expect(transition(investigating, { type: 'acknowledge', at: '2026-03-04T10:00' })).toEqual({
      ok: false,
      error: 'lifecycle.notAllowed',
    });
  });

  it('resolves only after the client accepts the proposal', () => {
    expect(transition(proposed, { type: 'resolve', at: '2026-03-06T09:00' })).toEqual({
      ok: false,
      error: 'lifecycle.notAllowed',
    });
  });

  it('sends a rejected proposal back to analysis and records the alternatives offered', () => {
    const result = transition(proposed, {
      type: 'record_client_decision',
      at: '2026-03-06T09:00',
      accepted: false,
      alternatives: ['mediation', 'owner_review', 'mediation'],
    });
    expect(result).toEqual({
      ok: true,
      value: {
        ...proposed,
        state: 'investigating',
        decision: { accepted: false, at: '2026-03-06T09:00', alternatives: ['owner_review', 'mediation'] },
      },
      audit: {
        type: 'record_client_decision',
        from: 'solution_proposed',
        to: 'investigating',
        at: '2026-03-06T09:00',
        decision: { accepted: false, alternatives: ['owner_review', 'mediation'] },
      },
    });
  });

  it('keeps the first proposal as the answer when a new one follows a rejection', () => {
    const reproposed = run(
      [
        {
          type: 'record_client_decision',
          at: '2026-03-06T09:00',
          accepted: false,
          alternatives: ['professional_body'],
        },
        { type: 'propose_solution', at: '2026-03-12T09:00' },
        { type: 'record_client_decision', at: '2026-03-13T09:00', accepted: true },
      ],
      proposed,
    );
    expect(reproposed.milestones.solutionProposedAt).toBe('2026-03-05T09:00');
    expect(reproposed.decision).toEqual({ accepted: true, at: '2026-03-13T09:00', alternatives: [] });
    expect(allowedEvents(reproposed)).toContain('resolve');
  });

  it('requires at least one alternative with a rejection and ignores them with an acceptance', () => {
    expect(
      transition(proposed, { type: 'record_client_decision', at: '2026-03-06T09:00', accepted: false }),
    ).toEqual({ ok: false, error: 'lifecycle.alternativesRequired' });
    const accepted = run(
      [
        {
          type: 'record_client_decision',
          at: '2026-03-06T09:00',
          accepted: true,
          alternatives: ['mediation'],
        },
      ],
      proposed,
    );
    expect(accepted.decision?.alternatives).toEqual([]);
  });

  it('closes a complaint as unfounded with its trimmed reason, after acknowledging it', () => {
    const result = transition(investigating, {
      type: 'mark_unfounded',
      at: '2026-03-04T09:00',
      reason: '  Fuori incarico ',
    });
    expect(result).toEqual({
      ok: true,
      value: {
        ...investigating,
        state: 'unfounded',
        unfoundedReason: 'Fuori incarico',
        milestones: { ...investigating.milestones, closedAt: '2026-03-04T09:00' },
      },
      audit: { type: 'mark_unfounded', from: 'investigating', to: 'unfounded', at: '2026-03-04T09:00' },
    });
    expect(transition(received, { type: 'mark_unfounded', at: '2026-03-04T09:00', reason: 'x' })).toEqual({
      ok: false,
      error: 'lifecycle.notAllowed',
    });
  });

  it('requires a reason to mark a complaint unfounded or to pause the clock', () => {
    const blank = [
      { type: 'mark_unfounded', at: '2026-03-04T09:00', reason: '   ' },
      { type: 'pause_clock', at: '2026-03-04T09:00', reason: '' },
    ] as const;
    for (const event of blank) {
      expect(transition(investigating, event)).toEqual({ ok: false, error: 'lifecycle.reasonRequired' });
    }
  });

  it('pauses and resumes the clock without changing the state', () => {
    const pausedResult = transition(investigating, {
      type: 'pause_clock',
      at: '2026-03-04T09:00',
      reason: ' Documenti ',
    });
    expect(pausedResult).toMatchObject({
      ok: true,
      audit: { type: 'pause_clock', from: 'investigating', to: 'investigating', at: '2026-03-04T09:00' },
    });
    const paused = run([{ type: 'pause_clock', at: '2026-03-04T09:00', reason: 'Documenti' }], investigating);
    expect(isClockPaused(paused)).toBe(true);
    const resumed = run([{ type: 'resume_clock', at: '2026-03-09T11:00' }], paused);
    expect(resumed.pauses).toEqual([
      { from: '2026-03-04T09:00', to: '2026-03-09T11:00', reason: 'Documenti' },
    ]);
    expect(isClockPaused(resumed)).toBe(false);
  });

  it('allows only resuming while the clock is paused', () => {
    const paused = run([{ type: 'pause_clock', at: '2026-03-04T09:00', reason: 'Documenti' }], investigating);
    expect(allowedEvents(paused)).toEqual(['resume_clock']);
    expect(transition(paused, { type: 'propose_solution', at: '2026-03-05T09:00' })).toEqual({
      ok: false,
      error: 'lifecycle.notAllowed',
    });
    expect(transition(investigating, { type: 'resume_clock', at: '2026-03-05T09:00' })).toEqual({
      ok: false,
      error: 'lifecycle.notAllowed',
    });
  });

  it('refuses a malformed time or one earlier than what is on record', () => {
    expect(transition(received, { type: 'acknowledge', at: '2026-02-30T10:00' })).toEqual({
      ok: false,
      error: 'lifecycle.invalidTime',
    });
    expect(transition(received, { type: 'acknowledge', at: '2026-03-01T10:00' })).toEqual({
      ok: false,
      error: 'lifecycle.timeBeforePrevious',
    });
    expect(transition(investigating, { type: 'propose_solution', at: '2026-03-02T09:59' })).toEqual({
      ok: false,
      error: 'lifecycle.timeBeforePrevious',
    });
    expect(transition(received, { type: 'acknowledge', at: '2026-03-02T09:00' }).ok).toBe(true);
  });

  it('leaves the snapshot it was given untouched', () => {
    const frozen = Object.freeze({ ...investigating, pauses: Object.freeze([...investigating.pauses]) });
    run([{ type: 'pause_clock', at: '2026-03-04T09:00', reason: 'Documenti' }], frozen);
    expect(frozen.pauses).toEqual([]);
    expect(frozen.state).toBe('investigating');
  });
});

describe('allowedEvents', () => {
  it.each<[string, LifecycleSnapshot, string[]]>([
    ['received', received, ['acknowledge', 'pause_clock']],
    [
      'acknowledged',
      run([{ type: 'acknowledge', at: '2026-03-02T10:00' }]),
      ['start_investigation', 'mark_unfounded', 'pause_clock'],
    ],
    ['investigating', investigating, ['propose_solution', 'mark_unfounded', 'pause_clock']],
    ['solution proposed, awaiting the client', proposed, ['record_client_decision', 'pause_clock']],
    ['resolved', { ...proposed, state: 'resolved' }, ['record_follow_up', 'pause_clock']],
    ['followed up', { ...proposed, state: 'followed_up' }, ['close']],
    ['closed', { ...proposed, state: 'closed' }, []],
    ['unfounded', { ...investigating, state: 'unfounded' }, []],
  ])('offers only the valid actions when %s', (_name, snapshot, expected) => {
    expect(allowedEvents(snapshot)).toEqual(expected);
  });
});
