// Export throughput against the sandbox, in headless Chromium on the built app (test-results/dist, which any
// e2e run builds). Not a test (no assertion on time): run it by hand.
//   node --import tsx test/e2e/export-throughput.ts            10k and ~50k Convoso rows as CSV
//   SHOTS=1 node --import tsx test/e2e/export-throughput.ts    screenshots of the dialog, light and dark
//   CEILING=1 node --import tsx test/e2e/export-throughput.ts  the same exports in Node with no pacing: what the
//                                                              proxy, sandbox and writer manage when the rate
//                                                              limit is not what holds them back
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { runExport } from '../../src/features/export/run-export.ts';
import type { SourceInfo } from '../../src/logs/source.ts';
import { emptyQuery } from '../../src/logs/log-query.ts';
import { convosoAdapter } from '../../src/providers/convoso/index.ts';
import { startE2eApp, type E2eApp } from './app.ts';
import { hoursAgo } from './dates.ts';

const RUNS = [
  {
    label: 'Convoso 10k',
    path: `/logs?source=sandbox-convoso&since=${hoursAgo(17 * 24)}&until=${hoursAgo(0)}`,
  },
  {
    label: 'Convoso all (~50k)',
    path: `/logs?source=sandbox-convoso&since=${hoursAgo(111.5 * 24)}&until=${hoursAgo(-12)}`,
  },
];

async function open(app: E2eApp, path: string, theme = 'light', size = { width: 1440, height: 900 }) {
  const page = await app.newPage();
  await page.setViewportSize(size);
  await page.addInitScript((t) => {
    delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker;
    window.localStorage.setItem('switchboard:theme', t);
  }, theme);
  await page.goto(app.url + path);
  await page.locator('tr[data-log-key]').first().waitFor();
  return page;
}

async function measure(page: Page) {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export logs' });
  await dialog
    .getByTestId('export-total')
    .filter({ hasText: /^[\d,]+$/ })
    .waitFor();
  const downloading = page.waitForEvent('download', { timeout: 900_000 });
  const t0 = performance.now();
  await dialog.getByRole('button', { name: 'Start' }).click();
  const file = await downloading;
  const seconds = (performance.now() - t0) / 1000;
  const text = readFileSync(await file.path(), 'utf8');
  const rows = text.split('\r\n').length - 3; // BOM + view line, header, trailing CRLF
  return { rows, seconds, bytes: Buffer.byteLength(text) };
}

async function shots(app: E2eApp) {
  for (const theme of ['light', 'dark']) {
    for (const size of [
      { width: 1280, height: 800 },
      { width: 1440, height: 900 },
    ]) {
      const page = await open(app, RUNS[0]!.path, theme, size);
      const name = (stage: string) => `test-results/export-${stage}-${theme}-${size.width}.png`;
      await page.screenshot({ path: name('button') });
      await page.getByRole('button', { name: 'Export', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Export logs' });
      await dialog
        .getByTestId('export-total')
        .filter({ hasText: /^[\d,]+$/ })
        .waitFor();
      await page.screenshot({ path: name('setup') });
      const downloading = page.waitForEvent('download', { timeout: 900_000 });
      await dialog.getByRole('button', { name: 'Start' }).click();
      await page.waitForTimeout(3_000);
      await page.screenshot({ path: name('running') });
      await downloading;
      await page.screenshot({ path: name('done') });
      await page.close();
    }
  }
}

/** Convoso exported in Node through the proxy with no pacing, into a sink that only counts bytes. */
async function ceiling(app: E2eApp) {
  const realFetch = globalThis.fetch;
  globalThis.fetch = (input, init) =>
    realFetch(typeof input === 'string' && input.startsWith('/') ? app.url + input : input, init);
  const sources = (await (await fetch('/api/sources')).json()) as SourceInfo[];
  const source = sources.find((s) => s.provider === 'convoso')!;
  const { since: _s, until: _u, columns: _c, log: _l, ...rest } = emptyQuery;
  for (const [label, sinceMs] of [
    ['Convoso 10k', Date.parse(hoursAgo(17 * 24))],
    ['Convoso all (~50k)', Date.parse(hoursAgo(111.5 * 24))],
  ] as const) {
    let bytes = 0;
    const t0 = performance.now();
    const result = await runExport(
      {
        members: [{ source, adapter: convosoAdapter }],
        query: { ...rest, sources: [source.id], sinceMs, untilMs: Date.parse(hoursAgo(0)) },
        columns: null,
        zone: 'Asia/Kolkata',
        masking: false,
        format: 'csv',
        includeRaw: false,
        viewUrl: app.url,
        exportedAt: Date.now(),
        rateLimit: { requests: 1_000_000, perMs: 1_000 },
      },
      {
        kind: 'download',
        write: async (chunk) => void (bytes += chunk.length),
        close: async () => {},
        abort: async () => {},
      },
      new AbortController().signal,
      () => {},
    );
    const seconds = (performance.now() - t0) / 1000;
    console.log(
      `${label} (Node, unpaced): ${result.rows} rows in ${seconds.toFixed(1)} s = ${Math.round(result.rows / seconds)} rows/s`,
    );
  }
  globalThis.fetch = realFetch;
}

const app = await startE2eApp();
try {
  if (process.env.SHOTS) await shots(app);
  else if (process.env.CEILING) await ceiling(app);
  else
    for (const run of RUNS) {
      const page = await open(app, run.path);
      const { rows, seconds, bytes } = await measure(page);
      console.log(
        `${run.label}: ${rows} rows, ${(bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(1)} s = ${Math.round(rows / seconds)} rows/s`,
      );
      await page.close();
    }
} finally {
  await app.close();
}
