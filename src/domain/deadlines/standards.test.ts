import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from './calendar';
import type { ComplaintClocks } from './standards';
import { DEFAULT_STANDARDS, clocksOf, evaluateStandards } from './standards';
import { italianPublicHolidays } from './italianHolidays';

const italy = createWorkingCalendar({ publicHolidays: italianPublicHolidays });
// Received Monday 2 March 2026. With the defaults the acknowledgement is due
// Wed 4 March, the answer Mon 16 March, the resolution Tue 14 April (Easter
// Monday skipped).
const received: ComplaintClocks = { receivedAt: '2026-03-02T09:00', pauses: [] };

const evaluate = (clocks: ComplaintClocks, today: string) =>
  evaluateStandards(clocks, DEFAULT_STANDARDS, italy, today);

describe('DEFAULT_STANDARDS', () => {
  it('are 2, 10, 30 and 10 working days', () => {
    expect(DEFAULT_STANDARDS).toEqual({
      acknowledgeDays: 2,
      respondDays: 10,
      resolveDays: 30,
      followUpDays: 10,
    });
  });
});

describe('evaluateStandards', () => {
  it('makes a Friday 3 April 2026 complaint with a one-day standard due on Tuesday 7 April', () => {
    const result = evaluateStandards(
      { receivedAt: '2026-04-03T16:00', pauses: [] },
      { ...DEFAULT_STANDARDS, acknowledgeDays: 1 },
      italy,
      '2026-04-03',
    );
    expect(result.acknowledge).toEqual({ status: 'on_time', dueDate: '2026-04-07', workingDaysLeft: 1 });
  });

  it('reports every standard met, with the working days each milestone took', () => {
    const clocks = {
      ...received,
      acknowledgedAt: '2026-03-03T10:00',
      respondedAt: '2026-03-10T10:00',
      resolvedAt: '2026-03-20T12:00',
      followedUpAt: '2026-03-27T12:00',
    };
    expect(evaluate(clocks, '2026-04-30')).toEqual({
      acknowledge: { status: 'met', dueDate: '2026-03-04', workingDaysTaken: 1 },
      respond: { status: 'met', dueDate: '2026-03-16', workingDaysTaken: 6 },
      resolve: { status: 'met', dueDate: '2026-04-14', workingDaysTaken: 14 },
      followUp: { status: 'met', dueDate: '2026-04-03', workingDaysTaken: 5 },
    });
  });

  it('counts a milestone reached on its due date as met', () => {
    const result = evaluate({ ...received, acknowledgedAt: '2026-03-04T18:30' }, '2026-03-05');
    expect(result.acknowledge.status).toBe('met');
  });

  it('reports a milestone reached late as missed, by how many working days', () => {
    const result = evaluate({ ...received, acknowledgedAt: '2026-03-06T09:00' }, '2026-03-06');
    expect(result.acknowledge).toEqual({
      status: 'missed',
      dueDate: '2026-03-04',
      workingDaysLate: 2,
      workingDaysTaken: 4,
    });
  });

  it('tells an open standard on time, due today, or overdue', () => {
    expect(evaluate(received, '2026-03-03').acknowledge).toEqual({
      status: 'on_time',
      dueDate: '2026-03-04',
      workingDaysLeft: 1,
    });
    expect(evaluate(received, '2026-03-04').acknowledge).toEqual({
      status: 'due_today',
      dueDate: '2026-03-04',
      workingDaysLeft: 0,
    });
    expect(evaluate(received, '2026-03-09').acknowledge).toEqual({
      status: 'overdue',
      dueDate: '2026-03-04',
      workingDaysLate: 3,
    });
  });

  it('calls a deadline passed on Friday at least one day late on Saturday', () => {
    const result = evaluate({ receivedAt: '2026-03-04T09:00', pauses: [] }, '2026-03-07');
    expect(result.acknowledge).toEqual({ status: 'overdue', dueDate: '2026-03-06', workingDaysLate: 1 });
  });

  it('starts the follow-up clock only at resolution', () => {
    expect(evaluate(received, '2026-03-03').followUp).toEqual({ status: 'not_started' });
    const resolved = { ...received, resolvedAt: '2026-03-20T12:00' };
    expect(evaluate(resolved, '2026-03-25').followUp).toEqual({
      status: 'on_time',
      dueDate: '2026-04-03',
      workingDaysLeft: 7,
    });
  });

  it('has no due date while an open pause holds the clock', () => {
    const result = evaluate({ ...received, pauses: [{ from: '2026-03-03T10:00' }] }, '2026-03-20');
    expect(result.acknowledge).toEqual({ status: 'paused' });
    expect(result.resolve).toEqual({ status: 'paused' });
  });

  it('moves the due dates by the working days spent paused once the clock runs again', () => {
    const pauses = [{ from: '2026-03-03T10:00', to: '2026-03-06T12:00' }];
    const result = evaluate({ ...received, pauses }, '2026-03-06');
    expect(result.acknowledge).toEqual({ status: 'on_time', dueDate: '2026-03-09', workingDaysLeft: 1 });
    expect(result.respond.dueDate).toBe('2026-03-19');
  });

  it('leaves a reached milestone alone when the clock is paused afterwards', () => {
    const clocks = {
      ...received,
      acknowledgedAt: '2026-03-03T10:00',
      pauses: [{ from: '2026-03-03T11:00', to: '2026-03-10T09:00' }],
    };
    const result = evaluate(clocks, '2026-03-10');
    expect(result.acknowledge.dueDate).toBe('2026-03-04');
    expect(result.respond.dueDate).toBe('2026-03-23');
  });

  it('does not let a pause started after the deadline hide the lateness', () => {
    const result = evaluate({ ...received, pauses: [{ from: '2026-03-05T10:00' }] }, '2026-03-10');
    expect(result.acknowledge).toEqual({ status: 'overdue', dueDate: '2026-03-04', workingDaysLate: 4 });
  });

  it('ends a pause still open when the milestone was reached', () => {
    const clocks = {
      ...received,
      acknowledgedAt: '2026-03-09T09:00',
      pauses: [{ from: '2026-03-03T10:00' }],
    };
    expect(evaluate(clocks, '2026-03-09').acknowledge).toEqual({
      status: 'met',
      dueDate: '2026-03-10',
      workingDaysTaken: 1,
    });
  });
});

describe('clocksOf', () => {
  it('reads the first proposal as the answer and passes the other milestones through', () => {
    const clocks = clocksOf({
      receivedAt: '2026-03-02T09:00',
      state: 'solution_proposed',
      milestones: { acknowledgedAt: '2026-03-03T10:00', solutionProposedAt: '2026-03-10T10:00' },
      pauses: [{ from: '2026-03-04T10:00', to: '2026-03-05T10:00', reason: 'documenti' }],
    });
    expect(clocks).toEqual({
      receivedAt: '2026-03-02T09:00',
      acknowledgedAt: '2026-03-03T10:00',
      respondedAt: '2026-03-10T10:00',
      pauses: [{ from: '2026-03-04T10:00', to: '2026-03-05T10:00', reason: 'documenti' }],
    });
  });

  it('counts the reasons given for an unfounded complaint as its answer and drops the later standards', () => {
    const clocks = clocksOf({
      receivedAt: '2026-03-02T09:00',
      state: 'unfounded',
      milestones: { acknowledgedAt: '2026-03-03T10:00', closedAt: '2026-03-05T10:00' },
      pauses: [],
    });
    expect(evaluate(clocks, '2026-06-01')).toEqual({
      acknowledge: { status: 'met', dueDate: '2026-03-04', workingDaysTaken: 1 },
      respond: { status: 'met', dueDate: '2026-03-16', workingDaysTaken: 3 },
      resolve: { status: 'not_applicable' },
      followUp: { status: 'not_applicable' },
    });
  });
});
