// `npm run bench`: builds the bench page, serves it, drives it in Debian's
// Chromium and prints one table. Run by Node's own type stripping, hence the
// explicit `.ts` in relative imports.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium.ts';
import { measureInsert, measureNewest, measureYearReport, type BenchPage, type Figure } from './figures.ts';
import { formatTable } from './table.ts';

// A 10,000-row insert takes seconds (every search word is an index entry), so
// it gets the fewest runs the bench allows: about two minutes on two idle cores.
const INSERTS = [
  { count: 1_000, runs: 7 },
  { count: 10_000, runs: 5 },
];
const LARGEST = Math.max(...INSERTS.map(({ count }) => count));
const QUERY_LIMIT = 50;
const QUERY_RUNS = 15;
/** A year report takes seconds at most; five runs give a stable median. */
const REPORT_RUNS = 5;
const QUERY_REPEAT = 20;

const configFile = fileURLToPath(new URL('./vite.config.ts', import.meta.url));
const reportFile = fileURLToPath(new URL('../reports/bench.json', import.meta.url));
const progress = (message: string) => process.stderr.write(`bench: ${message}\n`);

progress('building the page');
await build({ configFile });
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
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    let origins = 0;
    const bench: BenchPage = {
      page,
      // Chromium resolves every *.localhost name to the loopback address itself.
      freshOrigin: async () => {
        await page.goto(`http://run-${++origins}.localhost:${port}/`);
        await page.waitForFunction(() => 'riparoBench' in globalThis);
      },
    };
    await bench.freshOrigin();
    if (!(await page.evaluate(() => globalThis.riparoBench.isolated()))) {
      progress('warning: the page is not cross-origin isolated; timings are rounded to 100 µs');
    }
    const version = context.browser()?.version() ?? 'unknown';

    const figures: Figure[] = [];
    for (const { count, runs } of INSERTS) {
      progress(`insert ${count}, ${runs} runs per engine`);
      figures.push(await measureInsert(bench, count, runs));
    }
    progress(`newest ${QUERY_LIMIT} of ${LARGEST}, ${QUERY_RUNS} runs per engine`);
    figures.push(await measureNewest(bench, QUERY_LIMIT, LARGEST, QUERY_RUNS, QUERY_REPEAT));
    progress(`year report of ${LARGEST}, ${REPORT_RUNS} runs per engine`);
    figures.push(await measureYearReport(bench, LARGEST, REPORT_RUNS));

    const machine = {
      cpu: cpus()[0]?.model ?? 'unknown CPU',
      cores: cpus().length,
      chromium: version,
      node: process.version,
    };
    const title =
      `Riparo bench: ${machine.cpu}, ${machine.cores} cores, Chromium ${machine.chromium} (headless), ` +
      `Node ${machine.node}\nRiparo = the app's Dexie code path; baseline = raw IndexedDB, same rows, ` +
      `indexes and durability; ratio = Riparo median / baseline median; runs are per engine`;
    console.log(formatTable(title, figures));
    await mkdir(fileURLToPath(new URL('../reports/', import.meta.url)), { recursive: true });
    await writeFile(
      reportFile,
      `${JSON.stringify({ date: new Date().toISOString(), machine, figures }, null, 2)}\n`,
    );
    progress(`wrote ${reportFile}`);
  } finally {
    await context.close();
  }
} finally {
  await server.close();
  await rm(profile, { recursive: true, force: true });
}
