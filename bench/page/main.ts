import { RiparoDb } from '../../src/data/db';
import { demoTables, writeDemoRegister } from '../../src/data/demo/load';
import { getQueueRows, queryQueueIds } from '../../src/data/queue/queueQuery';
import { complaintsRevision } from '../../src/data/queue/snapshot';
import { listRecentComplaints } from '../../src/data/repositories/complaints';
import { loadPeriodicReport } from '../../src/data/repositories/reports';
import { putSetting } from '../../src/data/repositories/settings';
import { createWorkingCalendar, DEFAULT_STANDARDS } from '../../src/domain/deadlines';
import { buildPeriodicFigures, periodOf } from '../../src/domain/reports';
import type { BenchApi, Engine } from '../contract';
import { QUEUE_QUERIES } from './queries';
import {
  countRaw,
  openExistingDb,
  openRawDb,
  rawAddRegister,
  rawNewest,
  rawQueuePage,
  rawRange,
} from './rawIdb';
import { benchRegister, storedRows, yearRegister } from './register';
import { latestStoreSpecs } from './storeSpec';
import { italianPublicHolidays } from '../../src/domain/deadlines/italianHolidays';

// The page the runner drives, loaded afresh (on a new origin) for each insert.
// Databases are never deleted: the runner throws the whole browser profile
// away, and a deletion's background compaction would slow the next run down.

const WARM_UP_COMPLAINTS = 200;
const PAGE = 50;
const specs = latestStoreSpecs();

/** A fast wrong answer is no figure: each run checks what was stored or read. */
function expect(engine: Engine, ok: boolean, what: string): void {
  if (!ok) throw new Error(`${engine}: ${what}`);
}

/**
 * Opens a fresh database for `engine` and returns a timed write of a whole
 * register into it: for Riparo, the demo loader's own transaction (numbering,
 * due dates, counters, every table); for the baseline, the very records that
 * path stores, added with the bare API.
 */
async function openForInsert(engine: Engine, name: string) {
  if (engine === 'riparo') {
    const db = new RiparoDb(name);
    await db.open();
    return {
      write: (count: number) => {
        const register = benchRegister(count);
        return () => db.transaction('rw', demoTables(db), () => writeDemoRegister(db, register));
      },
      count: () => db.complaints.count(),
    };
  }
  const db = await openRawDb(name, specs);
  return {
    write: (count: number) => {
      const register = benchRegister(count);
      const rows = storedRows(register);
      const { staff, serviceAreas, subCauses, auditEvents } = register;
      const others = { staff, serviceAreas, subCauses, auditEvents };
      return () => rawAddRegister(db, { ...rows, others });
    },
    count: () => countRaw(db, 'complaints'),
  };
}

async function insert(engine: Engine, count: number): Promise<number> {
  // The first use of an engine compiles its code and creates the origin's
  // store on disk; neither belongs in the figure.
  const warmUp = await openForInsert(engine, 'bench-warm-up');
  await warmUp.write(WARM_UP_COMPLAINTS)();
  const target = await openForInsert(engine, 'bench-insert');
  const write = target.write(count);
  const start = performance.now();
  await write();
  const elapsed = performance.now() - start;
  expect(engine, (await target.count()) === count, 'stored a wrong number of complaints');
  return elapsed;
}

/** Both engines read the very same database, so they see the same pages on disk. */
let query: { riparo: RiparoDb; raw: IDBDatabase } | undefined;

async function prepareQuery(count: number): Promise<void> {
  const riparo = new RiparoDb('bench-query');
  const register = benchRegister(count);
  await riparo.transaction('rw', demoTables(riparo), () => writeDemoRegister(riparo, register));
  query = { riparo, raw: await openExistingDb('bench-query') };
}

function prepared() {
  if (!query) throw new Error('prepareQuery() first');
  return query;
}

async function newest(engine: Engine, limit: number, repeat: number): Promise<number> {
  const { riparo, raw } = prepared();
  const read = engine === 'riparo' ? () => listRecentComplaints(riparo, limit) : () => rawNewest(raw, limit);
  const expected = (await rawNewest(raw, limit)).map((row) => row.receivedAt).join();
  let result: { receivedAt: string }[] = [];
  const start = performance.now();
  for (let i = 0; i < repeat; i += 1) result = await read();
  const elapsed = (performance.now() - start) / repeat;
  // Compared by receivedAt, not id: two complaints received in the same minute may come in either order.
  expect(engine, result.map((row) => row.receivedAt).join() === expected, `wrong newest ${limit}`);
  return elapsed;
}

/** One queue question answered as the screen does: all matching ids in order, then the first page's rows. */
async function queuePage(engine: Engine, index: number) {
  const { riparo, raw } = prepared();
  const question = QUEUE_QUERIES[index];
  if (!question) throw new Error(`no queue question ${index}`);
  const { filter, sort } = question;
  if (engine === 'raw') return rawQueuePage(raw, filter, sort, PAGE);
  const ids = await queryQueueIds(riparo, filter, sort);
  return { total: ids.length, rows: await getQueueRows(riparo, ids.slice(0, PAGE)) };
}

async function queue(engine: Engine, repeat: number): Promise<number[]> {
  const durations: number[] = [];
  for (let round = 0; round < repeat; round += 1) {
    for (let i = 0; i < QUEUE_QUERIES.length; i += 1) {
      const start = performance.now();
      const page = await queuePage(engine, i);
      durations.push(performance.now() - start);
      if (round === 0) {
        const other = await queuePage(engine === 'raw' ? 'riparo' : 'raw', i);
        const ids = (p: typeof page) => p.rows.map((row) => row.id).join();
        expect(engine, page.total === other.total && ids(page) === ids(other), `query ${i} disagrees`);
      }
    }
  }
  return durations;
}

/**
 * Each queue question asked once right after a write to the complaints, which
 * drops what the app's queue keeps in memory (see src/data/queue/snapshot.ts):
 * the first answer a studio gets after saving. The write (one complaint put
 * back as it was) is not timed; both engines get it.
 */
async function queueAfterWrite(engine: Engine): Promise<number[]> {
  const { riparo } = prepared();
  const durations: number[] = [];
  for (let i = 0; i < QUEUE_QUERIES.length; i += 1) {
    const revision = complaintsRevision(riparo);
    const [complaint] = await riparo.complaints.limit(1).toArray();
    if (!complaint) throw new Error('no complaint to write');
    await riparo.complaints.put(complaint);
    while (complaintsRevision(riparo) === revision) await new Promise((resolve) => setTimeout(resolve, 0));
    const start = performance.now();
    await queuePage(engine, i);
    durations.push(performance.now() - start);
  }
  return durations;
}

/**
 * Fills the app's own database on this origin, first run done, for the boot
 * and dashboard figures; with `year`, all `count` complaints are received in it.
 */
async function fillApp(count: number, year?: number): Promise<void> {
  const db = new RiparoDb();
  const register = year === undefined ? benchRegister(count) : yearRegister(year, count);
  await db.transaction('rw', demoTables(db), async () => {
    await writeDemoRegister(db, register);
    await putSetting(db, 'setupCompleted', true);
  });
  db.close();
}

/** The report's year, and the day it is judged on (as if printed in the spring after). */
const REPORT_YEAR = periodOf('year', 2025);
const REPORT_DAY = new Date(2026, 3, 30, 12);
let report: { riparo: RiparoDb; raw: IDBDatabase; count: number } | undefined;

async function prepareReport(count: number): Promise<void> {
  const riparo = new RiparoDb('bench-report');
  const register = yearRegister(2025, count);
  await riparo.transaction('rw', demoTables(riparo), () => writeDemoRegister(riparo, register));
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
          createWorkingCalendar({ publicHolidays: italianPublicHolidays }),
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
  queue,
  queueAfterWrite,
  queryCount: () => QUEUE_QUERIES.length,
  fillApp,
  prepareReport,
  yearReport,
  isolated: () => crossOriginIsolated,
};
globalThis.riparoBench = api;
