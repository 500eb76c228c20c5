// The peer of the 200,000-row scroll figures: AG Grid Community (a dev dependency of the bench alone, never
// imported by src/) rendering the same 200,000 timepay rows (the sandbox's data set, newest first, the columns
// our table shows) in the same Chromium, scrolled by the same plan, measured by the same recorder.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { generateTimepay } from '../../src/server/sandbox/emulators/timepay/data/generate-timepay.ts';
import { logRecord } from '../../src/server/sandbox/emulators/timepay/api/log-records.ts';
import { SANDBOX_NOW } from '../e2e/app.ts';
import { launchBrowser } from '../e2e/browser.ts';
import { median } from './figure.ts';
import {
  BIG_RESULT,
  heapAfterGcMb,
  percentile,
  recorderFor,
  scrollPlan,
  vsyncFrames,
  wheelScroll,
  withTimeout,
  type Recording,
} from './scroll-bench.ts';

// AG Grid 36 scrolls `.ag-grid-viewport`; older versions `.ag-body-viewport`.
const SCROLLER = `(document.querySelector('.ag-grid-viewport') ?? document.querySelector('.ag-body-viewport'))`;

/** The same rows our scroll bench shows: the sandbox's timepay logs (seed 42, the e2e clock), newest first. */
export function sameRows(count = BIG_RESULT): string {
  const ds = generateTimepay({ nowMs: SANDBOX_NOW, seed: 42, count });
  const rows: unknown[] = [];
  for (let i = 0; i < count; i++) {
    const r = logRecord(ds, i) as Record<string, unknown>;
    rows.push({
      started: r.start_time ?? null,
      channel: r.type ?? null,
      customer: r.name ?? null,
      phone: r.to ?? null,
      campaign: r.campaign_name ?? null,
      status: r.status ?? null,
      disposition: r.disposition ?? null,
      duration: r.duration ?? null,
    });
  }
  return JSON.stringify(rows);
}

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>AG Grid peer</title></head>
<body style="margin:0"><div id="grid" style="height:100vh;width:100vw"></div>
<script src="/ag-grid-community.min.js"></script>
<script>
  if (agGrid.ModuleRegistry && agGrid.AllCommunityModule) agGrid.ModuleRegistry.registerModules([agGrid.AllCommunityModule]);
  fetch('/rows.json').then((r) => r.json()).then((rowData) => {
    const columnDefs = ['started', 'channel', 'customer', 'phone', 'campaign', 'status', 'disposition', 'duration']
      .map((field) => ({ field }));
    agGrid.createGrid(document.getElementById('grid'), {
      columnDefs, rowData,
      onFirstDataRendered: () => { window.__agReady = true; },
    });
  });
</script></body></html>`;

/** A loopback server for the page, AG Grid's prebuilt bundle and the rows (no CSP: AG Grid injects its styles). */
export async function serve(rows: string): Promise<{ url: string; server: Server }> {
  // The package's exports map hides dist/: find the package from its main entry, then the prebuilt bundle.
  const main = createRequire(import.meta.url).resolve('ag-grid-community');
  const root = main.slice(0, main.lastIndexOf('/dist/'));
  const script = readFileSync(join(root, 'dist', 'ag-grid-community.min.js'));
  const server = createServer((req, res) => {
    const [type, body] =
      req.url === '/rows.json'
        ? ['application/json', rows]
        : req.url === '/ag-grid-community.min.js'
          ? ['text/javascript', script]
          : ['text/html; charset=utf-8', PAGE];
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

export interface AgGridRun {
  frames: number[];
  longFrames: number;
  heapMb: number;
  rendered: number;
}

async function oneRun(browser: Browser, url: string): Promise<AgGridRun> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    timezoneId: 'Asia/Kolkata',
  });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    await page.addInitScript({ content: recorderFor(SCROLLER) });
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { __agReady?: boolean }).__agReady === true);
    const rendered = await page.locator('.ag-row').count();
    const cdp = await context.newCDPSession(page);
    await heapAfterGcMb(cdp);
    await page.evaluate('window.__scrollBench.record()');
    const scrollHeight = (await page.evaluate('window.__scrollBench.scrollHeight()')) as number;
    await page.evaluate(`window.__scrollBench.scripted(${JSON.stringify(scrollPlan(scrollHeight))}, 15000)`);
    await wheelScroll(page, 60, 120, 50, '#grid');
    await page.waitForTimeout(500);
    const recording = (await page.evaluate('window.__scrollBench.stop()')) as Recording;
    const top = (await page.evaluate(`${SCROLLER}.scrollTop`)) as number;
    if (!(top > 0)) throw new Error('AG Grid did not scroll');
    const heapMb = await heapAfterGcMb(cdp);
    return {
      frames: recording.frames,
      longFrames: recording.long.filter((e) => e.type === 'long-animation-frame').length,
      heapMb,
      rendered,
    };
  } finally {
    await context.close();
  }
}

export interface AgGridResult {
  p95: number;
  longFrames: number;
  heapMb: number;
  runs: AgGridRun[];
}

/** Medians over `runs` runs of the same scroll as ours, over `count` rows. */
export async function measureAgGrid(options: { runs?: number; count?: number } = {}): Promise<AgGridResult> {
  const { url, server } = await serve(sameRows(options.count ?? BIG_RESULT));
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser();
    const runs: AgGridRun[] = [];
    for (let i = 0; i < (options.runs ?? 3); i++)
      runs.push(await withTimeout(oneRun(browser, url), 120_000, 'an AG Grid scroll run'));
    return {
      p95: median(runs.map((r) => percentile(vsyncFrames(r.frames).snapped, 0.95))),
      longFrames: median(runs.map((r) => r.longFrames)),
      heapMb: median(runs.map((r) => r.heapMb)),
      runs,
    };
  } finally {
    await browser?.close();
    server.close();
    server.closeAllConnections();
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await measureAgGrid({
    runs: Number(process.env.BENCH_RUNS ?? 1),
    count: Number(process.env.BENCH_ROWS ?? BIG_RESULT),
  });
  console.log(
    `AG Grid: p95 frame ${result.p95.toFixed(1)} ms, long animation frames ${result.longFrames}, heap after GC ${result.heapMb.toFixed(1)} MB, rows in DOM ${result.runs[0]?.rendered}, frames ${result.runs[0]?.frames.length}`,
  );
}
