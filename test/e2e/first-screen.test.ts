import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sandboxOf, startE2eApp, type E2eApp } from './app.ts';

let app: E2eApp;
beforeAll(async () => {
  app = await startE2eApp();
});
afterAll(() => app?.close());
const opened: Page[] = [];
afterEach(async () => {
  for (const page of opened.splice(0)) await page.close().catch(() => {});
});

const LIST_PATHS = {
  'sandbox-timepay': '/api/v1/logs',
  'sandbox-salesfinity': '/v1/call-log',
  'sandbox-unpod': '/api/v2/platform/call-logs/',
  'sandbox-convoso': '/v1/log/retrieve',
} as const;
type SourceId = keyof typeof LIST_PATHS;

/** Whether a proxied list request asks for page 1 (page=1, or offset 0 for Convoso), not a count. */
function isPageOne(path: string, query: URLSearchParams): boolean {
  if (query.get('count_only') === 'true') return false;
  if (path.endsWith(LIST_PATHS['sandbox-convoso'])) return query.get('offset') === '0';
  return query.get('page') === '1';
}

/** Every request the page makes (a preload the app's fetch reuses is one request, not two). */
function recordRequests(page: Page): { path: string; query: URLSearchParams }[] {
  const seen: { path: string; query: URLSearchParams }[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    seen.push({ path: url.pathname, query: url.searchParams });
  });
  return seen;
}

async function load(path: string) {
  const page = await app.newPage();
  opened.push(page);
  const requests = recordRequests(page);
  const before = sandboxOf(app).requests.length;
  await page.goto(`${app.url}${path}`);
  await expect.poll(() => page.locator('tr[data-log-key]').count()).toBeGreaterThan(0);
  const upstream = sandboxOf(app).requests.slice(before);
  return { page, requests, upstream };
}

describe('the first screen of /logs', () => {
  it('makes no /api/sources request and asks page 1 once: the preload is what the table reads', async () => {
    const { page, requests, upstream } = await load('/logs?source=sandbox-timepay');
    expect(requests.filter((r) => r.path === '/api/sources')).toEqual([]);
    // The source picker offers every source of the inlined list.
    const picker = page.getByRole('combobox', { name: 'Source', exact: true });
    for (const id of Object.keys(LIST_PATHS))
      await expect.poll(() => picker.locator(`option[value="${id}"]`).count(), { message: id }).toBe(1);
    const listPath = `/api/sources/sandbox-timepay${LIST_PATHS['sandbox-timepay']}`;
    expect(requests.filter((r) => r.path === listPath && isPageOne(r.path, r.query))).toHaveLength(1);
    expect(
      upstream.filter(
        (r) => r.path === LIST_PATHS['sandbox-timepay'] && r.query.page?.[0] === '1' && !r.query.count_only,
      ),
    ).toHaveLength(1);
  });

  it('merged view: page 1 of every source asked once each, no /api/sources', async () => {
    const { requests } = await load('/logs?source=all');
    expect(requests.filter((r) => r.path === '/api/sources')).toEqual([]);
    for (const [id, path] of Object.entries(LIST_PATHS) as [SourceId, string][]) {
      const pageOne = requests.filter(
        (r) => r.path === `/api/sources/${id}${path}` && isPageOne(r.path, r.query),
      );
      expect(pageOne, id).toHaveLength(1);
    }
  });

  it('bad params: the page still shows its rows and says what it dropped', async () => {
    const { page, requests } = await load('/logs?source=nope&channel=fax');
    expect(requests.filter((r) => r.path === '/api/sources')).toEqual([]);
    await expect.poll(() => page.getByText('nope').count()).toBeGreaterThan(0);
  });
});
