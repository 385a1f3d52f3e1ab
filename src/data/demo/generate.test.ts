import { describe, expect, it } from 'vitest';
import { CAUSES, COMPLAINT_STATES, SEVERITIES, toLocalDateTime } from '../../domain/complaint';
import { generateDemoRegister, DEFAULT_DEMO_OPTIONS, type DemoComplaint } from './generate';
import { italianPublicHolidays } from '../../domain/deadlines/italianHolidays';

const now = new Date(2026, 10, 20, 16, 30);
const register = generateDemoRegister(now, italianPublicHolidays);
const nowLocal = toLocalDateTime(now);

/** Which milestones each state must have (true) or must not have (false). */
const MILESTONES_BY_STATE = {
  received: {
    acknowledgedAt: false,
    solutionProposedAt: false,
    resolvedAt: false,
    followedUpAt: false,
    closedAt: false,
  },
  acknowledged: {
    acknowledgedAt: true,
    solutionProposedAt: false,
    resolvedAt: false,
    followedUpAt: false,
    closedAt: false,
  },
  investigating: { acknowledgedAt: true, resolvedAt: false, followedUpAt: false, closedAt: false },
  solution_proposed: {
    acknowledgedAt: true,
    solutionProposedAt: true,
    resolvedAt: false,
    followedUpAt: false,
    closedAt: false,
  },
  resolved: {
    acknowledgedAt: true,
    solutionProposedAt: true,
    resolvedAt: true,
    followedUpAt: false,
    closedAt: false,
  },
  followed_up: {
    acknowledgedAt: true,
    solutionProposedAt: true,
    resolvedAt: true,
    followedUpAt: true,
    closedAt: false,
  },
  closed: {
    acknowledgedAt: true,
    solutionProposedAt: true,
    resolvedAt: true,
    followedUpAt: true,
    closedAt: true,
  },
  unfounded: {
    acknowledgedAt: true,
    solutionProposedAt: false,
    resolvedAt: false,
    followedUpAt: false,
    closedAt: true,
  },
} as const;

const ageInDays = (c: DemoComplaint) => (now.getTime() - new Date(c.receivedAt).getTime()) / 86_400_000;

describe('the demo register generator', () => {
  it('gives the same register for the same seed and day, and another for another seed', () => {
    expect(generateDemoRegister(now, italianPublicHolidays)).toEqual(register);
    const other = generateDemoRegister(now, italianPublicHolidays, { ...DEFAULT_DEMO_OPTIONS, seed: 7 });
    expect(other.complaints.map((c) => c.title)).not.toEqual(register.complaints.map((c) => c.title));
  });

  it('makes a few hundred complaints over the last two years, oldest first, all marked as demo', () => {
    const { complaints } = register;
    expect(complaints).toHaveLength(DEFAULT_DEMO_OPTIONS.complaints);
    expect(complaints.map((c) => c.receivedAt)).toEqual(complaints.map((c) => c.receivedAt).sort());
    expect(Math.max(...complaints.map(ageInDays))).toBeLessThanOrEqual(731);
    expect(Math.max(...complaints.map(ageInDays))).toBeGreaterThan(600);
    expect(complaints.every((c) => c.receivedAt <= nowLocal && c.demo === 1)).toBe(true);
    const everyRecord = [
      ...register.clients,
      ...register.staff,
      ...register.serviceAreas,
      ...register.subCauses,
    ];
    expect(everyRecord.every((r) => r.demo === 1)).toBe(true);
    expect(new Set(complaints.map((c) => c.id)).size).toBe(complaints.length);
  });

  it('spreads complaints over every cause, state and severity, and many channels', () => {
    const { complaints } = register;
    expect(new Set(complaints.map((c) => c.cause))).toEqual(new Set(CAUSES));
    expect(new Set(complaints.map((c) => c.state))).toEqual(new Set(COMPLAINT_STATES));
    expect(new Set(complaints.map((c) => c.severity))).toEqual(new Set(SEVERITIES));
    expect(new Set(complaints.map((c) => c.channel)).size).toBeGreaterThanOrEqual(6);
    const other = complaints.filter((c) => c.cause === 'other').length;
    expect(other / complaints.length).toBeLessThan(0.15);
  });

  it('has people and companies as clients, and points only at records it made', () => {
    const { clients, complaints, staff, serviceAreas, subCauses } = register;
    expect(clients).toHaveLength(DEFAULT_DEMO_OPTIONS.clients);
    expect(new Set(clients.map((c) => c.name)).size).toBe(clients.length);
    expect(clients.filter((c) => c.kind === 'company').length).toBeGreaterThan(30);
    expect(clients.filter((c) => c.kind === 'person').length).toBeGreaterThan(50);
    expect(clients.every((c) => c.email === '' || c.email.endsWith('example.com'))).toBe(true);
    const ids = (list: readonly { id: string }[]) => new Set(list.map((r) => r.id));
    const [clientIds, staffIds, areaIds] = [ids(clients), ids(staff), ids(serviceAreas)];
    for (const c of complaints) {
      expect(clientIds.has(c.clientId)).toBe(true);
      expect(clients.find((client) => client.id === c.clientId)?.name).toBe(c.clientName);
      if (c.handlerId) expect(staffIds.has(c.handlerId)).toBe(true);
      if (c.serviceAreaId) expect(areaIds.has(c.serviceAreaId)).toBe(true);
      if (c.subCauseId) expect(subCauses.find((s) => s.id === c.subCauseId)?.cause).toBe(c.cause);
      expect(c.title).not.toContain('{year}');
      if (c.title.includes('730'))
        expect(clients.find((client) => client.id === c.clientId)?.kind).toBe('person');
    }
  });

  it('gives each state exactly the milestones it implies, in time order and not in the future', () => {
    for (const c of register.complaints) {
      for (const [milestone, present] of Object.entries(MILESTONES_BY_STATE[c.state])) {
        expect(milestone in c.milestones, `${c.state} ${milestone}`).toBe(present);
      }
      const { acknowledgedAt, solutionProposedAt, resolvedAt, followedUpAt, closedAt } = c.milestones;
      const times = [
        c.receivedAt,
        acknowledgedAt,
        solutionProposedAt,
        resolvedAt,
        followedUpAt,
        closedAt,
      ].filter((t) => t !== undefined);
      expect(times).toEqual([...times].sort());
      expect(times.every((t) => t <= nowLocal)).toBe(true);
      if (['resolved', 'followed_up', 'closed'].includes(c.state)) expect(c.decision?.accepted).toBe(true);
      expect(c.state === 'unfounded').toBe(Boolean(c.unfoundedReason));
      if (c.decision?.accepted === false) expect(c.decision.alternatives.length).toBeGreaterThan(0);
      for (const pause of c.pauses) expect(pause.from >= (acknowledgedAt ?? c.receivedAt)).toBe(true);
    }
  });

  it('leaves old complaints mostly finished and recent ones mostly open', () => {
    const done = new Set(['resolved', 'followed_up', 'closed', 'unfounded']);
    const share = (list: DemoComplaint[]) => list.filter((c) => done.has(c.state)).length / list.length;
    expect(share(register.complaints.filter((c) => ageInDays(c) > 120))).toBeGreaterThan(0.8);
    expect(share(register.complaints.filter((c) => ageInDays(c) < 10))).toBeLessThan(0.2);
  });

  it('writes an audit trail that starts with the registration and ends in the complaint’s state', () => {
    for (const c of register.complaints) {
      const trail = register.auditEvents.filter((e) => e.entityId === c.id);
      expect(trail[0]?.type).toBe('complaint.registered');
      expect(trail.at(-1)?.to).toBe(c.state);
      expect(trail.map((e) => e.id)).toEqual(trail.map((e) => e.id).sort());
    }
  });
});
