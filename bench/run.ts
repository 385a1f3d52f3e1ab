// `npm run bench`: builds the bench page, serves it, drives it in Debian's
// Chromium and prints one table. Run by Node's own type stripping, hence the
// explicit `.ts` in relative imports.
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium.ts';
import { measureBoot, measureBundle, measureDashboard, measureQueueScreen, type Reading } from './app.ts';
import {
  measureInsert,
  measureNewest,
  measureQueue,
  measureYearReport,
  type BenchPage,
  type Figure,
} from './figures.ts';
import { formatTable, formatTargets, type Target } from './table.ts';

// `npm run bench` measures 1k, 10k and 100k complaints; `npm run bench -- --quick`
// stops at 10k for a check in minutes. Writing the 100k register takes about
// twelve minutes per run and engine on two cores, so the write group alone at
// full size runs for two hours; `--write-runs=1` writes each register that many
// times per engine instead.
const quick = process.argv.includes('--quick');
const writeRunsArgument = process.argv.find((arg) => arg.startsWith('--write-runs='));
const writeRuns = writeRunsArgument ? Number(writeRunsArgument.slice('--write-runs='.length)) : Infinity;
if (!(writeRuns >= 1)) throw new Error('--write-runs takes a whole number of runs, at least 1');
// `--only=queue,app` measures some groups alone, to check one change in minutes.
const GROUPS = ['write', 'queue', 'newest', 'report', 'app'] as const;
const onlyArgument = process.argv.find((arg) => arg.startsWith('--only='));
const only = onlyArgument ? onlyArgument.slice('--only='.length).split(',') : [...GROUPS];
const unknown = only.filter((group) => !(GROUPS as readonly string[]).includes(group));
if (unknown.length > 0)
  throw new Error(`unknown bench group ${unknown.join(', ')}; groups: ${GROUPS.join(', ')}`);
const measures = (group: (typeof GROUPS)[number]) => only.includes(group);
const LARGEST = quick ? 10_000 : 100_000;
const INSERTS = [
  { count: 1_000, runs: 7 },
  { count: 10_000, runs: 5 },
  ...(quick ? [] : [{ count: 100_000, runs: 5 }]),
].map(({ count, runs }) => ({ count, runs: Math.min(runs, writeRuns) }));
const QUEUE_SIZES = quick ? [1_000, 10_000] : [10_000, 100_000];
const QUEUE_RUNS = 5;
const QUEUE_REPEAT = 5;
const NEWEST_LIMIT = 50;
const NEWEST_RUNS = 15;
const NEWEST_REPEAT = 20;
const BOOT_RUNS = 5;
/** Issue 6: a year of 10,000 complaints reported in at most 3 s. */
const REPORT_COUNT = 10_000;
const REPORT_RUNS = 5;
/** Issue 9: the dashboard for a year of 10,000 complaints drawn in at most 300 ms. */
const DASHBOARD_COUNT = 10_000;
const DASHBOARD_YEAR = 2025;
const DASHBOARD_RUNS = 5;

const configFile = fileURLToPath(new URL('./vite.config.ts', import.meta.url));
const rendererDir = fileURLToPath(new URL('../out/renderer/', import.meta.url));
const reportFile = fileURLToPath(new URL('../reports/bench.json', import.meta.url));
const progress = (message: string) => process.stderr.write(`bench: ${message}\n`);

progress('building the page');
await build({ configFile });
// The production renderer (built by `npm run bench` first) goes under /app/ of
// the same origin, so the bench page can fill the app's own database.
await cp(rendererDir, fileURLToPath(new URL('../out/bench/app/', import.meta.url)), { recursive: true });
// Port 0: the system picks a free port, so a bench never collides with `npm run web` or e2e.
const server = await preview({ configFile, preview: { port: 0 } });
// A persistent profile on disk: Playwright's other contexts are incognito, where
// Chromium keeps IndexedDB in memory and the figures would not be the app's.
const profile = await mkdtemp(join(tmpdir(), 'riparo-bench-'));
try {
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  const { port } = new URL(url);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    timezoneId: 'Europe/Rome',
    locale: 'it-IT',
    viewport: { width: 1440, height: 900 },
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    let origins = 0;
    let origin = '';
    const bench: BenchPage = {
      page,
      // Chromium resolves every *.localhost name to the loopback address itself.
      freshOrigin: async () => {
        origin = `http://run-${++origins}.localhost:${port}`;
        await page.goto(`${origin}/`);
        await page.waitForFunction(() => 'riparoBench' in globalThis);
      },
    };
    await bench.freshOrigin();
    if (!(await page.evaluate(() => globalThis.riparoBench.isolated()))) {
      progress('warning: the page is not cross-origin isolated; timings are rounded to 100 µs');
    }
    const version = context.browser()?.version() ?? 'unknown';

    const figures: Figure[] = [];
    for (const { count, runs } of measures('write') ? INSERTS : []) {
      progress(`write a register of ${count}, ${runs} runs per engine`);
      figures.push(await measureInsert(bench, count, runs));
    }
    const queue: Figure[] = [];
    const afterWrite: Figure[] = [];
    for (const count of measures('queue') ? QUEUE_SIZES : []) {
      progress(`queue questions on ${count}, ${QUEUE_RUNS} runs per engine`);
      const measured = await measureQueue(bench, count, QUEUE_RUNS, QUEUE_REPEAT);
      queue.push(measured.queue);
      afterWrite.push(measured.afterWrite);
    }
    figures.push(...queue, ...afterWrite);
    if (measures('newest')) {
      progress(`newest ${NEWEST_LIMIT} of ${LARGEST}, ${NEWEST_RUNS} runs per engine`);
      figures.push(await measureNewest(bench, NEWEST_LIMIT, LARGEST, NEWEST_RUNS, NEWEST_REPEAT));
    }

    const yearReport = measures('report') ? await reportFigure() : undefined;
    if (yearReport) figures.push(yearReport);
    async function reportFigure() {
      progress(`year report of ${REPORT_COUNT}, ${REPORT_RUNS} runs per engine`);
      return measureYearReport(bench, REPORT_COUNT, REPORT_RUNS);
    }

    const readings: Reading[] = [];
    let boot: Figure | undefined;
    if (measures('app')) {
      progress(`boot: filling the app's database with ${LARGEST}`);
      await bench.freshOrigin();
      await page.evaluate((n) => globalThis.riparoBench.fillApp(n), LARGEST);
      boot = await measureBoot(context, origin, LARGEST, BOOT_RUNS);
      figures.push(boot);
      readings.push(
        ...(await measureQueueScreen(context, origin, LARGEST)),
        ...(await measureBundle(rendererDir)),
      );
      progress(`dashboard: filling the app's database with a year of ${DASHBOARD_COUNT}`);
      await bench.freshOrigin();
      await page.evaluate(([n, year]) => globalThis.riparoBench.fillApp(n, year), [
        DASHBOARD_COUNT,
        DASHBOARD_YEAR,
      ] as const);
      const filled = { year: DASHBOARD_YEAR, count: DASHBOARD_COUNT, runs: DASHBOARD_RUNS };
      readings.push(
        await measureDashboard(context, origin, { ...filled, kept: true }),
        await measureDashboard(context, origin, { ...filled, kept: false }),
      );
    }

    const largestInsert = figures.find(
      (f) => f.figure.includes(LARGEST.toLocaleString('en')) && f.unit === 'records/s',
    );
    const [smallQueue, largeQueue] = queue;
    const reading = (name: string) => readings.find((r) => r.figure.startsWith(name))?.value ?? Number.NaN;
    const largeQueueP95 = largeQueue?.riparo.median ?? Number.NaN;
    const queueGrowth = largeQueueP95 / (smallQueue?.riparo.median ?? Number.NaN);
    const bootRatio = boot?.ratio ?? Number.NaN;
    const reportMs = yearReport?.riparo.median ?? Number.NaN;
    const insertRatio = largestInsert?.ratio ?? Number.NaN;
    const scroll = reading('queue scroll');
    const heap = reading('renderer JS heap');
    const dashboard = reading('dashboard, a year');
    // A group left out with --only has nothing measured, and its targets are not printed.
    const targets: Target[] = [
      {
        target: `year report of ${REPORT_COUNT.toLocaleString('en')} ≤ 3 s`,
        measured: reportMs,
        unit: 'ms',
        met: reportMs <= 3000,
      },
      {
        target: `write ${LARGEST.toLocaleString('en')}: ≥ 50 % of raw IndexedDB`,
        measured: insertRatio,
        unit: '×',
        met: insertRatio >= 0.5,
      },
      {
        target: `queue p95 at ${LARGEST.toLocaleString('en')} ≤ 50 ms`,
        measured: largeQueueP95,
        unit: 'ms',
        met: largeQueueP95 <= 50,
      },
      {
        target: `queue growth ${QUEUE_SIZES.map((n) => n.toLocaleString('en')).join(' → ')} ≤ 2×`,
        measured: queueGrowth,
        unit: '×',
        met: queueGrowth <= 2,
      },
      { target: 'boot ≤ 2× the bare React page', measured: bootRatio, unit: '×', met: bootRatio <= 2 },
      { target: 'queue scroll median ≥ 55 fps', measured: scroll, unit: 'fps', met: scroll >= 55 },
      { target: 'renderer heap ≤ 300 MiB', measured: heap, unit: 'MiB', met: heap <= 300 },
      {
        target: `dashboard for a year of ${DASHBOARD_COUNT.toLocaleString('en')} ≤ 300 ms`,
        measured: dashboard,
        unit: 'ms',
        met: dashboard <= 300,
      },
    ].filter((target) => Number.isFinite(target.measured));

    const machine = {
      cpu: cpus()[0]?.model ?? 'unknown CPU',
      cores: cpus().length,
      chromium: version,
      node: process.version,
    };
    const title =
      `Riparo bench${quick ? ' (quick)' : ''}${onlyArgument ? ` (${only.join(', ')} only)` : ''}: ${machine.cpu}, ${machine.cores} cores, Chromium ${machine.chromium} (headless), ` +
      `Node ${machine.node}\nRiparo = the app's code path; baseline = raw IndexedDB (same records, ` +
      `indexes and durability) or, for boot, a bare React page; ratio = Riparo median / baseline median`;
    console.log(formatTable(title, figures, readings));
    console.log(`\n${formatTargets(targets)}`);
    await mkdir(fileURLToPath(new URL('../reports/', import.meta.url)), { recursive: true });
    await writeFile(
      reportFile,
      `${JSON.stringify({ date: new Date().toISOString(), quick, only, machine, figures, readings, targets }, null, 2)}\n`,
    );
    progress(`wrote ${reportFile}`);
  } finally {
    await context.close();
  }
} finally {
  await server.close();
  await rm(profile, { recursive: true, force: true });
}
