// unpod's server compares whole days and ignores start_date/end_date (PROVIDERS.md, live section): through
// the api layer, every page holds exactly the rows of the chosen range, none repeated or skipped, and the
// count is the number of those rows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countLogs } from '../../src/api/counts.ts';
import { fetchLogPage } from '../../src/api/logs.ts';
import type { InvalidRecord, LogEntry } from '../../src/logs/log-entry.ts';
import { emptyQuery, type ResolvedQuery } from '../../src/logs/log-query.ts';
import { resolveQuery } from '../../src/logs/url-codec.ts';
import { unpodAdapter as adapter } from '../../src/providers/unpod/index.ts';
import { readTime } from '../../src/providers/unpod/time.ts';
import { startApiHarness, type ApiHarness } from './api-harness.ts';

const NOW = Date.UTC(2026, 1, 10, 12);
const HOUR = 3_600_000;
let h: ApiHarness;

beforeAll(async () => {
  h = await startApiHarness({
    now: NOW,
    unpodCount: 6000,
    timepayCount: 200,
    salesfinityCount: 200,
    convosoCount: 200,
  });
});
afterAll(() => h.close());

interface RawCall {
  id: number;
  start_time: string | null;
  creation_time: string;
}

/** Every row the emulator holds, unfiltered, straight from the sandbox (ground truth). */
async function everyRow(): Promise<RawCall[]> {
  const source = h.source('unpod');
  const body = (await h.upstream(
    `/api/sources/${source.id}/api/v2/platform/call-logs/?page=1&page_size=100000`,
  )) as { data: RawCall[] };
  return body.data;
}

async function readAll(
  query: ResolvedQuery,
): Promise<{ rows: Array<LogEntry | InvalidRecord>; total: number }> {
  const source = h.source('unpod');
  const signal = new AbortController().signal;
  const first = await fetchLogPage(source, adapter, query, 1, null, signal);
  const rows = [...first.entries];
  for (let page = 2; page <= Math.ceil(first.total / first.pageSize); page++)
    rows.push(...(await fetchLogPage(source, adapter, query, page, null, signal)).entries);
  return { rows, total: first.total };
}

const at = (s: string | null) => (s === null ? null : readTime(s, 'UTC'));
const idsOf = (rows: Array<LogEntry | InvalidRecord>) =>
  rows.map((r) => ('kind' in r ? String((r.raw as { id?: unknown }).id) : r.id));

describe('unpod through the api layer: exact time ranges on a server that compares days', () => {
  it('keeps exactly the calls that started in a range that cuts days in the middle', async () => {
    const query: ResolvedQuery = {
      ...resolveQuery({ ...emptyQuery, extra: {} }, NOW, 'UTC'),
      sinceMs: NOW - 54 * HOUR + 17 * 60_000,
      untilMs: NOW - 3 * HOUR - 5 * 60_000,
    };
    const want = (await everyRow())
      .filter((r) => {
        const s = at(r.start_time);
        return s !== null && s >= query.sinceMs! && s <= query.untilMs!;
      })
      .map((r) => String(r.id))
      .sort();
    expect(want.length).toBeGreaterThan(60);
    const { rows, total } = await readAll(query);
    const got = idsOf(rows);
    expect(new Set(got).size).toBe(got.length);
    expect([...got].sort()).toEqual(want);
    expect(total).toBe(want.length);
    expect(await countLogs(h.source('unpod'), adapter, query, new AbortController().signal)).toBe(
      want.length,
    );
    // Newest start first, as asked.
    const starts = rows.map((r) => ('kind' in r ? 0 : (r.startedAt ?? 0)));
    expect(starts).toEqual([...starts].sort((a, b) => b - a));
  });

  it('"any time" keeps every call placed in time, up to the pinned upper bound; missed calls drop out (the server needs a date)', async () => {
    const asOf = NOW - 5 * HOUR;
    const query: ResolvedQuery = { ...resolveQuery({ ...emptyQuery, extra: {} }, asOf, 'UTC') };
    const all = await everyRow();
    const want = all
      // The sandbox's planted unreadable creation_time falls out of any dated answer too.
      .filter(
        (r) =>
          r.start_time !== null && r.creation_time !== 'not-a-date' && (at(r.start_time) ?? Infinity) <= asOf,
      )
      .map((r) => String(r.id))
      .sort();
    expect(want.length).toBeLessThan(all.length);
    const { rows, total } = await readAll(query);
    expect(total).toBe(want.length);
    const got = idsOf(rows);
    expect(new Set(got).size).toBe(got.length);
    expect([...got].sort()).toEqual(want);
  });
});
