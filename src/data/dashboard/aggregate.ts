import { COMPLAINT_STATES, type Cause, type Channel } from '../../domain/complaint';
import {
  addComplaintTallies,
  brokenPromisesByKind,
  EMPTY_COMPLAINT_TALLY,
  monthsOf,
  pareto,
  trendRange,
  type DateRange,
  type BrokenPromiseCount,
  type ParetoRow,
  type ServiceFigures,
} from '../../domain/dashboard';
import {
  addScores,
  emptySums,
  summarise,
  type DimensionSummary,
  type GapAssessment,
  type LevelsByDimension,
} from '../../domain/quality';
import {
  addToTally,
  csatPercent,
  EMPTY_TALLY,
  npsScore,
  type NpsTally,
  type Survey,
} from '../../domain/surveys';
import type { RiparoDb } from '../db';
import { countDue } from '../queue/queueQuery';
import { readCounters, stateCounterKey } from '../repositories/counters';
import { listBrokenPromises } from '../repositories/promises';
import { countFollowUpsDue } from '../repositories/recovery';
import { offeredAsOf, surveyScores } from './gapSources';
import { loadPeriodTallies } from './monthFigures';
import { loadServiceFigures } from './service';

/** What the dashboard narrows its figures to. */
export interface DashboardFilter {
  readonly range: DateRange;
  /** One service area, or all when absent. */
  readonly serviceAreaId?: string;
}

export interface Count<K extends string> {
  readonly key: K;
  readonly count: number;
}

export interface MonthPoint {
  readonly month: string;
  readonly promoters: number;
  readonly passives: number;
  readonly detractors: number;
  readonly nps?: number;
  /** Mean perceived − offered over the dimensions rated that month. */
  readonly gap?: number;
}

/** The dashboard's figures about today, whatever the period: they are counted apart, so a new period does not count them again. */
export interface DashboardNow {
  readonly open: number;
  readonly overdue: number;
  readonly dueToday: number;
  /** Survey follow-ups still open (detractors, low CSAT). */
  readonly followUpsOpen: number;
  /** Resolved complaints whose follow-up call is due by today (*Da richiamare*). */
  readonly followUpsDue: number;
  readonly openActions: number;
}

/** Every figure the dashboard shows about a period, already aggregated: charts get tens of points, never rows. */
export interface DashboardData {
  /** Promises broken by the period's complaints, by kind. */
  readonly brokenPromises: BrokenPromiseCount[];
  readonly complaints: number;
  /** Speed against the standards, recovered clients and the cost of dissatisfaction, for the period's complaints. */
  readonly service: ServiceFigures;
  readonly surveys: number;
  /** Undefined when no survey was answered in the period. */
  readonly nps: number | undefined;
  readonly csat: number | undefined;
  readonly tally: NpsTally;
  readonly byCause: ParetoRow<Cause>[];
  readonly byChannel: Count<Channel>[];
  /** By service area id; `''` for complaints without one. */
  readonly byService: Count<string>[];
  readonly dimensions: DimensionSummary[];
  readonly trend: MonthPoint[];
}

const CLOSED = new Set(['closed', 'unfounded']);

/** A tally's counts as entries, most first. */
function countsOf<K extends string>(counts: Readonly<Partial<Record<K, number>>>): Count<K>[] {
  return (Object.entries(counts) as [K, number][])
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count);
}

/**
 * The ids of the period's complaints (in the service area, if one is chosen)
 * among those that broke a promise: only those are read, by key.
 */
async function periodComplaintIds(
  db: RiparoDb,
  ids: readonly string[],
  { range, serviceAreaId }: DashboardFilter,
): Promise<Set<string>> {
  const rows = await db.complaints.bulkGet([...new Set(ids)]);
  return new Set(
    rows.flatMap((row) => {
      if (!row || (serviceAreaId && row.serviceAreaId !== serviceAreaId)) return [];
      const day = row.receivedAt.slice(0, 10);
      return day >= range.from && day <= range.to ? [row.id] : [];
    }),
  );
}

const inArea = (serviceAreaId?: string) => (row: { serviceAreaId?: string }) =>
  !serviceAreaId || row.serviceAreaId === serviceAreaId;

/** Reads the dashboard's figures about `today` (`YYYY-MM-DD`): open complaints, deadlines, calls, actions. */
export async function loadDashboardNow(db: RiparoDb, today: string): Promise<DashboardNow> {
  const [stateCounts, due, followUpsOpen, followUpsDue, openActions] = await Promise.all([
    readCounters(db, COMPLAINT_STATES.map(stateCounterKey)),
    countDue(db, today),
    db.followUpItems.where('status').equals('open').count(),
    countFollowUpsDue(db, today),
    db.improvementActions.where('status').anyOf('planned', 'in_progress').count(),
  ]);
  return {
    open: COMPLAINT_STATES.reduce((sum, s, i) => sum + (CLOSED.has(s) ? 0 : (stateCounts[i] ?? 0)), 0),
    overdue: due.overdue,
    dueToday: due.dueToday,
    followUpsOpen,
    followUpsDue,
    openActions,
  };
}

/**
 * Reads and aggregates what the dashboard shows about a period and service
 * area. The complaint figures add up from each month's tally (kept between
 * visits, see {@link loadPeriodTallies}); no complaint is read unless its
 * month changed since.
 */
export async function loadDashboard(db: RiparoDb, filter: DashboardFilter): Promise<DashboardData> {
  const { range, serviceAreaId } = filter;
  const trend = trendRange(range);
  const [areas, brokenPromises] = await Promise.all([loadPeriodTallies(db, range), listBrokenPromises(db)]);
  const byArea = Object.entries(areas).filter(([area]) => !serviceAreaId || area === serviceAreaId);
  const period = byArea.map(([, tally]) => tally).reduce(addComplaintTallies, EMPTY_COMPLAINT_TALLY);
  const [service, brokenBy] = await Promise.all([
    loadServiceFigures(db, period.service),
    periodComplaintIds(
      db,
      brokenPromises.flatMap((p) => p.brokenByComplaintIds),
      filter,
    ),
  ]);
  // Surveys and assessments are read once for the trend's year and the period together.
  const from = trend.from < range.from ? trend.from : range.from;
  const between = { from, to: range.to };
  const [allSurveys, datedAssessments, allSelf] = await Promise.all([
    db.surveys.where('date').between(between.from, between.to, true, true).toArray(),
    db.gapAssessments.where('date').between(between.from, between.to, true, true).toArray(),
    db.gapAssessments.where('kind').equals('self').toArray(),
  ]);
  const surveys = allSurveys.filter(inArea(serviceAreaId));
  const complaintAssessments = datedAssessments.filter(
    (a) => a.kind === 'complaint' && inArea(serviceAreaId)(a),
  );
  const selfAssessments = allSelf.filter(inArea(serviceAreaId));

  const inPeriod = (date: string) => date >= range.from && date <= range.to;
  const quality = periodQuality(
    surveys.filter((s) => inPeriod(s.date)),
    complaintAssessments.filter((a) => inPeriod(a.date)),
    offeredAsOf(selfAssessments, range.to),
  );

  return {
    brokenPromises: brokenPromisesByKind(brokenPromises, brokenBy),
    complaints: period.complaints,
    service,
    ...quality,
    byCause: pareto(new Map(Object.entries(period.byCause) as [Cause, number][])),
    byChannel: countsOf(period.byChannel),
    byService: byArea
      .map(([key, tally]) => ({ key, count: tally.complaints }))
      .filter(({ count }) => count > 0)
      .sort((a, b) => b.count - a.count),
    trend: monthsOf(trend).map((month) => monthPoint(month, surveys, complaintAssessments, selfAssessments)),
  };
}

/** What clients said in a period and the quality gap it shows: part of the dashboard, and the periodic report's. */
export type PeriodQuality = Pick<DashboardData, 'surveys' | 'nps' | 'csat' | 'tally' | 'dimensions'>;

function periodQuality(
  surveys: readonly Survey[],
  complaintAssessments: readonly GapAssessment[],
  offered: readonly GapAssessment[],
): PeriodQuality {
  const tally = surveys.reduce((t, s) => addToTally(t, s.nps), EMPTY_TALLY);
  return {
    surveys: surveys.length,
    nps: npsScore(tally),
    csat: csatPercent({ answers: surveys.length, satisfied: surveys.filter((s) => s.csat >= 4).length }),
    tally,
    dimensions: gapSummary(surveys, complaintAssessments, offered),
  };
}

/**
 * The period's surveys, NPS, CSAT and gap for the whole studio, reading only
 * the period's surveys and assessments: none of the dashboard's complaint
 * counts, which a year's report computes its own way.
 */
export async function loadPeriodQuality(db: RiparoDb, range: DateRange): Promise<PeriodQuality> {
  const [surveys, dated, self] = await Promise.all([
    db.surveys.where('date').between(range.from, range.to, true, true).toArray(),
    db.gapAssessments.where('date').between(range.from, range.to, true, true).toArray(),
    db.gapAssessments.where('kind').equals('self').toArray(),
  ]);
  return periodQuality(
    surveys,
    dated.filter((a) => a.kind === 'complaint'),
    offeredAsOf(self, range.to),
  );
}

function gapSummary(
  surveys: readonly Survey[],
  complaintAssessments: readonly GapAssessment[],
  selfAssessments: readonly GapAssessment[],
): DimensionSummary[] {
  const sums = emptySums();
  for (const s of surveys) addScores(sums, surveyScores(s));
  for (const a of complaintAssessments) addScores(sums, a.scores);
  for (const a of selfAssessments) addScores(sums, studioSide(a));
  return summarise(sums);
}

/**
 * A self-assessment's levels as the studio's side: what it offers, and its
 * expected levels as its prediction of what clients expect, never mixed with
 * what clients themselves say they expect.
 */
function studioSide(a: GapAssessment): LevelsByDimension {
  return Object.fromEntries(
    Object.entries(a.scores).map(([d, l]) => [
      d,
      {
        ...(l.offered !== undefined ? { offered: l.offered } : {}),
        ...(l.expected !== undefined ? { predicted: l.expected } : {}),
      },
    ]),
  );
}

function monthPoint(
  month: string,
  surveys: readonly Survey[],
  complaintAssessments: readonly GapAssessment[],
  selfAssessments: readonly GapAssessment[],
): MonthPoint {
  const ofMonth = <T extends { date: string }>(rows: readonly T[]) =>
    rows.filter((r) => r.date.startsWith(month));
  const monthSurveys = ofMonth(surveys);
  const tally = monthSurveys.reduce((t, s) => addToTally(t, s.nps), EMPTY_TALLY);
  const gaps = gapSummary(
    monthSurveys,
    ofMonth(complaintAssessments),
    offeredAsOf(selfAssessments, `${month}-31`),
  )
    .map((d) => d.gap)
    .filter((g): g is number => g !== undefined);
  const nps = npsScore(tally);
  return {
    month,
    ...tally,
    ...(nps !== undefined ? { nps } : {}),
    ...(gaps.length > 0
      ? { gap: Math.round((10 * gaps.reduce((a, b) => a + b, 0)) / gaps.length) / 10 }
      : {}),
  };
}
