// timepay filters its window on a hidden queue time (PROVIDERS.md, live section): through the api layer,
// the request opens TIME_WINDOW_LEAD_MS early and rows are kept by their own start, exactly, with counts
// that agree; the agent picker reads /agents; a success:false body shows the provider's message.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countLogs } from '../../src/api/counts.ts';
import { getProviderJson } from '../../src/api/http.ts';
import { fetchLogPage } from '../../src/api/logs.ts';
import type { InvalidRecord, LogEntry } from '../../src/logs/log-entry.ts';
import { emptyQuery, type ResolvedQuery } from '../../src/logs/log-query.ts';
import { parseProviderTime } from '../../src/logs/time.ts';
import { resolveQuery } from '../../src/logs/url-codec.ts';
import { timepayAdapter as adapter } from '../../src/providers/timepay/index.ts';
import { startApiHarness, type ApiHarness } from './api-harness.ts';

const NOW = Date.UTC(2026, 0, 20, 12);
const MIN = 60_000;
let h: ApiHarness;

beforeAll(async () => {
  h = await startApiHarness({
    now: NOW,
    timepayCount: 40_000,
    unpodCount: 100,
    salesfinityCount: 100,
    convosoCount: 100,
  });
});
afterAll(() => h.close());

async function readAll(
  query: ResolvedQuery,
): Promise<{ rows: Array<LogEntry | InvalidRecord>; total: number }> {
  const source = h.source('timepay');
  const signal = new AbortController().signal;
  const first = await fetchLogPage(source, adapter, query, 1, null, signal);
  const rows = [...first.entries];
  for (let page = 2; page <= Math.ceil(first.total / first.pageSize); page++)
    rows.push(...(await fetchLogPage(source, adapter, query, page, null, signal)).entries);
  return { rows, total: first.total };
}

/** Every log that started in [since, until] by the provider's own start_time (ground truth). */
async function truth(since: number, until: number): Promise<string[]> {
  const source = h.source('timepay');
  const ids: string[] = [];
  for (let page = 1; ; page++) {
    const body = (await h.upstream(`/api/sources/${source.id}/api/v1/logs?page=${page}`)) as {
      data: Array<Record<string, unknown>>;
    };
    let older = false;
    for (const r of body.data) {
      const start = parseProviderTime(String(r.start_time), 'Asia/Kolkata');
      if (start !== null && start < since - 60 * MIN) older = true;
      if (start !== null && start >= since && start <= until)
        ids.push(String(r.call_id ?? r.message_id ?? ''));
    }
    if (older || body.data.length === 0) return ids.sort();
  }
}

describe('timepay through the api layer', () => {
  it('keeps exactly the logs that started in the range, with a count that agrees', async () => {
    const query: ResolvedQuery = {
      ...resolveQuery({ ...emptyQuery, extra: {} }, NOW, 'UTC'),
      sinceMs: NOW - 150 * MIN - 7_000,
      untilMs: NOW - 40 * MIN + 13_000,
    };
    const want = await truth(query.sinceMs!, query.untilMs!);
    expect(want.length).toBeGreaterThan(20);
    const { rows, total } = await readAll(query);
    const got = rows.map((r) =>
      'kind' in r
        ? 'invalid'
        : String(
            (r.raw as { call_id?: unknown; message_id?: unknown }).call_id ??
              (r.raw as { message_id?: unknown }).message_id,
          ),
    );
    expect(new Set(got).size).toBe(got.length);
    expect([...got].sort()).toEqual(want);
    expect(total).toBe(want.length);
    expect(await countLogs(h.source('timepay'), adapter, query, new AbortController().signal)).toBe(
      want.length,
    );
  });

  it('fills the agent picker from /agents', async () => {
    const list = adapter.options.agent!;
    const body = await getProviderJson(h.source('timepay').id, adapter, list.request(''));
    const options = list.parse(body);
    expect(options.length).toBeGreaterThan(3);
    expect(options[0]).toEqual({ value: expect.any(String), label: expect.any(String) });
  });

  it('shows the message of a success:false answer', () => {
    expect(
      adapter.errorInBody?.({ success: false, message: 'Organization not found or access denied' }),
    ).toEqual({
      status: 403,
      message: 'timepay: Organization not found or access denied — check credentials.orgId',
      details: ['Organization not found or access denied'],
    });
    expect(adapter.errorInBody?.({ success: true, data: [] })).toBeNull();
  });
});
