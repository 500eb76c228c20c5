// The unpod emulator follows the provider's own server by default (PROVIDERS.md, "What the live APIs
// really do": varun-ag1/unpod apiV2Platform/{views,utils}.py, metrics/serializers.py).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../../../src/server/sandbox/index.ts';
import type { Sandbox } from '../../../src/server/sandbox/types.ts';

const NOW = Date.UTC(2026, 1, 10, 12);
const PATH = '/api/v2/platform/call-logs/';
let sb: Sandbox;
let auth: Record<string, string>;

beforeAll(async () => {
  sb = await startSandbox({
    now: NOW,
    unpodCount: 4000,
    timepayCount: 100,
    salesfinityCount: 100,
    convosoCount: 100,
  });
  const c = sb.credentials.unpod;
  auth = { authorization: `Token ${c.token}`, 'org-handle': c.orgHandle, 'product-id': c.productId };
});
afterAll(() => sb.close());

interface Row {
  id: unknown;
  product_id: unknown;
  source_number: string;
  destination_number: string;
  call_type: string;
  call_status: unknown;
  creation_time: string;
  start_time: string | null;
  end_time: string | null;
  call_duration: unknown;
  bridge: unknown;
  agent: unknown;
  space: unknown;
  organization: unknown;
}
interface Page {
  count: number;
  status_code: number;
  message: string;
  data: Row[];
}

async function get(query: string, headers = auth): Promise<{ status: number; body: Page }> {
  const res = await fetch(`${sb.url}${PATH}?${query}`, { headers });
  return { status: res.status, body: (await res.json()) as Page };
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe('unpod emulator: live behaviour', () => {
  it('refuses every request without Product-Id (400 with data:{})', async () => {
    const { 'product-id': _, ...without } = auth;
    const r = await get('page=1', without);
    expect(r.status).toBe(400);
    expect(r.body).toEqual({
      status_code: 400,
      message: 'Product ID is required in Product-Id header',
      data: {},
    });
  });

  it('answers an unknown Org-Handle with 200 and count 0, so a typo looks like "no calls"', async () => {
    const r = await get('page=1', { ...auth, 'org-handle': 'acme-typo' });
    expect(r.status).toBe(200);
    expect(r.body.count).toBe(0);
    expect(r.body.data).toEqual([]);
  });

  it('writes records as its serializer does: integer id, product_id, float seconds, {id, name} objects', async () => {
    const { body } = await get('page=1&page_size=200');
    for (const row of body.data) {
      expect(Number.isInteger(row.id)).toBe(true);
      expect(row.product_id).toBe('unpod.dev');
      expect(typeof row.call_duration === 'number' || row.call_duration === 'about 3 min').toBe(true);
      for (const o of [row.agent, row.space, row.organization])
        expect(o).toEqual({ id: expect.any(Number), name: expect.any(String) });
      expect(row.bridge === null || typeof (row.bridge as { name?: unknown }).name === 'string').toBe(true);
    }
    expect(
      body.data.some((r) => typeof r.call_duration === 'number' && !Number.isInteger(r.call_duration)),
    ).toBe(true);
  });

  it('stores a row after its call ended: creation_time follows end_time; missed calls have no start', async () => {
    const { body } = await get('page=1&page_size=300');
    const answered = body.data.filter((r) => r.end_time !== null && r.creation_time !== 'not-a-date');
    expect(answered.length).toBeGreaterThan(50);
    for (const r of answered) expect(Date.parse(r.creation_time)).toBeGreaterThan(Date.parse(r.end_time!));
    expect(body.data.some((r) => r.start_time === null && r.end_time === null)).toBe(true);
  });

  it('on gateway calls (bridge set) the source is always the business, and statuses include NA / FAILURE', async () => {
    const { body } = await get('page=1&page_size=2000');
    const gateway = body.data.filter((r) => r.bridge !== null);
    const inbound = gateway.filter((r) => r.call_type === 'inbound');
    expect(inbound.length).toBeGreaterThan(5);
    const business = new Set(
      body.data.filter((r) => r.call_type === 'outbound' && r.bridge === null).map((r) => r.source_number),
    );
    for (const r of inbound) expect(business.has(r.source_number)).toBe(true);
    const statuses = new Set(body.data.map((r) => r.call_status));
    expect(statuses.has('NA')).toBe(true);
    expect(statuses.has('FAILURE')).toBe(true);
    expect((await get('call_status=na&page_size=1')).body.count).toBeGreaterThan(0);
  });

  it('filters start_time/end_time (DD-MM-YYYY HH:MM:SS) by date only and ignores start_date/end_date', async () => {
    const since = NOW - 26 * 3_600_000;
    const d = new Date(since);
    const text = `${String(d.getUTCDate()).padStart(2, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${d.getUTCFullYear()} 17:45:00`;
    const { body } = await get(`start_time=${encodeURIComponent(text)}&page_size=5000`);
    expect(body.count).toBeGreaterThan(0);
    // Whole days: rows from before 17:45 that day come too, and no call without a start.
    for (const r of body.data)
      expect(r.start_time !== null && day(Date.parse(r.start_time)) >= day(since)).toBe(true);
    expect(body.data.some((r) => Date.parse(r.start_time!) < Date.parse(`${day(since)}T17:45:00Z`))).toBe(
      true,
    );
    const all = (await get('page_size=1')).body.count;
    expect((await get(`start_date=${day(NOW)}&end_date=${day(NOW)}&page_size=1`)).body.count).toBe(all);
    const bad = await get('start_time=2026-02-01T00:00:00Z');
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/DD-MM-YYYY HH:MM:SS/);
  });

  it('sorts by {"start_time":"ascend"}, filters number prefixes, and answers unknown values with no rows', async () => {
    const asc = (
      await get(`sort=${encodeURIComponent('{"start_time":"ascend"}')}&page_size=300&call_status=completed`)
    ).body.data;
    const starts = asc.map((r) => Date.parse(r.start_time!));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    const prefix = (await get('destination_number=%2B9198&page_size=200')).body.data;
    expect(prefix.length).toBeGreaterThan(0);
    for (const r of prefix) expect(r.destination_number.startsWith('+9198')).toBe(true);
    expect(await get('call_status=nonsense')).toMatchObject({ status: 200, body: { count: 0, data: [] } });
    expect(await get('call_type=sideways')).toMatchObject({ status: 200, body: { count: 0, data: [] } });
  });

  it('pages without a maximum size: page=0 is a 400, a page past the end is an empty 200 with the true count', async () => {
    const all = (await get('page_size=1')).body.count;
    expect((await get('page_size=1000')).body.data).toHaveLength(1000);
    expect((await get('page=0')).status).toBe(400);
    const past = await get(`page=${all + 5}&page_size=1`);
    expect(past).toMatchObject({ status: 200, body: { count: all, data: [] } });
  });
});
