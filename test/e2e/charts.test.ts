import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type AxeCore from 'axe-core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sandboxOf, startE2eApp, type E2eApp } from './app.ts';
import { iso, kolkataDay, kolkataDayLabel, kolkataDayStart } from './dates.ts';

const HOUR = 3_600_000;
/** Yesterday in Kolkata: 48 half-hour bars. */
const YESTERDAY = kolkataDay(1);

let app: E2eApp;
beforeAll(async () => {
  app = await startE2eApp();
});
afterAll(() => app?.close());
const sandbox = () => sandboxOf(app);
/** timepay's list requests: its counts read list pages at the window's edges (its window is not exact). */
const countRequests = () => sandbox().requests.filter((r) => r.path === '/api/v1/logs');

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's violations (any impact) inside the charts, as "id (nodes)" (CSP-safe, as in accessibility.test.ts). */
async function chartViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof AxeCore }).axe;
    const result = await axe.run({ include: [['#volume-charts']] }, { resultTypes: ['violations'] });
    return result.violations.map(
      (v) => `${v.id} ${v.impact}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  });
}

const numberIn = (text: string | null) => Number((text ?? '').replace(/\D/g, ''));

/** Opens /logs at `search`, then the Volume charts; waits until every bar is counted. */
async function openVolume(page: Page, search: string) {
  await page.goto(`${app.url}/logs${search}`);
  await page.locator('tr[data-log-key]').first().waitFor();
  await page.getByRole('button', { name: 'Volume' }).click();
  const slider = page.getByRole('slider', { name: /volume histogram/i });
  await slider.waitFor();
  const bars = slider.locator('svg > g');
  await expect.poll(() => bars.count()).toBeGreaterThan(0);
  await expect
    .poll(() => slider.locator('svg > g[data-count]').count(), { timeout: 30_000 })
    .toBe(await bars.count());
  return { slider, bars };
}

async function barCounts(page: Page): Promise<number[]> {
  return page
    .getByRole('slider', { name: /volume histogram/i })
    .locator('svg > g')
    .evaluateAll((gs) => gs.map((g) => Number(g.getAttribute('data-count'))));
}

describe('volume charts on the sandbox', { timeout: 90_000 }, () => {
  it('are closed by default: /logs asks no count until Volume is opened', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}/logs`);
    await page.locator('tr[data-log-key]').first().waitFor();
    // The table's own reads are over (timepay's counts are list reads too: its window is not exact).
    await page.waitForLoadState('networkidle');
    const before = countRequests().length;
    await page.waitForTimeout(1_500);
    expect(await page.getByRole('slider', { name: /volume histogram/i }).count()).toBe(0);
    expect(countRequests().length).toBe(before);
    expect(await page.getByRole('button', { name: 'Volume' }).getAttribute('aria-expanded')).toBe('false');
    await page.getByRole('button', { name: 'Volume' }).click();
    await expect.poll(() => countRequests().length).toBeGreaterThan(before);
    await page.close();
  });

  it('draws bars whose counts add up to the total above the table, asked at most 4 at a time', async () => {
    const latencyMs = 120;
    sandbox().faults.latencyMs = latencyMs;
    const page = await app.newPage();
    const { since, until } = YESTERDAY;
    const firstAt = Date.now();
    try {
      await openVolume(page, `?since=${since}&until=${until}`);
    } finally {
      sandbox().faults.latencyMs = 0;
    }
    const counts = await barCounts(page);
    expect(counts).toHaveLength(48); // one day in 30-minute bars
    const total = numberIn(await page.getByTestId('result-count').textContent());
    expect(total).toBeGreaterThan(100);
    expect(counts.reduce((a, n) => a + n, 0)).toBe(total);
    // Daytime bars are busier than the night's (the sandbox's traffic is 87% between 09:00 and 20:00 IST).
    expect(counts.slice(20, 38).reduce((a, n) => a + n, 0)).toBeGreaterThan(
      counts.slice(0, 12).reduce((a, n) => a + n, 0),
    );

    // Bounded concurrency, as the sandbox saw it: each count takes ≥ latencyMs there, so 5 arrivals
    // within less than latencyMs would mean 5 in flight at once.
    const arrivals = countRequests()
      .filter((r) => r.at >= firstAt)
      .map((r) => r.at)
      .sort((a, b) => a - b);
    expect(arrivals.length).toBeGreaterThan(48);
    for (let i = 4; i < arrivals.length; i++)
      expect((arrivals[i] ?? 0) - (arrivals[i - 4] ?? 0)).toBeGreaterThanOrEqual(latencyMs - 5);

    // The breakdown lists dispositions with counts; with "Other" they add up to the total.
    const items = page.getByTestId('volume-breakdown').locator('li');
    await expect.poll(() => items.count()).toBeGreaterThan(3);
    const rows = await items.evaluateAll((lis) =>
      lis.map((li) => ({ value: li.getAttribute('data-value'), n: Number(li.getAttribute('data-count')) })),
    );
    expect(rows.map((r) => r.value)).toEqual(expect.arrayContaining(['promise to pay']));
    expect(rows.every((r) => r.n > 0)).toBe(true);
    expect(rows.reduce((a, r) => a + r.n, 0)).toBe(total);
    await page.screenshot({ path: 'test-results/charts-timepay-1440.png' });

    // Stacked by status: the most frequent statuses and Other, still adding up to each bar's count.
    await page.getByRole('group', { name: 'Stack by' }).getByText('Status').click();
    await expect
      .poll(() => page.getByRole('list', { name: 'Legend' }).locator('li').allTextContents(), {
        timeout: 30_000,
      })
      .toEqual(expect.arrayContaining(['Completed', 'No Contact']));
    await expect.poll(() => barCounts(page), { timeout: 30_000 }).toEqual(counts);
    await page.screenshot({ path: 'test-results/charts-timepay-status-1440.png' });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: 'test-results/charts-timepay-1280-dark.png' });
    await page.close();
  });

  it('a drag across the histogram narrows since/until in the URL and the rows fall in the new range', async () => {
    const page = await app.newPage();
    await openVolume(page, '');
    await page.screenshot({ path: 'test-results/charts-open-range-1440.png' });
    const box = await page.getByRole('slider', { name: /volume histogram/i }).boundingBox();
    if (!box) throw new Error('no histogram box');
    const n = (await barCounts(page)).length;
    const x = (bar: number) => box.x + ((bar + 0.5) / n) * box.width;
    const y = box.y + box.height / 2;
    await page.mouse.move(x(n - 6), y);
    await page.mouse.down();
    await page.mouse.move(x(n - 5), y, { steps: 3 });
    await page.mouse.move(x(n - 4), y, { steps: 3 });
    await page.mouse.up();
    await expect.poll(() => new URL(page.url()).searchParams.get('since')).not.toBeNull();
    const params = new URL(page.url()).searchParams;
    const since = Date.parse(params.get('since') ?? '');
    const until = Date.parse(params.get('until') ?? '');
    expect(params.get('since')).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(until - since + 1).toBe(6 * 24 * 3_600_000); // three 2-day bars
    await expect
      .poll(async () => {
        const times = await page
          .locator('tr[data-log-key] time')
          .evaluateAll((ts) => ts.map((t) => Date.parse(t.getAttribute('datetime') ?? '')));
        return times.length > 0 && times.every((t) => t >= since && t <= until);
      })
      .toBe(true);
    // The zoomed histogram shares the table's total.
    await expect
      .poll(() =>
        page
          .getByRole('slider', { name: /volume histogram/i })
          .locator('svg > g')
          .count(),
      )
      .toBe(48);
    await expect
      .poll(async () => (await barCounts(page)).reduce((a, b) => a + b, 0), { timeout: 30_000 })
      .toBe(numberIn(await page.getByTestId('result-count').textContent()));

    await page.getByRole('button', { name: 'Zoom out' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('since')).toBeNull();
    await page.goBack();
    await expect.poll(() => Date.parse(new URL(page.url()).searchParams.get('since') ?? '')).toBe(since);
    await page.close();
  });

  it('zooms from the keyboard: arrows pick a bar, Enter zooms to it', async () => {
    const page = await app.newPage();
    await openVolume(page, `?since=${YESTERDAY.since}&until=${YESTERDAY.until}`);
    const slider = page.getByRole('slider', { name: /volume histogram/i });
    await slider.focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const day = kolkataDayLabel(kolkataDayStart(1));
    expect(await slider.getAttribute('aria-valuetext')).toMatch(
      new RegExp(`^${day} 01:00–01:30: [\\d,]+ logs$`),
    );
    await page.keyboard.press('Enter');
    await expect
      .poll(() => new URL(page.url()).searchParams.get('since'))
      .toBe(iso(kolkataDayStart(1) + HOUR));
    expect(new URL(page.url()).searchParams.get('until')).toBe(iso(kolkataDayStart(1) + 1.5 * HOUR - 1));
    await page.close();
  });

  // KNOWN BUG (since the exact unpod windows of issue 13): over a week unpod's bars add up to more than its exact
  // total (1,149 against 1,133), cause not yet found (suspect: rows without a start, or day-compared bucket edges).
  // `it.fails` keeps the check running: it turns red the day the two agree, and this mark must then go.
  it.fails('says so instead of counting what a source cannot filter (unpod has no disposition)', async () => {
    const page = await app.newPage();
    await openVolume(page, `?source=sandbox-unpod&since=${kolkataDay(7).since}&until=${YESTERDAY.until}`);
    await expect.poll(() => page.getByText(/Not broken down — .*no disposition/).count()).toBe(1);
    await page.getByRole('group', { name: 'Breakdown by' }).getByText('Status').click();
    const items = page.getByTestId('volume-breakdown').locator('li');
    await expect.poll(() => items.count()).toBeGreaterThan(1);
    const total = numberIn(await page.getByTestId('result-count').textContent());
    const counts = await items.evaluateAll((lis) => lis.map((li) => Number(li.getAttribute('data-count'))));
    expect(counts.reduce((a, n) => a + n, 0)).toBe(total);
    expect((await barCounts(page)).reduce((a, n) => a + n, 0)).toBe(total);
    await page.screenshot({ path: 'test-results/charts-unpod-1440.png' });
    await page.close();
  });
  it('sums every source of a merged view (source=all), dispositions grouped by label across sources', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}/logs?source=all&since=${YESTERDAY.since}&until=${YESTERDAY.until}`);
    await page.locator('tr[data-log-key]').first().waitFor();
    await page.getByRole('button', { name: 'Volume' }).click();
    const slider = page.getByRole('slider', { name: /volume histogram/i });
    await expect.poll(() => slider.locator('svg > g[data-count]').count(), { timeout: 60_000 }).toBe(48);
    const counts = await slider
      .locator('svg > g')
      .evaluateAll((gs) => gs.map((g) => Number(g.getAttribute('data-count'))));
    const total = Number(((await page.getByTestId('result-count').textContent()) ?? '').replace(/\D/g, ''));
    await page.screenshot({ path: 'test-results/charts-merged-1440.png' });
    expect(counts.reduce((a, n) => a + n, 0)).toBe(total);
    expect(await page.getByText(/^Not split/).count()).toBe(0);
    const labels = await page
      .getByTestId('volume-breakdown')
      .locator('li')
      .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-value')));
    expect(new Set(labels).size).toBe(labels.length);
    await page.getByRole('group', { name: 'Stack by' }).getByText('Status').click();
    await expect
      .poll(
        async () =>
          await slider
            .locator('svg > g')
            .evaluateAll((gs) => gs.map((g) => Number(g.getAttribute('data-count')))),
        { timeout: 60_000 },
      )
      .toEqual(counts);
    await page.screenshot({ path: 'test-results/charts-merged-status-1440.png' });
    await page.close();
  });

  it('pass axe-core with no violation of any impact, light and dark, stacked by status', async () => {
    const page = await app.newPage();
    await openVolume(page, `?since=${YESTERDAY.since}&until=${YESTERDAY.until}`);
    await page.getByRole('group', { name: 'Stack by' }).getByText('Status').click();
    await page.getByRole('slider', { name: /volume histogram/i }).focus();
    await page.keyboard.press('ArrowLeft');
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect.soft(await chartViolations(page), scheme).toEqual([]);
    }
    await page.close();
  });
});
