import { COMPLAINT_STATES, type Cause, type Channel } from '../../domain/complaint';
import {
  brokenPromisesByKind,
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
import type { ComplaintRow } from '../rows';
import { countDue } from '../queue/queueQuery';
import { readCounters, stateCounterKey } from '../repositories/counters';
import { listBrokenPromises } from '../repositories/promises';
import { countFollowUpsDue } from '../repositories/recovery';
import { offeredAsOf, surveyScores } from './gapSources';
import { loadServiceFigures } from './service';

/** What the dashboard narrows its figures to. */
export interface DashboardFilter {
  readonly range: DateRange;
  /** One service area, or all when absent. */
  readonly serviceAreaId?: string;
  /** Today, `YYYY-MM-DD`, for the overdue and due-today tiles. */
  readonly today: string;
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

/** Every figure the dashboard shows, already aggregated: charts get tens of points, never rows. */
export interface DashboardData {
  readonly open: number;
  readonly overdue: number;
  readonly dueToday: number;
  /** Survey follow-ups still open (detractors, low CSAT). */
  readonly followUpsOpen: number;
  /** Resolved complaints whose follow-up call is due by today (*Da richiamare*). */
  readonly followUpsDue: number;
  readonly openActions: number;
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

/** How many of `rows` have each value of `field`; rows without one are not counted. */
function countBy<K extends string>(
  rows: readonly ComplaintRow[],
  field: (row: ComplaintRow) => K | undefined,
) {
  const counts = new Map<K, number>();
  for (const row of rows) {
    const value = field(row);
    if (value !== undefined) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

/**
 * The period's complaints, in the chosen service area if any: one range of
 * the received-date index, read whole in one request. Every figure about them
 * is counted from these rows; no index is read across the whole register.
 */
async function periodComplaints(db: RiparoDb, filter: DashboardFilter): Promise<ComplaintRow[]> {
  const { range, serviceAreaId } = filter;
  const rows = await db.complaints
    .where('receivedAt')
    .between(range.from, `${range.to}T99:99`, true, true)
    .toArray();
  return serviceAreaId ? rows.filter((row) => row.serviceAreaId === serviceAreaId) : rows;
}

const inArea = (serviceAreaId?: string) => (row: { serviceAreaId?: string }) =>
  !serviceAreaId || row.serviceAreaId === serviceAreaId;

/** Reads and aggregates everything the dashboard shows for a period and service area. */
export async function loadDashboard(db: RiparoDb, filter: DashboardFilter): Promise<DashboardData> {
  const { range, serviceAreaId, today } = filter;
  const trend = trendRange(range);
  const complaints = await periodComplaints(db, filter);
  const keys = new Set(complaints.map((complaint) => complaint.id));
  const [stateCounts, due, followUpsOpen, followUpsDue, actions, brokenPromises, service] = await Promise.all(
    [
      readCounters(db, COMPLAINT_STATES.map(stateCounterKey)),
      countDue(db, today),
      db.followUpItems.where('status').equals('open').count(),
      countFollowUpsDue(db, today),
      db.improvementActions.where('status').anyOf('planned', 'in_progress').count(),
      listBrokenPromises(db),
      loadServiceFigures(db, complaints, today),
    ],
  );
  const byCause = countBy(complaints, (row) => row.cause);
  const byChannel = countBy(complaints, (row) => row.channel);
  const byArea = countBy(complaints, (row) => row.serviceAreaId);
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
  const withArea = [...byArea.values()].reduce((a, b) => a + b, 0);

  return {
    open: COMPLAINT_STATES.reduce((sum, s, i) => sum + (CLOSED.has(s) ? 0 : (stateCounts[i] ?? 0)), 0),
    overdue: due.overdue,
    dueToday: due.dueToday,
    followUpsOpen,
    followUpsDue,
    openActions: actions,
    brokenPromises: brokenPromisesByKind(brokenPromises, keys),
    complaints: keys.size,
    service,
    ...quality,
    byCause: pareto(byCause),
    byChannel: [...byChannel].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count),
    byService: [
      ...[...byArea].map(([key, count]) => ({ key, count })),
      ...(keys.size > withArea ? [{ key: '', count: keys.size - withArea }] : []),
    ].sort((a, b) => b.count - a.count),
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
