// The request waterfall of one dashboard load, as Chromium saw it: every resource with when it started and
// ended (ms after navigation), and when the first rows were painted. A diagnosis aid, not a bench figure:
// `npx tsx test/bench/waterfall.ts /logs '/logs?source=all'` (after a build into test-results/dist).
import { loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import { startE2eApp } from '../e2e/app.ts';
import { median } from './figure.ts';

const firstRowsProbe = `
  new MutationObserver((_, observer) => {
    if (!document.querySelector('tr[data-log-key]')) return;
    observer.disconnect();
    requestAnimationFrame(() => { window.__firstRows = performance.now(); });
  }).observe(document, { childList: true, subtree: true });
`;

interface Row {
  name: string;
  start: number;
  end: number;
  kind: string;
}

/** The renderer's main-thread CPU up to the first rows (ms): what a busy machine cannot hide. */
type Cpu = Record<'TaskDuration' | 'ScriptDuration' | 'LayoutDuration' | 'RecalcStyleDuration', number>;

async function waterfall(page: Page, url: string): Promise<{ rows: Row[]; firstRows: number; cpu: Cpu }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.addInitScript({ content: firstRowsProbe });
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __firstRows?: number }).__firstRows !== undefined);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const cpu = Object.fromEntries(
    ['TaskDuration', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration'].map((name) => [
      name,
      (metrics.find((m) => m.name === name)?.value ?? NaN) * 1000,
    ]),
  ) as Cpu;
  const timing = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const rows = [
      { name: 'HTML', start: nav.requestStart, end: nav.responseEnd, kind: 'navigation' },
      ...(performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((e) => ({
        name: new URL(e.name).pathname + new URL(e.name).search,
        start: e.startTime,
        end: e.responseEnd,
        kind: e.initiatorType,
      })),
    ];
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    if (paint)
      rows.push({
        name: '(first contentful paint)',
        start: paint.startTime,
        end: paint.startTime,
        kind: 'paint',
      });
    return { rows, firstRows: (window as unknown as { __firstRows: number }).__firstRows };
  });
  return { ...timing, cpu };
}

const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['/logs'];
const app = await startE2eApp();
// A context without the fake clock: the clock's performance object lists no navigation entry.
const newPage = async () =>
  (await app.browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
try {
  // One warm-up, as the bench does.
  const warm = await newPage();
  await waterfall(warm, `${app.url}${paths[0]}`);
  await warm.context().close();
  const runs = Number(process.env.BENCH_RUNS ?? 5);
  for (const path of paths) {
    const loads: Awaited<ReturnType<typeof waterfall>>[] = [];
    for (let i = 0; i < runs; i += 1) {
      const page = await newPage();
      loads.push(await waterfall(page, `${app.url}${path}`));
      await page.context().close();
    }
    // The waterfall of the median load; the medians of first rows and of the main thread's CPU.
    loads.sort((a, b) => a.firstRows - b.firstRows);
    const { rows } = loads[Math.floor(runs / 2)]!;
    console.log(`\n${path}  (load average ${loadavg()[0]?.toFixed(2)}; median of ${runs} loads)`);
    for (const r of rows.sort((a, b) => a.start - b.start)) {
      const name = r.name.length > 90 ? `${r.name.slice(0, 87)}...` : r.name;
      console.log(
        `${r.start.toFixed(0).padStart(5)} → ${r.end.toFixed(0).padStart(5)} ms  ${r.kind.padEnd(12)} ${name}`,
      );
    }
    console.log(`first rows painted: ${median(loads.map((l) => l.firstRows)).toFixed(0)} ms`);
    const cpu = (name: keyof Cpu) => median(loads.map((l) => l.cpu[name])).toFixed(0);
    console.log(
      `renderer main thread until then (ms): task ${cpu('TaskDuration')}, script ${cpu('ScriptDuration')}, layout ${cpu('LayoutDuration')}, style ${cpu('RecalcStyleDuration')}`,
    );
  }
} finally {
  await app.close();
}
