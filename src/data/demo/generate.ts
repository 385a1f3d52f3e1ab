import { ulid } from 'ulid';
import type { Client } from '../../domain/client/client';
import { toLocalDateTime, type Cause, type Complaint, type FeelingIntensity } from '../../domain/complaint';
import { createWorkingCalendar, dateOf, type LocalDate } from '../../domain/deadlines';
import type { ServiceArea, StaffMember, SubCause } from '../../domain/settings';
import type { AuditEventRow } from '../db';
import { demoClients } from './people';
import { seededRandom, type Random } from './random';
import { CONTACT_SCENARIOS } from './scenariosContact';
import { MONEY_SCENARIOS } from './scenariosMoney';
import { QUALITY_SCENARIOS } from './scenariosQuality';
import { CHANNEL_WEIGHTS, DEMO_SERVICE_AREAS, DEMO_STAFF, DEMO_SUB_CAUSES, type Scenario } from './studio';
import { demoTimeline, officeTime } from './timeline';

/** A demo complaint before it is numbered: protocol codes come from the register's counters when loaded. */
export type DemoComplaint = Omit<Complaint, 'code'>;

/** Everything the demo register adds, each record marked `demo: 1`. */
export interface DemoRegister {
  readonly staff: readonly StaffMember[];
  readonly serviceAreas: readonly ServiceArea[];
  readonly subCauses: readonly SubCause[];
  readonly clients: readonly Client[];
  /** In order of receipt, oldest first. */
  readonly complaints: readonly DemoComplaint[];
  /** Each complaint's registration and the lifecycle steps it went through. */
  readonly auditEvents: readonly AuditEventRow[];
}

export interface DemoOptions {
  readonly seed: number;
  readonly complaints: number;
  readonly clients: number;
}

export const DEFAULT_DEMO_OPTIONS: DemoOptions = { seed: 20240517, complaints: 320, clients: 130 };

const DAY_MS = 86_400_000;
const SCENARIOS: readonly Scenario[] = [...QUALITY_SCENARIOS, ...CONTACT_SCENARIOS, ...MONEY_SCENARIOS];

/** How often each cause comes up: quality and communication lead, "other" stays rare. */
const CAUSE_WEIGHTS: readonly (readonly [Cause, number])[] = [
  ['quality', 26],
  ['communication', 24],
  ['pricing', 14],
  ['after_sales', 10],
  ['personalization', 11],
  ['profit_orientation', 7],
  ['other', 3],
];

/** Which staff member usually handles complaints about each area (indexes into DEMO_STAFF). */
const HANDLERS_BY_AREA: Record<(typeof DEMO_SERVICE_AREAS)[number], readonly number[]> = {
  'Contabilità e bilanci': [0, 1],
  'Dichiarazioni dei redditi': [1, 5],
  'Paghe e contributi': [3],
  'Consulenza societaria': [0],
  'Contenzioso tributario': [2],
  'Contratti e recupero crediti': [2],
  'Successioni e donazioni': [1, 2],
};

/** Fewer complaints in August and at Christmas, more around the June and November tax deadlines. */
const MONTH_WEIGHT = [1, 0.9, 1, 1, 1.1, 1.4, 1.2, 0.4, 1, 1, 1.3, 0.8] as const;

/**
 * When a complaint arrived: any day of the last two years, weighted by the
 * season and growing towards today (a studio records more once the habit
 * takes), mostly in office hours on weekdays.
 */
function receiptTime(random: Random, now: Date): string {
  for (;;) {
    const age = random.next();
    const at = new Date(now.getTime() - age * 730 * DAY_MS);
    const weight = (MONTH_WEIGHT[at.getMonth()] ?? 1) * (1.2 - 0.5 * age);
    if (random.next() * 1.7 > weight) continue;
    const weekend = at.getDay() === 0 || at.getDay() === 6;
    if (weekend && random.chance(0.8)) continue;
    const local = `${dateOf(toLocalDateTime(at))}T${weekend ? `${random.int(10, 21)}:05` : officeTime(random)}`;
    if (local < toLocalDateTime(now)) return local;
  }
}

/** The instant of a local date-time, for `createdAt`/`updatedAt`. */
function instantOf(local: string): Date {
  const [y, m, d, hh, mm] = local.split(/[-T:]/).map(Number) as [number, number, number, number, number];
  return new Date(y, m - 1, d, hh, mm);
}

/**
 * Generates the demo register of a firm of commercialisti: its staff, service
 * areas and sub-causes, about a hundred fictitious clients, and a few hundred
 * complaints over the last two years whose states and milestones follow a
 * plausible timeline up to `now`. The same options and `now` always give the
 * same register; ids are ULIDs stamped with each record's own time.
 */
export function generateDemoRegister(
  now: Date,
  publicHolidays: (year: number) => readonly LocalDate[],
  options: DemoOptions = DEFAULT_DEMO_OPTIONS,
): DemoRegister {
  const random = seededRandom(options.seed);
  const idAt = (time: number) => ulid(time, random.next);
  const start = new Date(now.getTime() - 730 * DAY_MS);
  const stamp = (date: Date) => ({ createdAt: date.toISOString(), updatedAt: date.toISOString() });
  const entry = { active: true, demo: 1 as const, ...stamp(start) };

  const staff = DEMO_STAFF.map((s) => ({ id: idAt(start.getTime()), ...s, ...entry }));
  const serviceAreas = DEMO_SERVICE_AREAS.map((name) => ({ id: idAt(start.getTime()), name, ...entry }));
  const subCauses = Object.entries(DEMO_SUB_CAUSES).flatMap(([cause, names]) =>
    names.map((name) => ({ id: idAt(start.getTime()), cause, name, ...entry }) as SubCause),
  );
  const clients: Client[] = demoClients(random, options.clients).map((client) => {
    const since = new Date(start.getTime() - random.int(180, 5000) * DAY_MS);
    return {
      ...client,
      id: idAt(start.getTime()),
      clientSince: dateOf(toLocalDateTime(since)),
      demo: 1,
      ...stamp(start),
    };
  });

  // Sorted once: at bench scale (100,000 complaints) filtering per complaint would dominate.
  const clientsOfKind: Record<Client['kind'], Client[]> = {
    person: clients.filter((c) => c.kind === 'person'),
    company: clients.filter((c) => c.kind === 'company'),
  };
  const calendar = createWorkingCalendar({ publicHolidays });
  const nowLocal = toLocalDateTime(now);
  const areaId = new Map(serviceAreas.map((a) => [a.name, a.id]));
  const subCauseId = new Map(subCauses.map((s) => [`${s.cause}/${s.name}`, s.id]));
  const receipts = Array.from({ length: options.complaints }, () => receiptTime(random, now)).sort();

  const auditEvents: AuditEventRow[] = [];
  const complaints = receipts.map((receivedAt): DemoComplaint => {
    const cause = random.weighted(CAUSE_WEIGHTS);
    const scenario = random.pick(SCENARIOS.filter((s) => s.cause === cause));
    // A few clients complain again and again; most only once.
    const pool = scenario.clientKind ? clientsOfKind[scenario.clientKind] : clients;
    const client = pool[Math.floor(pool.length * random.next() ** 1.6)] ?? random.pick(pool);
    const { snapshot, trail } = demoTimeline(receivedAt, nowLocal, random, calendar);
    const channels = CHANNEL_WEIGHTS.filter(([channel]) => scenario.channels.includes(channel));
    const handler = staff[random.pick(HANDLERS_BY_AREA[scenario.area])];
    const actor = snapshot.state !== 'received' || random.chance(0.6) ? handler : undefined;
    const subCause = scenario.subCause && subCauseId.get(`${scenario.cause}/${scenario.subCause}`);
    const taxYear = String(Number(receivedAt.slice(0, 4)) - 1);
    const received = instantOf(receivedAt);
    const id = idAt(received.getTime());
    const by = actor ? { actorId: actor.id } : {};
    auditEvents.push({
      id: idAt(received.getTime()),
      entityId: id,
      at: received.toISOString(),
      type: 'complaint.registered',
      to: 'received',
      ...by,
    });
    for (const step of trail) {
      const at = instantOf(step.at);
      auditEvents.push({
        id: idAt(at.getTime()),
        entityId: id,
        at: at.toISOString(),
        type: `complaint.${step.type}`,
        from: step.from,
        to: step.to,
        ...by,
      });
    }
    return {
      id,
      clientId: client.id,
      clientName: client.name,
      channel: random.weighted(channels),
      serviceAreaId: areaId.get(scenario.area) ?? '',
      cause: scenario.cause,
      ...(subCause && { subCauseId: subCause }),
      severity: random.pick(scenario.severities),
      title: scenario.title.replace('{year}', taxYear),
      clientWords: scenario.clientWords,
      expectation: scenario.expectation,
      feelings: random.sample(scenario.feelings, random.int(1, scenario.feelings.length)).map((feeling) => ({
        feeling,
        intensity: random.int(1, 3) as FeelingIntensity,
      })),
      remedyRequested: scenario.remedy,
      ...(actor && { handlerId: actor.id }),
      ...snapshot,
      demo: 1,
      createdAt: received.toISOString(),
      updatedAt: instantOf(trail.at(-1)?.at ?? receivedAt).toISOString(),
    };
  });
  return { staff, serviceAreas, subCauses, clients, complaints, auditEvents };
}
