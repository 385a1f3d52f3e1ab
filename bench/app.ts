import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import type { Figure } from './figures.ts';
import { summarize } from './stats.ts';

/** A figure with no baseline of its own, checked against its target alone. */
export interface Reading {
  readonly figure: string;
  readonly value: number;
  readonly unit: string;
}

const ROW = '[role="row"], tbody tr';

/**
 * Boot to interactive: from navigation to the first rows of the queue on
 * screen, the app's database already holding the register (filled by the
 * bench page on the same origin), against the bare React page. Each run is a
 * new tab, so nothing stays warm but the browser's own caches.
 */
export async function measureBoot(
  context: BrowserContext,
  origin: string,
  stored: number,
  runs: number,
): Promise<Figure> {
  const timeTo = async (path: string, rows: number) => {
    const page = await context.newPage();
    const start = performance.now();
    await page.goto(`${origin}${path}`);
    await page.locator(ROW).nth(rows).waitFor();
    const elapsed = performance.now() - start;
    await page.close();
    return elapsed;
  };
  const app: number[] = [];
  const bare: number[] = [];
  await timeTo('/app/index.html#/', 10);
  await timeTo('/bare.html', 10);
  for (let run = 0; run < runs; run += 1) {
    app.push(await timeTo('/app/index.html#/', 10));
    bare.push(await timeTo('/bare.html', 10));
  }
  const riparo = summarize(app);
  const baseline = summarize(bare);
  return {
    figure: `boot to the queue, ${stored.toLocaleString('en')} stored (baseline: bare React page)`,
    unit: 'ms',
    runs,
    riparo,
    baseline,
    ratio: riparo.median / baseline.median,
    samples: { riparo: app, baseline: bare },
  };
}

/**
 * Scrolls the first scrolling container around the page's table for `frames`
 * animation frames, 300 px a frame, and returns the median frame rate from
 * the rAF deltas.
 */
function scrollFps(page: Page, frames: number): Promise<number> {
  return page.evaluate(async (count) => {
    const table = document.querySelector('table');
    let scroller = table?.parentElement ?? null;
    while (scroller && scroller.scrollHeight <= scroller.clientHeight) scroller = scroller.parentElement;
    if (!scroller) throw new Error('no scrolling container around the table');
    const box = scroller;
    const deltas: number[] = [];
    await new Promise<void>((resolve) => {
      let last = performance.now();
      const step = (now: number) => {
        deltas.push(now - last);
        last = now;
        box.scrollTop += 300;
        if (deltas.length < count) requestAnimationFrame(step);
        else resolve();
      };
      requestAnimationFrame(step);
    });
    const sorted = deltas.slice(1).sort((a, b) => a - b);
    return 1000 / (sorted[Math.floor(sorted.length / 2)] ?? 1000);
  }, frames);
}

/**
 * The queue's median frame rate while scrolling, and the same for a bare page
 * whose scroller has nothing to draw (the engine's own ceiling here); then the
 * renderer's JS heap after a garbage collection, with the queue still open.
 */
export async function measureQueueScreen(
  context: BrowserContext,
  origin: string,
  stored: number,
): Promise<Reading[]> {
  const n = stored.toLocaleString('en');
  const bare = await context.newPage();
  await bare.goto(`${origin}/bare.html?scroll`);
  await bare.locator(ROW).nth(10).waitFor();
  const bareFps = await scrollFps(bare, 240);
  await bare.close();
  const page = await context.newPage();
  await page.goto(`${origin}/app/index.html#/`);
  await page.locator(ROW).nth(10).waitFor();
  const fps = await scrollFps(page, 240);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await page.close();
  return [
    { figure: `queue scroll, ${n} stored: median frame rate`, value: fps, unit: 'fps' },
    { figure: "bare page scroll (the engine's ceiling): median frame rate", value: bareFps, unit: 'fps' },
    { figure: `renderer JS heap, ${n} stored, queue open`, value: usedSize / 2 ** 20, unit: 'MiB' },
  ];
}

/**
 * The dashboard for a year of `count` complaints (the app's database on
 * `origin` holds exactly those, received in `year`): from choosing "Anno" in
 * its period bar, with a day of that year as reference, until the year's
 * total shows and every chart has been drawn (two animation frames later).
 * Each run is a new tab that has shown the quarter first. With `kept` false,
 * the figures the app keeps for each month are wiped before the choice (with
 * the bare IndexedDB API, which the app's live queries do not see), so the
 * year is tallied from its complaints: the first view after an install.
 */
export async function measureDashboard(
  context: BrowserContext,
  origin: string,
  { year, count, runs, kept }: { year: number; count: number; runs: number; kept: boolean },
): Promise<Reading> {
  const samples: number[] = [];
  for (let run = 0; run < runs + 1; run += 1) {
    const page = await context.newPage();
    await page.goto(`${origin}/app/index.html#/dashboard`);
    const reference = page.getByLabel('Giorno di riferimento');
    await reference.fill(`15/12/${year}`);
    await reference.press('Tab');
    await page.getByText('Reclami nel periodo').waitFor();
    await page.locator('.recharts-surface').first().waitFor();
    if (!kept) await page.evaluate(wipeMonthFigures);
    const ms = await page.evaluate(async (total) => {
      const charts = () => document.querySelectorAll('.recharts-surface').length;
      const before = charts();
      const year = [...document.querySelectorAll('label')].find((label) => label.textContent === 'Anno');
      if (!year) throw new Error('no "Anno" in the period bar');
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      const start = performance.now();
      year.click();
      while (!document.body.textContent.includes(String(total)) || charts() < before) await frame();
      await frame();
      await frame();
      return performance.now() - start;
    }, count);
    await page.close();
    // The first run warms the browser's caches up and is not counted.
    if (run > 0) samples.push(ms);
  }
  const { median } = summarize(samples);
  const figure = kept
    ? `dashboard, a year of ${count.toLocaleString('en')}, months kept: choosing the year to all charts drawn`
    : `dashboard first view, a year of ${count.toLocaleString('en')}, no month kept: the same`;
  return { figure: `${figure} (median of ${runs})`, value: median, unit: 'ms' };
}

/** Runs in the page: empties the app's table of kept month figures. */
function wipeMonthFigures(): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('riparo');
    open.onerror = () => reject(open.error ?? new Error('cannot open the database'));
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction('monthFigures', 'readwrite');
      tx.objectStore('monthFigures').clear();
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error ?? new Error('cannot empty the month figures'));
    };
  });
}

/**
 * The production renderer's JavaScript: what the page loads before the queue
 * shows (the entry chunk and the chunks it imports statically, named in
 * index.html's script and modulepreload links) and all chunks.
 */
export async function measureBundle(rendererDir: string): Promise<Reading[]> {
  const assets = join(rendererDir, 'assets');
  const files = (await readdir(assets)).filter((file) => file.endsWith('.js'));
  const sizes = await Promise.all(
    files.map(async (file) => ({ file, size: (await stat(join(assets, file))).size })),
  );
  const kib = (bytes: number) => bytes / 1024;
  const html = await readFile(join(rendererDir, 'index.html'), 'utf8');
  const atBoot = new Set([...html.matchAll(/assets\/([^"]+\.js)"/g)].map((match) => match[1]));
  const entry = sizes.filter(({ file }) => atBoot.has(file)).reduce((sum, { size }) => sum + size, 0);
  return [
    { figure: `renderer bundle: loaded at boot (${atBoot.size} chunks)`, value: kib(entry), unit: 'KiB' },
    {
      figure: `renderer bundle: all ${files.length} JS chunks`,
      value: kib(sizes.reduce((s, { size }) => s + size, 0)),
      unit: 'KiB',
    },
  ];
}
