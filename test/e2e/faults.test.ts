import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox, type RecordedRequest, type Sandbox } from '../../src/server/sandbox/index.ts';
import { SANDBOX_NOW, startE2eApp, visibleLogKeys, type E2eApp } from './app.ts';

/**
 * Faults end to end. The app of this file is its own (knob changes never leak into other files) and reaches
 * a sandbox of its own as a configured upstream, so that one source can carry a token the provider refuses:
 * `collections` (the right token) and `revoked` (a wrong one), both timepay.
 */
let upstream: Sandbox;
let app: E2eApp;

const LABEL = 'Collections (timepay)';
const opened: Page[] = [];

async function newPage(): Promise<Page> {
  const page = await app.newPage();
  opened.push(page);
  return page;
}

beforeAll(async () => {
  upstream = await startSandbox({ now: SANDBOX_NOW });
  const file = join(mkdtempSync(join(tmpdir(), 'switchboard-faults-')), 'switchboard.config.json');
  const timepay = {
    provider: 'timepay',
    baseUrl: upstream.url,
    timeZone: 'Asia/Kolkata',
    defaultCountry: 'IN',
  };
  writeFileSync(
    file,
    JSON.stringify({
      sources: [
        { id: 'collections', label: LABEL, credentials: { token: '${TIMEPAY_TOKEN}' }, ...timepay },
        { id: 'revoked', label: 'Revoked (timepay)', credentials: { token: 'tp_revoked_0000' }, ...timepay },
      ],
    }),
  );
  // These tests count the provider's requests and aborts one by one: no answer shared from the server's cache.
  app = await startE2eApp({
    SWITCHBOARD_CONFIG: file,
    TIMEPAY_TOKEN: upstream.credentials.timepay.token,
    SWITCHBOARD_CACHE_TTL_MS: '0',
    SWITCHBOARD_COALESCING: '0',
  });
});
beforeEach(() => {
  upstream.requests.length = 0;
});
afterEach(async () => {
  // A page left open keeps its queries alive (retries, pages under its viewport) and would ask during the next test.
  await Promise.all(opened.splice(0).map((page) => page.close()));
  Object.assign(upstream.faults, {
    latencyMs: 0,
    errorRate: 0,
    rateLimitRate: 0,
    retryAfterSec: 2,
    dropRate: 0,
  });
});
afterAll(async () => {
  await app?.close();
  await upstream?.close();
});

/** The list requests the provider received for one channel (timepay's `type`), oldest first. */
const listRequests = (type: string, token = upstream.credentials.timepay.token): RecordedRequest[] =>
  upstream.requests.filter(
    (r) =>
      r.path === '/api/v1/logs' &&
      r.query.type?.[0] === type &&
      r.headers.authorization === `Bearer ${token}`,
  );

const channelFilter = (page: Page) => page.getByRole('form', { name: 'Filters' }).getByLabel('Channel');

/** Opens the collections source on one channel and waits for its rows. */
async function openWithRows(channel: string): Promise<{ page: Page; keys: string[] }> {
  const page = await newPage();
  await page.goto(`${app.url}/logs?source=collections&channel=${channel}`);
  await page.locator('tr[data-log-key]').first().waitFor();
  const keys = await visibleLogKeys(page);
  expect(keys.length).toBeGreaterThan(5);
  return { page, keys };
}

/**
 * The rows of the previous query are still on screen: the leading ones, in the same order (while stale, only
 * its first page is kept; the rows below it are placeholders).
 */
async function expectStaleRows(page: Page, before: string[]): Promise<void> {
  const now = await visibleLogKeys(page);
  expect(now.length).toBeGreaterThanOrEqual(10);
  expect(now).toEqual(before.slice(0, now.length));
}

/** Channel cells of the rows on screen. */
const channels = (page: Page) => page.locator('tr[data-log-key] td:nth-child(2)').allTextContents();

/** Waits until the table shows rows, all of one channel (the new query's rows have arrived). */
async function expectRowsOf(page: Page, channel: string): Promise<void> {
  await expect
    .poll(
      async () => {
        const shown = await channels(page);
        return shown.length > 0 && shown.every((t) => t.includes(channel));
      },
      { timeout: 15_000 },
    )
    .toBe(true);
}

describe('faults of the provider, seen in Chromium', () => {
  it('seconds of latency: the previous rows stay, marked as updating, until the new ones arrive', async () => {
    const { page, keys } = await openWithRows('call');
    upstream.faults.latencyMs = 2_500;
    await channelFilter(page).selectOption('whatsapp');
    await expect.poll(() => page.getByText('Updating…').count()).toBe(1);
    // While the new query loads: the same call rows, the table busy, the count of the old result.
    await expectStaleRows(page, keys);
    expect(await page.getByRole('region', { name: 'Results' }).getAttribute('aria-busy')).toBe('true');
    expect((await channels(page)).every((t) => t.includes('Call'))).toBe(true);
    await page.screenshot({ path: 'test-results/faults-latency.png' });
    await expectRowsOf(page, 'WhatsApp');
    expect(await page.getByText('Updating…').count()).toBe(0);
    expect(listRequests('whatsapp').at(-1)).toMatchObject({ status: 200, aborted: false });
  });

  it('a run of 500s: says it is retrying (attempt N), keeps the previous rows, recovers without a reload', async () => {
    const { page, keys } = await openWithRows('call');
    upstream.faults.errorRate = 1;
    await channelFilter(page).selectOption('sms');
    const retrying = page.getByText(
      new RegExp(`${LABEL.replace(/[()]/g, '\\$&')} failed \\(500\\), retrying… \\(attempt 3\\)`),
    );
    await expect.poll(() => retrying.count(), { timeout: 15_000 }).toBe(1);
    await expectStaleRows(page, keys);
    expect(listRequests('sms').length).toBeGreaterThanOrEqual(2);
    expect(listRequests('sms').every((r) => r.status === 500)).toBe(true);
    await page.screenshot({ path: 'test-results/faults-retrying.png' });
    const navigations: string[] = [];
    page.on('framenavigated', (frame) => navigations.push(frame.url()));
    upstream.faults.errorRate = 0;
    await expectRowsOf(page, 'SMS');
    expect(navigations).toEqual([]);
    expect(await page.getByText(/retrying/).count()).toBe(0);
    expect(listRequests('sms').at(-1)?.status).toBe(200);
  });

  it('429 with Retry-After 2: says "rate limited, retrying in 2 s" and asks again no sooner than 2 s later', async () => {
    const { page, keys } = await openWithRows('call');
    Object.assign(upstream.faults, { rateLimitRate: 1, retryAfterSec: 2 });
    await channelFilter(page).selectOption('whatsapp');
    await expect.poll(() => page.getByText(`Rate limited by ${LABEL}, retrying in 2 s`).count()).toBe(1);
    await expect.poll(() => listRequests('whatsapp').length, { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
    upstream.faults.rateLimitRate = 0;
    await expectStaleRows(page, keys);
    const limited = listRequests('whatsapp').filter((r) => r.status === 429);
    expect(limited.length).toBeGreaterThanOrEqual(2);
    // The sandbox's own clock: each retry arrived at least Retry-After after the 429 before it was received.
    const gaps = limited.slice(1).map((r, i) => r.at - (limited[i]?.at ?? 0));
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(2_000);
    await expect
      .poll(async () => (await channels(page)).every((t) => t.includes('WhatsApp')), { timeout: 15_000 })
      .toBe(true);
  });

  it('a 4xx is never retried: a refused token costs exactly one upstream request', async () => {
    const bad = 'tp_revoked_0000';
    const page = await newPage();
    await page.goto(`${app.url}/logs?source=revoked&channel=call`);
    const alert = page.getByRole('alert').filter({ hasText: 'Revoked (timepay)' });
    await expect.poll(() => alert.count()).toBeGreaterThan(0);
    expect(await alert.first().textContent()).toMatch(/credentials/i);
    // The banner shows once the query has stopped fetching; wait past the first backoff (1 s) to be sure.
    await page.waitForTimeout(2_500);
    const refused = listRequests('call', bad);
    expect(refused.map((r) => r.status)).toEqual([401]);
    // Nothing else the page asked with that token was asked twice either.
    const asked = upstream.requests
      .filter((r) => r.headers.authorization === `Bearer ${bad}`)
      .map((r) => `${r.path}?${JSON.stringify(r.query)}`);
    expect(new Set(asked).size).toBe(asked.length);
  });

  it('dropped connections: says it is retrying, keeps the rows, recovers once the network does', async () => {
    const { page, keys } = await openWithRows('call');
    upstream.faults.dropRate = 1;
    await channelFilter(page).selectOption('sms');
    await expect
      .poll(() => page.getByText(/failed \(502\), retrying… \(attempt 2\)/).count(), { timeout: 10_000 })
      .toBe(1);
    await expectStaleRows(page, keys);
    const dropped = listRequests('sms');
    expect(dropped.length).toBeGreaterThan(0);
    expect(dropped.every((r) => r.aborted)).toBe(true);
    upstream.faults.dropRate = 0;
    await expectRowsOf(page, 'SMS');
    expect(listRequests('sms').at(-1)).toMatchObject({ status: 200, aborted: false });
  });

  it('changing the filter quickly aborts the upstream request of the previous one', async () => {
    const { page } = await openWithRows('call');
    upstream.faults.latencyMs = 3_000;
    const sent = page.waitForRequest(
      (r) => r.url().includes('/api/v1/logs') && r.url().includes('type=whatsapp'),
    );
    await channelFilter(page).selectOption('whatsapp');
    await sent;
    await page.waitForTimeout(300); // let the proxy's request reach the sandbox (it is recorded when it ends)
    await channelFilter(page).selectOption('sms');
    await expect.poll(() => listRequests('whatsapp').length).toBe(1);
    expect(listRequests('whatsapp')[0]?.aborted).toBe(true);
    await expectRowsOf(page, 'SMS');
    expect(listRequests('sms').at(-1)).toMatchObject({ status: 200, aborted: false });
  });

  it('closing the page aborts its upstream request', async () => {
    upstream.faults.latencyMs = 3_000;
    const page = await newPage();
    const sent = page.waitForRequest(
      (r) => r.url().includes('/api/v1/logs') && r.url().includes('type=call'),
    );
    const before = listRequests('call').length;
    await page.goto(`${app.url}/logs?source=collections&channel=call`);
    await sent;
    await page.waitForTimeout(300);
    await page.close();
    await expect.poll(() => listRequests('call').length).toBe(before + 1);
    expect(listRequests('call').at(-1)?.aborted).toBe(true);
  });
  it('500s past the last retry: says it stopped after N attempts, and "Try again" recovers without a reload', async () => {
    const { page } = await openWithRows('call');
    upstream.faults.errorRate = 1;
    await channelFilter(page).selectOption('sms');
    const alert = page.getByRole('alert').filter({ hasText: `${LABEL} could not answer (HTTP 500)` });
    await expect.poll(() => alert.count(), { timeout: 20_000 }).toBe(1);
    const said = Number(
      /Switchboard asked (\d+) times and stopped\./.exec((await alert.textContent()) ?? '')?.[1],
    );
    expect(said).toBeGreaterThan(1);
    // Each attempt may read more than one provider page (timepay's window is made exact from its edges).
    expect(listRequests('sms').length).toBeGreaterThanOrEqual(said);
    // The calls shown before stay on screen, said to be the earlier result.
    expect((await channels(page)).length).toBeGreaterThan(5);
    expect((await channels(page)).every((t) => t.includes('Call'))).toBe(true);
    expect(await page.getByTestId('result-count').textContent()).toMatch(/logs \(earlier result\)$/);
    await page.screenshot({ path: 'test-results/faults-gave-up.png' });
    const navigations: string[] = [];
    page.on('framenavigated', (frame) => navigations.push(frame.url()));
    upstream.faults.errorRate = 0;
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expectRowsOf(page, 'SMS');
    expect(navigations).toEqual([]);
    expect(await alert.count()).toBe(0);
  });
});
