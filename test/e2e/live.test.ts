import { TIME_WINDOW_LEAD_MS } from '../../src/providers/timepay/constants.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toZonedIso } from '../../src/logs/time.ts';
import { SANDBOX_NOW, sandboxOf, startE2eApp, visibleLogKeys, type E2eApp } from './app.ts';
import { hoursAgo } from './dates.ts';

let app: E2eApp;
beforeAll(async () => {
  // Live checks are counted at the sandbox, and the browser's clock runs ahead of the server's cache.
  app = await startE2eApp({ SWITCHBOARD_CACHE_TTL_MS: '0' });
});
afterAll(() => app?.close());

const MINUTE = 60_000;
/** The sandbox's data runs up to SANDBOX_NOW: a browser clock set before it sees new logs as time moves on. */
const T0 = SANDBOX_NOW - 2 * 60 * MINUTE;
/** timepay count requests received since `mark` (by the server's clock: the sandbox keeps only the last 500). */
// timepay's live check reads list pages, not count_only: its window is cut exactly by start (exact-window.ts).
const countRequests = (mark: number) =>
  sandboxOf(app).requests.filter((r) => r.at >= mark && r.path.endsWith('/logs')).length;

describe('live mode in Chromium', () => {
  it('announces new logs without moving the rows; "show" brings them in at the top; paused while a log is open', async () => {
    const page = await app.newPage();
    await page.clock.install({ time: T0 });
    await page.goto(`${app.url}/logs?source=sandbox-timepay&since=now-24h&until=now`);
    await page.locator('tr[data-log-key]').first().waitFor();
    await page.getByLabel('Live', { exact: true }).selectOption('10');
    await expect.poll(() => page.getByText('Live: checking every 10 s.').count()).toBe(1);
    const before = await visibleLogKeys(page);
    const asked = Date.now();
    await page.clock.setSystemTime(T0 + 30 * MINUTE);
    await page.clock.runFor(11_000);
    const announced = page.getByText(/^[\d,]+ new logs?$/);
    await expect.poll(() => announced.count()).toBe(1);
    // timepay has a count request: one per check, newer than the top row.
    expect(countRequests(asked)).toBeGreaterThan(0);
    const fresh = Number(((await announced.textContent()) ?? '').replace(/\D+/g, ''));
    expect(fresh).toBeGreaterThan(0);
    expect(await visibleLogKeys(page)).toEqual(before);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.screenshot({ path: 'test-results/live-banner-1280.png' });

    await page.getByRole('button', { name: 'show', exact: true }).click();
    await expect.poll(async () => (await visibleLogKeys(page))[0]).not.toBe(before[0]);
    const after = await visibleLogKeys(page);
    if (fresh < after.length) expect(after.indexOf(before[0] ?? '')).toBe(fresh);
    await expect.poll(() => announced.count()).toBe(0);

    // Paused while a log is open: no check is made, and the banner says why.
    await page.locator('tr[data-log-key]').first().click();
    await page.getByRole('dialog').waitFor();
    await expect.poll(() => page.getByText('Live mode paused while a log is open.').count()).toBe(1);
    const whileOpen = Date.now();
    await page.clock.setSystemTime(T0 + 60 * MINUTE);
    await page.clock.runFor(35_000);
    await page.evaluate(() => fetch('/healthz').then((r) => r.status));
    expect(countRequests(whileOpen)).toBe(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await page.clock.runFor(11_000);
    await expect.poll(() => countRequests(whileOpen)).toBeGreaterThan(0);
    await expect.poll(() => announced.count()).toBe(1);

    // Scrolling the table pauses it until the scrolling rests (~2 s).
    await page.getByRole('region', { name: 'Results' }).evaluate((el) => el.scrollBy(0, 400));
    await expect.poll(() => page.getByText('Live mode paused while you scroll.').count()).toBe(1);
    await page.clock.runFor(2_500);
    await expect.poll(() => page.getByText('Live: checking every 10 s.').count()).toBe(1);
    await page.getByRole('region', { name: 'Results' }).evaluate((el) => el.scrollTo(0, 0));
    await page.clock.runFor(2_500);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.screenshot({ path: 'test-results/live-banner-dark-1440.png' });
  });

  it('asks every source of a merged view (source=all) and announces their sum', async () => {
    const page = await app.newPage();
    await page.clock.install({ time: T0 });
    await page.goto(`${app.url}/logs?source=all&since=now-24h&until=now`);
    await page.locator('tr[data-log-key]').first().waitFor();
    await page.getByLabel('Live', { exact: true }).selectOption('10');
    const from = Date.now();
    await page.clock.setSystemTime(T0 + 30 * MINUTE);
    await page.clock.runFor(11_000);
    const announced = page.getByText(/^[\d,]+ new logs?$/);
    await expect.poll(() => announced.count()).toBe(1);
    // A merged view shows its first row once every member's first page is in: what follows is the check.
    const asked = new Set(
      sandboxOf(app)
        .requests.filter((r) => r.at >= from)
        .map((r) => r.path),
    );
    for (const path of ['/api/v1/logs', '/v1/call-log', '/api/v2/platform/call-logs/', '/v1/log/retrieve'])
      expect(asked.has(path)).toBe(true);
  });

  it('with no end to the range, asks only for logs after the top row (one second on) and finds none in static data', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}/logs?source=sandbox-timepay`);
    const top = page.locator('tr[data-log-key]').first();
    await top.waitFor();
    const topStart = Date.parse((await top.locator('time').first().getAttribute('datetime')) ?? '');
    // The page's own first requests (counts among them) are over before the mark: only live checks follow.
    await page.waitForLoadState('networkidle');
    await page.clock.install();
    await page.getByLabel('Live', { exact: true }).selectOption('10');
    const mark = Date.now();
    await page.clock.runFor(11_000);
    await expect.poll(() => countRequests(mark)).toBeGreaterThan(0);
    const check = sandboxOf(app).requests.find((r) => r.at >= mark && r.path.endsWith('/logs'));
    // timepay takes times to the second, in the source's zone (IST), without offset; its window is on a
    // queue time, so it opens TIME_WINDOW_LEAD_MS early and the rows are cut by their start (live section).
    expect(check?.query.start_time).toEqual([
      toZonedIso(topStart + 1_000 - TIME_WINDOW_LEAD_MS, 'Asia/Kolkata'),
    ]);
    expect(check?.query.end_time).toBeUndefined();
    await expect.poll(() => page.getByText(/Last checked/).count()).toBe(1);
    expect(await page.getByText(/new logs?$/).count()).toBe(0);
  });

  it('is disabled, with the reason, when the range does not end now', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}/logs?source=sandbox-timepay&since=${hoursAgo(36)}&until=${hoursAgo(12)}`);
    await page.locator('tr[data-log-key]').first().waitFor();
    const control = page.getByLabel('Live', { exact: true });
    expect(await control.isDisabled()).toBe(true);
    expect(await page.getByText('Only for a range that ends now').count()).toBe(1);
  });
});
