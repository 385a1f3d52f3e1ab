import { RiparoDb } from '../../src/data/db';
import { listRecentComplaints } from '../../src/data/repositories/complaints';
import { loadPeriodicReport } from '../../src/data/repositories/reports';
import { createWorkingCalendar, DEFAULT_STANDARDS } from '../../src/domain/deadlines';
import { buildPeriodicFigures, periodOf } from '../../src/domain/reports';
import { toComplaintRow, type ComplaintRow } from '../../src/data/rows';
import type { BenchApi, Engine } from '../contract';
import { generateComplaints } from './generate';
import { countRaw, openExistingDb, openRawDb, rawBulkAdd, rawNewest, rawRange } from './rawIdb';
import { latestStoreSpec } from './storeSpec';

// The page the runner drives, loaded afresh (on a new origin) for each insert.
// Databases are never deleted: the runner throws the whole browser profile
// away, and a deletion's background compaction would slow the next run down.

const WARM_UP_ROWS = 200;
const complaintsSpec = latestStoreSpec('complaints');

/** Rows as the app stores them (search words included); both engines insert these very objects. */
function rowsOf(count: number): ComplaintRow[] {
  return generateComplaints(count).map(toComplaintRow);
}

/** A fast wrong answer is no figure: each run checks what was stored or read. */
function expect(engine: Engine, ok: boolean, what: string): void {
  if (!ok) throw new Error(`${engine}: ${what}`);
}

/** Opens a fresh database for `engine` and returns a timed bulk insert into it. */
async function openForInsert(engine: Engine, name: string) {
  if (engine === 'riparo') {
    const db = new RiparoDb(name);
    await db.open();
    // The app has no bulk-insert repository function yet; bulkAdd on its own
    // table, with its schema and durability, is the path an import would take.
    return { add: (rows: ComplaintRow[]) => db.complaints.bulkAdd(rows), count: () => db.complaints.count() };
  }
  const db = await openRawDb(name, complaintsSpec);
  return { add: (rows: ComplaintRow[]) => rawBulkAdd(db, rows), count: () => countRaw(db) };
}

async function insert(engine: Engine, count: number): Promise<number> {
  const rows = rowsOf(count);
  // The first use of an engine compiles its code and creates the origin's
  // store on disk; neither belongs in the figure.
  const warmUp = await openForInsert(engine, 'bench-warm-up');
  await warmUp.add(rows.slice(0, WARM_UP_ROWS));
  const target = await openForInsert(engine, 'bench-insert');
  const start = performance.now();
  await target.add(rows);
  const elapsed = performance.now() - start;
  expect(engine, (await target.count()) === count, 'stored a wrong number of complaints');
  return elapsed;
}

/** Both engines read the very same database, so they see the same pages on disk. */
let query: { riparo: RiparoDb; raw: IDBDatabase; newestFirst: string[] } | undefined;

async function prepareQuery(count: number): Promise<void> {
  const rows = rowsOf(count);
  const riparo = new RiparoDb('bench-newest');
  await riparo.complaints.bulkAdd(rows);
  // Code-unit order, as IndexedDB compares string keys.
  const newestFirst = rows
    .map((row) => row.receivedAt)
    .sort()
    .reverse();
  query = { riparo, raw: await openExistingDb('bench-newest'), newestFirst };
}

async function newest(engine: Engine, limit: number, repeat: number): Promise<number> {
  if (!query) throw new Error('prepareQuery() first');
  const { riparo, raw, newestFirst } = query;
  const read = engine === 'riparo' ? () => listRecentComplaints(riparo, limit) : () => rawNewest(raw, limit);
  let result: { receivedAt: string }[] = [];
  const start = performance.now();
  for (let i = 0; i < repeat; i += 1) result = await read();
  const elapsed = (performance.now() - start) / repeat;
  // Compared by receivedAt, not id: two complaints received in the same minute may come in either order.
  const received = result.map((row) => row.receivedAt).join();
  expect(engine, received === newestFirst.slice(0, limit).join(), `wrong newest ${limit}`);
  return elapsed;
}

/** The report's year, and the day it is judged on (as if printed in the spring after). */
const REPORT_YEAR = periodOf('year', 2025);
const REPORT_DAY = new Date(2026, 3, 30, 12);
let report: { riparo: RiparoDb; raw: IDBDatabase; count: number } | undefined;

async function prepareReport(count: number): Promise<void> {
  const span = { first: new Date(2025, 0, 2, 9).getTime(), last: new Date(2025, 11, 30, 18).getTime() };
  const riparo = new RiparoDb('bench-report');
  await riparo.complaints.bulkAdd(generateComplaints(count, 2025, span).map(toComplaintRow));
  report = { riparo, raw: await openExistingDb('bench-report'), count };
}

/**
 * The app's periodic report (its repository reads the year through Dexie and
 * aggregates) against the same aggregation over a raw IndexedDB range read.
 */
async function yearReport(engine: Engine): Promise<number> {
  if (!report) throw new Error('prepareReport() first');
  const { riparo, raw, count } = report;
  const start = performance.now();
  const total =
    engine === 'riparo'
      ? (await loadPeriodicReport(riparo, REPORT_YEAR, REPORT_DAY)).figures.total
      : buildPeriodicFigures(
          await rawRange(raw, 'receivedAt', `${REPORT_YEAR.from}T00:00`, `${REPORT_YEAR.to}T23:59\uffff`),
          REPORT_YEAR,
          DEFAULT_STANDARDS,
          createWorkingCalendar(),
          '2026-04-30',
        ).total;
  const elapsed = performance.now() - start;
  expect(engine, total === count, `counted ${total} of ${count} complaints in the year`);
  return elapsed;
}

const api: BenchApi = {
  insert,
  prepareQuery,
  newest,
  prepareReport,
  yearReport,
  isolated: () => crossOriginIsolated,
};
globalThis.riparoBench = api;
