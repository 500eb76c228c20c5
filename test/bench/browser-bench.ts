import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startE2eApp } from '../e2e/app.ts';
import { E2E_DIST } from '../e2e/dist-dir.ts';
import { median, type BenchFigure } from './figure.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

/**
 * Marks, inside the page, the frame after the first data row entered the DOM. A string, not a function:
 * tsx would wrap a function with helpers the page does not have.
 */
const firstRowsProbe = `
  new MutationObserver((_, observer) => {
    if (!document.querySelector('tr[data-log-key]')) return;
    observer.disconnect();
    requestAnimationFrame(() => { window.__firstRows = performance.now(); });
  }).observe(document, { childList: true, subtree: true });
`;

async function firstRowsMs(page: Page, url: string, timeout = 15_000): Promise<number> {
  await page.addInitScript({ content: firstRowsProbe });
  await page.goto(url);
  await page.waitForFunction(
    () => (window as unknown as { __firstRows?: number }).__firstRows !== undefined,
    null,
    { timeout },
  );
  return page.evaluate(() => (window as unknown as { __firstRows: number }).__firstRows);
}

/**
 * From the `change` event of the Channel select (default: WhatsApp; `''` is "all channels") to the frame where the
 * table is no longer stale and shows another result: a different first row or a different row count.
 */
export async function filterChangeMs(page: Page, channel = 'whatsapp'): Promise<number> {
  const table = page.locator('table[aria-rowcount]');
  const before = {
    key: await page.locator('tr[data-log-key]').first().getAttribute('data-log-key'),
    rows: await table.getAttribute('aria-rowcount'),
  };
  await page.evaluate(() => {
    const w = window as unknown as { __mark?: number };
    delete w.__mark;
    document.addEventListener('change', () => (w.__mark = performance.now()), { capture: true, once: true });
  });
  // A role, not a label: the Channel column header is labelled 'Channel' too.
  await page.getByRole('combobox', { name: 'Channel', exact: true }).selectOption(channel);
  const handle = await page.waitForFunction(
    (previous) => {
      const mark = (window as unknown as { __mark?: number }).__mark;
      const first = document.querySelector('tr[data-log-key]');
      const busy = document.querySelector('div[aria-busy="true"]'); // the table is stale until the new first page is in
      const rows = document.querySelector('table[aria-rowcount]')?.getAttribute('aria-rowcount');
      if (mark === undefined || !first || busy) return null;
      if (first.getAttribute('data-log-key') === previous.key && rows === previous.rows) return null;
      return performance.now() - mark;
    },
    before,
    { polling: 'raf', timeout: 15_000 },
  );
  return (await handle.jsonValue()) as number;
}

/** The peer of "first rows": a static page of 100 rows (no script) in the built SPA's folder, same server. */
export const STATIC_PAGE = 'bench-static-100-rows.html';

/** 100 rows shaped like the dashboard's (same columns, the SPA's own stylesheet), marked like its rows. */
export function staticRowsPage(distDir: string): string {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+\.css)"/g)].map((m) => m[1]);
  const rows = Array.from({ length: 100 }, (_, i) => {
    const at = new Date(Date.UTC(2026, 10, 20, 12) - i * 417_000)
      .toISOString()
      .replace('T', ' ')
      .slice(0, 19);
    return `<tr data-log-key="static:${i}"><td>${at}</td><td>Call</td><td>Customer ${i}</td><td>+91 98${String(76_543_210 + i * 7919).slice(0, 8)}</td><td>Campaign ${i % 12}</td><td>Completed</td><td>${30 + ((i * 37) % 570)} s</td></tr>`;
  }).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>100 static rows</title>${css
    .map((href) => `<link rel="stylesheet" href="${href}">`)
    .join(
      '',
    )}</head><body><table aria-label="Static rows"><thead><tr><th>Started</th><th>Channel</th><th>Customer</th><th>Phone</th><th>Campaign</th><th>Status</th><th>Duration</th></tr></thead><tbody>
${rows}
</tbody></table></body></html>`;
}

async function medianFirstRows(app: Awaited<ReturnType<typeof startE2eApp>>, path: string, runs: number) {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const page = await app.newPage();
    times.push(await firstRowsMs(page, `${app.url}${path}`));
    await page.context().close();
  }
  return median(times);
}

/** First rows of the merged view (`source=all`); NaN ("n/a") when the page shows no rows (MERGE not landed). */
async function mergedFirstRows(app: Awaited<ReturnType<typeof startE2eApp>>, runs: number): Promise<number> {
  const probe = await app.newPage();
  const shows = await firstRowsMs(probe, `${app.url}/logs?source=all`, 10_000).then(
    () => true,
    () => false,
  );
  await probe.context().close();
  return shows ? medianFirstRows(app, '/logs?source=all', runs) : NaN;
}

export async function benchBrowser(): Promise<BenchFigure[]> {
  // Written before the server starts: sirv lists the folder once, at start.
  const staticFile = join(E2E_DIST, STATIC_PAGE);
  writeFileSync(staticFile, staticRowsPage(E2E_DIST));
  const app = await startE2eApp();
  try {
    const warm = await app.newPage();
    await firstRowsMs(warm, `${app.url}/logs`); // the sandbox and the server warm up once, as after a real start
    await firstRowsMs(await app.newPage(), `${app.url}/${STATIC_PAGE}`);
    const firsts: number[] = [];
    const changes: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      const page = await app.newPage();
      firsts.push(await firstRowsMs(page, `${app.url}/logs`));
      changes.push(await filterChangeMs(page));
      await page.context().close();
    }
    const first = median(firsts);
    const change = median(changes);
    const staticFirst = await medianFirstRows(app, `/${STATIC_PAGE}`, RUNS);
    const merged = await mergedFirstRows(app, RUNS);
    return [
      {
        name: `first rows painted after navigation (median of ${RUNS})`,
        value: first,
        unit: 'ms',
        bar: '≤ 600 ms',
        pass: first <= 600,
        peer: { name: 'static 100-row HTML page, same server', value: staticFirst, unit: 'ms' },
      },
      {
        name: `merged view (source=all): first rows painted (median of ${RUNS})`,
        value: merged,
        unit: 'ms',
        peer: { name: 'static 100-row HTML page, same server', value: staticFirst, unit: 'ms' },
      },
      {
        name: `filter change to new rows (median of ${RUNS})`,
        value: change,
        unit: 'ms',
        bar: '≤ 200 ms',
        pass: change <= 200,
      },
    ];
  } finally {
    rmSync(staticFile, { force: true });
    await app.close();
  }
}
