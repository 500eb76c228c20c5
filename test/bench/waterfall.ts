// The request waterfall of one dashboard load, as Chromium saw it: every resource with when it started and
// ended (ms after navigation), and when the first rows were painted. A diagnosis aid, not a bench figure:
// `npx tsx test/bench/waterfall.ts /logs '/logs?source=all'` (after a build into test-results/dist).
import { loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import { startE2eApp } from '../e2e/app.ts';

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

async function waterfall(page: Page, url: string): Promise<{ rows: Row[]; firstRows: number }> {
  await page.addInitScript({ content: firstRowsProbe });
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __firstRows?: number }).__firstRows !== undefined);
  return page.evaluate(() => {
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
  for (const path of paths) {
    const page = await newPage();
    const { rows, firstRows } = await waterfall(page, `${app.url}${path}`);
    await page.context().close();
    console.log(`\n${path}  (load average ${loadavg()[0]?.toFixed(2)})`);
    for (const r of rows.sort((a, b) => a.start - b.start)) {
      const name = r.name.length > 90 ? `${r.name.slice(0, 87)}...` : r.name;
      console.log(
        `${r.start.toFixed(0).padStart(5)} → ${r.end.toFixed(0).padStart(5)} ms  ${r.kind.padEnd(12)} ${name}`,
      );
    }
    console.log(`first rows painted: ${firstRows.toFixed(0)} ms`);
  }
} finally {
  await app.close();
}
