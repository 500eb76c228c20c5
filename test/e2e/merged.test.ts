import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sandboxOf, startE2eApp, visibleLogKeys, type E2eApp } from './app.ts';
import { hoursAgo } from './dates.ts';

let app: E2eApp;
beforeAll(async () => {
  app = await startE2eApp();
});
afterAll(() => app?.close());
// Pages close even when a test fails, so no page keeps asking during the next test.
const opened: Page[] = [];
afterEach(async () => {
  for (const page of opened.splice(0)) await page.close().catch(() => {});
});
const sandbox = () => sandboxOf(app);

const LIST_PATHS = {
  'sandbox-timepay': '/api/v1/logs',
  'sandbox-salesfinity': '/v1/call-log',
  'sandbox-unpod': '/api/v2/platform/call-logs/',
  'sandbox-convoso': '/v1/log/retrieve',
} as const;
type SourceId = keyof typeof LIST_PATHS;
const SOURCES = Object.keys(LIST_PATHS) as SourceId[];
const listRequests = (id: SourceId) =>
  sandbox().requests.filter((r) => r.path === LIST_PATHS[id] && !(r.query.count_only ?? []).includes('true'));

/** Rows on screen in table order: their key, start instant (null: none shown) and Source cell text. */
async function shownRows(page: Page) {
  const rows = await page.locator('tr[data-log-key]').evaluateAll((trs) =>
    trs.map((tr) => ({
      index: Number(tr.getAttribute('aria-rowindex')),
      key: tr.getAttribute('data-log-key') ?? '',
      at: tr.querySelector('time')?.getAttribute('datetime') ?? null,
      cells: [...tr.querySelectorAll('td')].map((td) => td.textContent ?? ''),
    })),
  );
  return rows.sort((a, b) => a.index - b.index);
}

async function openMerged(search = ''): Promise<Page> {
  const page = await app.newPage();
  opened.push(page);
  await page.goto(`${app.url}/logs?source=all${search}`);
  await page.locator('tr[data-log-key]').first().waitFor();
  return page;
}

describe('merged view (source=all)', () => {
  it(
    'lists rows of all four sources newest first by start time, with a Source column',
    { timeout: 120_000 },
    async () => {
      // Salesfinity's newest sandbox log is hours older than the others': a window ending just after it
      // brings all four to the first screens.
      const page = await openMerged(`&until=${hoursAgo(9.5)}`);
      const headers = await page.getByRole('columnheader').allTextContents();
      expect(headers.slice(0, 2)).toEqual(['Started', 'Source']);
      // The total is the sum of the members' totals.
      await expect
        .poll(() => page.getByTestId('result-count').textContent())
        .toMatch(/^\d{1,3}(,\d{3})* logs$/);
      await expect.poll(() => page.getByTestId('merge-guarantee').count()).toBe(1);

      // Scroll down a little at a time until rows of every source have been seen.
      const region = page.getByRole('region', { name: 'Results' });
      const seen = new Map<string, { index: number; at: string | null; source: string }>();
      for (
        let step = 0;
        step < 40 && (new Set([...seen.values()].map((r) => r.source)).size < 4 || seen.size < 60);
        step++
      ) {
        await expect.poll(async () => (await page.locator('tr[aria-busy="true"]').count()) === 0).toBe(true);
        for (const row of await shownRows(page))
          seen.set(row.key, { index: row.index, at: row.at, source: row.cells[1] ?? '' });
        await region.evaluate((el) => (el.scrollTop += el.clientHeight));
      }
      const labels = new Set([...seen.values()].map((r) => r.source));
      expect(labels.size).toBe(4);
      const keys = [...seen.keys()];
      for (const id of SOURCES) expect(keys.some((k) => k.startsWith(`${id}:`))).toBe(true);

      // Start times never increase down the list (rows without a start time are skipped).
      const ordered = [...seen.values()].sort((a, b) => a.index - b.index);
      const times = ordered.flatMap((r) => (r.at === null ? [] : [Date.parse(r.at)]));
      expect(times.length).toBeGreaterThan(40);
      for (let i = 1; i < times.length; i++) expect(times[i]!).toBeLessThanOrEqual(times[i - 1]!);
      // Row indexes are contiguous: no row was skipped or shown twice.
      const indexes = ordered.map((r) => r.index);
      expect(new Set(indexes).size).toBe(indexes.length);

      // Headers say why they do not sort.
      const started = page.getByRole('columnheader', { name: 'Started', exact: true });
      expect(await started.getAttribute('title')).toMatch(/merged view is newest first/);
    },
  );

  it(
    'leaves out the sources that cannot apply a filter, names them, and includes them unfiltered on request',
    { timeout: 120_000 },
    async () => {
      const before = listRequests('sandbox-salesfinity').length;
      const page = await openMerged('&q=a');
      // Only Salesfinity can search: the others are named in one sentence and asked nothing.
      const leftOut = page.getByRole('status', { name: 'Sources left out' });
      await expect.poll(() => leftOut.textContent()).toMatch(/cannot filter by search, so they are left out/);
      const sentence = (await leftOut.textContent()) ?? '';
      for (const name of [/timepay/i, /unpod/i, /Convoso/i]) expect(sentence).toMatch(name);
      expect(sentence).not.toMatch(/Salesfinity/i);
      const keys = await visibleLogKeys(page);
      expect(keys.length).toBeGreaterThan(5);
      for (const key of keys) expect(key).toMatch(/^sandbox-salesfinity:/);
      const sf = listRequests('sandbox-salesfinity').slice(before);
      expect(sf.some((r) => (r.query['filters[search]'] ?? []).includes('a'))).toBe(true);

      // Included unfiltered (the old behaviour): each says what it does not apply.
      await leftOut.getByRole('button', { name: 'Include them unfiltered' }).click();
      await expect.poll(() => new URL(page.url()).searchParams.get('unapplied')).toBe('include');
      const inactive = page.getByRole('status', { name: 'Inactive filters' });
      await expect.poll(() => inactive.count()).toBeGreaterThanOrEqual(3);
      const text = (await inactive.allTextContents()).join(' | ');
      expect(text).toMatch(/Not applied by [^|]*unpod[^|]*q/i);
      expect(text).toMatch(/Not applied by [^|]*timepay[^|]*q/i);
      expect(text).not.toMatch(/Not applied by [^|]*Salesfinity/i);
    },
  );

  it(
    'answers "Promise to Pay" with the sources that can apply it, with per-source counts, and includes the others on request',
    { timeout: 120_000 },
    async () => {
      const page = await openMerged('&disposition=Promise%20to%20Pay');
      const leftOut = page.getByRole('status', { name: 'Sources left out' });
      await expect
        .poll(() => leftOut.textContent())
        .toMatch(/cannot filter by disposition, so they are left out/);
      const sentence = (await leftOut.textContent()) ?? '';
      for (const name of [/Salesfinity/i, /unpod/i, /Convoso/i]) expect(sentence).toMatch(name);
      expect(sentence).not.toMatch(/timepay/i);
      // In the sandbox only timepay applies it: every row is timepay's, and the total is timepay's own.
      await expect.poll(async () => (await page.locator('tr[aria-busy="true"]').count()) === 0).toBe(true);
      const keys = await visibleLogKeys(page);
      expect(keys.length).toBeGreaterThan(5);
      for (const key of keys) expect(key).toMatch(/^sandbox-timepay:/);
      const only = await page.getByTestId('result-count').textContent();
      expect(only).toMatch(/^\d{1,3}(,\d{3})* logs$/);
      for (const id of ['sandbox-salesfinity', 'sandbox-unpod', 'sandbox-convoso'] as const)
        expect(listRequests(id).some((r) => JSON.stringify(r.query).includes('Promise'))).toBe(false);

      // One action includes them unfiltered; it is in the URL, and a fresh page with that URL agrees.
      await leftOut.getByRole('button', { name: 'Include them unfiltered' }).click();
      await expect.poll(() => new URL(page.url()).searchParams.get('unapplied')).toBe('include');
      await expect.poll(() => leftOut.textContent()).toMatch(/included without that filter/);
      const perSource = page.getByRole('list', { name: 'Logs per source' });
      await expect.poll(() => perSource.getByRole('listitem').count()).toBe(4);
      await expect.poll(async () => (await perSource.textContent())?.includes('…')).toBe(false);
      const count = (s: string | null) => Number((s ?? '').replace(/\D/g, ''));
      // The total is the sum of the per-source counts, and more than timepay's alone.
      const items = await perSource.getByRole('listitem').allTextContents();
      const sum = items.reduce((n, item) => n + count(item.replace(/^.*\s/, '')), 0);
      await expect.poll(async () => count(await page.getByTestId('result-count').textContent())).toBe(sum);
      expect(sum).toBeGreaterThan(count(only));
      await expect
        .poll(async () => (await visibleLogKeys(page)).some((k) => !k.startsWith('sandbox-timepay:')))
        .toBe(true);

      const fresh = await app.newPage();
      opened.push(fresh);
      await fresh.goto(page.url());
      await fresh.locator('tr[data-log-key]').first().waitFor();
      await expect
        .poll(() => fresh.getByRole('status', { name: 'Sources left out' }).getByRole('button').textContent())
        .toBe('Leave them out');
      // And back: the action undoes itself.
      await leftOut.getByRole('button', { name: 'Leave them out' }).click();
      await expect.poll(() => new URL(page.url()).searchParams.get('unapplied')).toBeNull();
      await expect
        .poll(async () => (await visibleLogKeys(page)).every((k) => k.startsWith('sandbox-timepay:')))
        .toBe(true);
    },
  );

  it(
    'opens a row of a second source with its own drawer and steps over the merged rows',
    { timeout: 120_000 },
    async () => {
      const page = await openMerged();
      const rows = await shownRows(page);
      const firstSource = rows[0]!.key.split(':')[0];
      const other = rows.find((r) => r.key.split(':')[0] !== firstSource);
      expect(other).toBeDefined();
      await page.locator(`tr[data-log-key="${other!.key}"]`).click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      expect(new URL(page.url()).searchParams.get('log')).toBe(other!.key);
      // Opened with that member's source and adapter: its loaded row is found (not the bare "Log <id>").
      await expect.poll(() => dialog.getByRole('heading').first().textContent()).not.toMatch(/^Log /);
      // Next goes to the merged row after it, whatever its source.
      const after = rows.find((r) => r.index === other!.index + 1);
      await dialog.getByRole('button', { name: /^Next/ }).click();
      await expect.poll(() => new URL(page.url()).searchParams.get('log')).toBe(after!.key);
    },
  );

  it(
    'scrolling further fetches next pages only of the sources that need them',
    { timeout: 120_000 },
    async () => {
      const page = await openMerged();
      // The total is the sum of the members' totals: 60k + 30k + 20k + 50k less the rows the live APIs
      // cannot place in a pinned, bounded range (unpod's missed calls, planted undated rows).
      await expect.poll(() => page.getByTestId('result-count').textContent()).toBe('152,315 logs');
      await expect.poll(async () => (await page.locator('tr[aria-busy="true"]').count()) === 0).toBe(true);
      const counts = () => Object.fromEntries(SOURCES.map((id) => [id, listRequests(id).length]));
      const before = counts();
      const region = page.getByRole('region', { name: 'Results' });
      for (let i = 0; i < 6; i++) {
        await region.evaluate((el) => (el.scrollTop += el.clientHeight));
        await expect.poll(async () => (await page.locator('tr[aria-busy="true"]').count()) === 0).toBe(true);
      }
      const after = counts();
      const grew = SOURCES.filter((id) => after[id]! > before[id]!);
      expect(grew.length).toBeGreaterThan(0);
      // Bounded: about 6 screens of ~20 rows were shown; no source was asked for more than that needs.
      const shown = (await shownRows(page)).at(-1)!.index;
      for (const id of SOURCES) expect(after[id]! - before[id]!).toBeLessThan(shown / 10 + 10);
    },
  );

  it(
    'keeps the last result on screen, marked busy, while a new filter loads',
    { timeout: 60_000 },
    async () => {
      const page = await openMerged();
      const firstKey = await page.locator('tr[data-log-key]').first().getAttribute('data-log-key');
      const faults = sandbox().faults;
      faults.latencyMs = 1_500;
      try {
        await page.getByRole('combobox', { name: 'Channel', exact: true }).selectOption('call');
        await expect.poll(() => new URL(page.url()).searchParams.get('channel')).toBe('call');
        // During the slow answer the old rows stay (not placeholders), and the results say they are busy.
        await expect
          .poll(() => page.getByRole('region', { name: 'Results' }).getAttribute('aria-busy'))
          .toBe('true');
        expect(await page.locator(`tr[data-log-key="${firstKey}"]`).count()).toBe(1);
      } finally {
        faults.latencyMs = 0;
      }
      await expect
        .poll(() => page.getByRole('region', { name: 'Results' }).getAttribute('aria-busy'))
        .toBe('false');
    },
  );

  it(
    'says why an empty merged result is empty and clears its filters in one click',
    { timeout: 60_000 },
    async () => {
      const page = await app.newPage();
      opened.push(page);
      await page.goto(`${app.url}/logs?source=all&since=2020-01-01T00:00:00Z&until=2020-01-02T00:00:00Z`);
      const why = page.getByRole('region', { name: 'Why there are no logs' });
      await expect
        .poll(() => why.textContent())
        .toMatch(/No logs of any merged source .* match this time range/);
      await why.getByRole('button', { name: 'Clear all filters' }).click();
      await page.locator('tr[data-log-key]').first().waitFor();
      expect(new URL(page.url()).searchParams.get('since')).toBeNull();
      expect(await why.count()).toBe(0);
    },
  );
});
