import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { csvRow } from '../../src/logs/csv.ts';
import { parseCsv } from '../logs/csv-reader.ts';
import { sandboxOf, startE2eApp, type E2eApp } from './app.ts';
import { hoursAgo } from './dates.ts';

/**
 * Export end to end in Chromium against the sandbox: the whole filtered result downloaded (no File System
 * Access picker in these pages, so the Blob download path runs), read back line by line.
 */
let app: E2eApp;
const opened: Page[] = [];

// Convoso between these instants: 10,000-odd calls (105 pages of 100 at the unconfirmed 5 requests/s).
const CONVOSO_10K = `/logs?source=sandbox-convoso&since=${hoursAgo(17 * 24)}&until=${hoursAgo(0)}`;
const DEFAULT_HEADER = [
  'Started',
  'Channel',
  'Customer',
  'Phone',
  'Campaign',
  'Outcome',
  'Disposition',
  'Duration',
];
const ISO_KOLKATA = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+05:30$/;

async function openPage(path: string, storage: Record<string, string> = {}): Promise<Page> {
  const page = await app.newPage();
  opened.push(page);
  await page.addInitScript((entries) => {
    // The download path (Blob parts + <a download>) is the one a test can capture.
    delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker;
    for (const [key, value] of Object.entries(entries)) window.localStorage.setItem(key, value);
  }, storage);
  await page.goto(app.url + path);
  await page.locator('tr[data-log-key]').first().waitFor();
  return page;
}

/** Opens the dialog, waits for the total, picks the format and starts; returns the total shown. */
async function startExport(page: Page, format: 'CSV' | 'NDJSON' = 'CSV'): Promise<number> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export logs' });
  await dialog.waitFor();
  if (format === 'NDJSON') await dialog.getByLabel(/NDJSON/).check();
  const total = dialog.getByTestId('export-total');
  await expect.poll(() => total.textContent(), { timeout: 15_000 }).toMatch(/^[\d,]+$/);
  const shown = Number((await total.textContent())?.replaceAll(',', ''));
  await dialog.getByRole('button', { name: 'Start' }).click();
  return shown;
}

async function download(page: Page, format: 'CSV' | 'NDJSON' = 'CSV') {
  const downloading = page.waitForEvent('download', { timeout: 180_000 });
  const total = await startExport(page, format);
  const file = await downloading;
  const path = await file.path();
  return {
    total,
    name: file.suggestedFilename(),
    text: readFileSync(path, 'utf8'),
    bytes: readFileSync(path),
  };
}

/** Rows the finished export says it left out: unreadable records and rows served twice. */
async function leftOut(page: Page): Promise<number> {
  let n = 0;
  for (const id of ['export-skipped', 'export-duplicates']) {
    const note = page.getByTestId(id);
    if ((await note.count()) > 0) n += Number((await note.textContent())?.replaceAll(',', ''));
  }
  return n;
}

const listRequests = (path: string) => sandboxOf(app).requests.filter((r) => r.path === path);

beforeAll(async () => {
  app = await startE2eApp();
});
afterEach(async () => {
  await Promise.all(opened.splice(0).map((page) => page.close()));
  Object.assign(sandboxOf(app).faults, { latencyMs: 0, errorRate: 0, rateLimitRate: 0, retryAfterSec: 2 });
});
afterAll(async () => {
  await app?.close();
});

describe('export', () => {
  it('downloads every row of a 10,000-row Convoso result as CSV: count, header, quoting, zone', async () => {
    const page = await openPage(CONVOSO_10K);
    const { total, name, text, bytes } = await download(page);
    expect(total).toBeGreaterThan(10_000);
    expect(name).toMatch(/^switchboard-sandbox-convoso-\d{8}-\d{4}\.csv$/);
    // UTF-8 with BOM (Excel), then the view's URL as a comment line.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const body = text.replace(/^\uFEFF/, '');
    const firstBreak = body.indexOf('\r\n');
    expect(body.slice(0, firstBreak)).toBe(`# view: ${page.url()}`);

    const records = parseCsv(body.slice(firstBreak + 2));
    const [header, ...rows] = records;
    expect(header).toEqual(DEFAULT_HEADER);
    const shownHeaders = await page.getByRole('columnheader').allTextContents();
    expect(shownHeaders.map((h) => h.trim())).toEqual(DEFAULT_HEADER);
    // Unreadable records (the sandbox plants malformed ones) are left out and counted, as the table does.
    const skipped = await leftOut(page);
    expect(skipped).toBeLessThan(10);
    expect(rows.length + skipped).toBe(total);
    expect(await page.getByTestId('export-rows').textContent()).toBe(rows.length.toLocaleString('en-US'));
    for (const row of rows) expect(row).toHaveLength(DEFAULT_HEADER.length);
    // Every field, quoted or not, reads back to exactly the bytes written.
    expect(records.map(csvRow).join('')).toBe(body.slice(firstBreak + 2));
    // Times in the display zone (the browser's, Asia/Kolkata) with offset, newest first.
    const times = rows.map((r) => r[0] ?? '');
    expect(times.every((t) => ISO_KOLKATA.test(t))).toBe(true);
    const ms = times.map((t) => Date.parse(t));
    expect(ms.every((t, i) => i === 0 || t <= ms[i - 1]!)).toBe(true);
    expect(ms.at(-1)).toBeGreaterThanOrEqual(Date.parse(hoursAgo(17 * 24)));
    // Every page asked once, all answered.
    const asked = listRequests('/v1/log/retrieve').filter((r) => r.query.limit?.[0] === '100');
    expect(asked.length).toBeGreaterThanOrEqual(Math.ceil(total / 100));
    expect(asked.every((r) => r.status === 200)).toBe(true);
  }, 240_000);

  it('writes NDJSON a log per line, waiting out 429s by Retry-After', async () => {
    const page = await openPage(
      `/logs?source=sandbox-salesfinity&since=${hoursAgo(72)}&until=${hoursAgo(0)}`,
    );
    Object.assign(sandboxOf(app).faults, { rateLimitRate: 0.25, retryAfterSec: 1 });
    const { total, name, text } = await download(page, 'NDJSON');
    expect(name).toMatch(/\.ndjson$/);
    const lines = text.split('\n');
    expect(lines.pop()).toBe('');
    const [first, ...entries] = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(first).toMatchObject({ view: page.url(), exportedAt: expect.stringMatching(/\+05:30$/) });
    // Unreadable records (the sandbox plants malformed ones) are left out and counted, as the table does.
    const skipped = await leftOut(page);
    expect(skipped).toBeLessThan(total / 100);
    expect(entries.length + skipped).toBe(total);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    for (const e of entries) {
      expect(e).toMatchObject({ sourceId: 'sandbox-salesfinity', provider: 'salesfinity', channel: 'call' });
      expect(e).not.toHaveProperty('raw');
      expect(String(e.startedAt)).toMatch(ISO_KOLKATA);
    }
    // The sandbox did refuse some pages, and each was asked again after the wait.
    const statuses = listRequests('/v1/call-log').map((r) => r.status);
    expect(statuses).toContain(429);
  }, 240_000);

  it('exports a merged view newest first across sources, with the Source column', async () => {
    const page = await openPage(`/logs?source=all&since=${hoursAgo(6)}&until=${hoursAgo(0)}`);
    const { total, name, text } = await download(page);
    expect(name).toMatch(/^switchboard-all-\d{8}-\d{4}\.csv$/);
    const body = text.replace(/^\uFEFF[^\r]*\r\n/, '');
    const [header, ...rows] = parseCsv(body);
    expect(header).toEqual(['Started', 'Source', ...DEFAULT_HEADER.slice(1)]);
    expect(rows.length + (await leftOut(page))).toBe(total);
    const labels = new Set(rows.map((r) => r[1]));
    expect(labels.size).toBeGreaterThanOrEqual(3);
    for (const label of labels) expect(label).toMatch(/\(sandbox\)$/);
    const ms = rows.flatMap((r) => (r[0] ? [Date.parse(r[0])] : []));
    expect(ms.every((t, i) => i === 0 || t <= ms[i - 1]!)).toBe(true);
  }, 240_000);

  it('Cancel stops asking and aborts the request in flight', async () => {
    const page = await openPage(CONVOSO_10K);
    await startExport(page);
    const bar = page.getByRole('progressbar', { name: 'Export progress' });
    await expect
      .poll(async () => Number(await bar.getAttribute('aria-valuenow')), { timeout: 30_000 })
      .toBeGreaterThan(0);
    sandboxOf(app).faults.latencyMs = 2_000;
    const sandbox = sandboxOf(app);
    // Cancel while the next page is in flight at the sandbox (held there by the latency).
    await expect.poll(() => sandbox.inFlight.includes('/v1/log/retrieve'), { timeout: 30_000 }).toBe(true);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Export cancelled' }).count()).toBe(1);
    await expect
      .poll(() => sandbox.requests.filter((r) => r.path === '/v1/log/retrieve').at(-1)?.aborted, {
        timeout: 10_000,
      })
      .toBe(true);
    const after = sandbox.requests.length;
    await page.waitForTimeout(1_500);
    expect(
      sandbox.requests
        .slice(after)
        .filter((r) => r.path === '/v1/log/retrieve' && r.query.limit?.[0] === '100'),
    ).toEqual([]);
    expect(await page.getByRole('progressbar').count()).toBe(0);
  }, 120_000);

  it('masks phone numbers and names in the file when masking is on; Devanagari stays intact', async () => {
    const path = `/logs?source=sandbox-timepay&since=${hoursAgo(5)}&until=${hoursAgo(0)}&cols=time,customer,phone,business`;
    const plain = await download(await openPage(path));
    const masked = await download(await openPage(path, { 'switchboard:masking': 'on' }));
    const rowsOf = (text: string) => parseCsv(text.replace(/^\uFEFF[^\r]*\r\n/, '')).slice(1);
    const plainRows = rowsOf(plain.text);
    const maskedRows = rowsOf(masked.text);
    expect(maskedRows).toHaveLength(plainRows.length);
    expect(plainRows.length).toBe(plain.total);
    // Unmasked: full national numbers, and the sandbox's Devanagari names read back as written.
    expect(plainRows.some((r) => /\d{5} \d{5}/.test(r[2] ?? ''))).toBe(true);
    expect(plain.text).toMatch(/\p{Script=Devanagari}/u);
    // Masked: no customer number keeps more than its last four digits; names are initials.
    for (const row of maskedRows) {
      expect((row[2] ?? '').replace(/\D/g, '').length).toBeLessThanOrEqual(4);
      expect(row[1] ?? '').toMatch(/^(\S\.( \S\.)*)?$/u);
    }
    for (const row of plainRows) expect(masked.text).not.toContain((row[2] ?? '').trim() || '\u0000');
  }, 240_000);
});
