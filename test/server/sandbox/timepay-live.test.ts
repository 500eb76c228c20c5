// The timepay emulator as the live API behaves (PROVIDERS.md, "What the live APIs really do": client
// ananyajoshiSA/sales_automation_01 integrations/timepay/client.py).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTimepay, type LogPage, type TimepayHarness } from './timepay-harness.ts';

let tp: TimepayHarness;
let token: string;
let orgs: string[];
beforeAll(async () => {
  tp = await startTimepay({
    timepayCount: 40_000,
    salesfinityCount: 100,
    unpodCount: 100,
    convosoCount: 100,
  });
  token = tp.sandbox.credentials.timepay.token;
  orgs = [tp.sandbox.credentials.timepay.orgId ?? ''];
});
afterAll(() => tp.sandbox.close());

const as = (orgId: string) => ({ authorization: `Bearer ${token}`, 'x-org-id': orgId });

describe('timepay emulator: live behaviour', () => {
  it('selects the organisation by x-org-id: the default one without it, success:false in a 200 for one it cannot reach', async () => {
    const plain = (await tp.json<{ total: number }>('/api/v1/logs?count_only=true')).body.total;
    const named = await (await tp.get('/api/v1/logs?count_only=true', as(orgs[0]!))).json();
    expect(named).toEqual({ success: true, total: plain });
    const refused = await tp.get('/api/v1/logs?page=1', as('org_nobody'));
    expect(refused.status).toBe(200);
    expect(await refused.json()).toEqual({
      success: false,
      message: 'Organization not found or access denied',
    });
  });

  it('lists agents at /agents, paginated like /campaigns', async () => {
    const { status, body } = await tp.json<{
      data: Array<{ id: string; name: string }>;
      pagination: unknown;
    }>('/api/v1/agents?page=1&limit=100');
    expect(status).toBe(200);
    expect(body.data.length).toBeGreaterThan(3);
    expect(body.pagination).toMatchObject({ page: 1, limit: 100, total: body.data.length });
    const one = body.data[0]!;
    const filtered = await tp.json<LogPage>(`/api/v1/logs?agent_id=${one.id}`);
    expect(filtered.body.pagination.total).toBeGreaterThan(0);
  });

  it('lets in rows that started after the window and misses rows queued before it', async () => {
    const all: LogPage['data'] = [];
    for (let page = 1; page <= 4; page++)
      all.push(...(await tp.json<LogPage>(`/api/v1/logs?page=${page}`)).body.data);
    const start = String(all[30]?.start_time);
    const end = String(all[10]?.start_time);
    let later = 0;
    for (let page = 1; page <= 5; page++) {
      const rows = (await tp.json<LogPage>(`/api/v1/logs?start_time=${start}&end_time=${end}&page=${page}`))
        .body.data;
      later += rows.filter((r) => String(r.start_time) > end).length;
    }
    expect(later).toBeGreaterThan(0);
    const inside = (
      await tp.json<{ total: number }>(`/api/v1/logs?start_time=${start}&end_time=${end}&count_only=true`)
    ).body.total;
    // 21 rows started in [start, end] (newest first, positions 10..30); the queue window finds others.
    expect(inside).not.toBe(21);
  });
});
