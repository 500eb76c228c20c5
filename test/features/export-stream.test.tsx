import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../src/api/http.ts';
import { PageOutOfReachError } from '../../src/api/logs.ts';
import { sleep } from '../../src/api/pacer.ts';
import { streamPages, type StreamMember, type StreamWait } from '../../src/api/page-stream.ts';
import { runExport, type ExportPlan } from '../../src/features/export/run-export.ts';
import type { ExportSink } from '../../src/features/export/sink.ts';
import type { LogEntry } from '../../src/logs/log-entry.ts';
import type { ResolvedQuery } from '../../src/logs/log-query.ts';
import { emptyQuery } from '../../src/logs/log-query.ts';
import type { SourceInfo } from '../../src/logs/source.ts';
import type { ListPage, ProviderAdapter } from '../../src/providers/adapter.ts';
import { convosoAdapter } from '../../src/providers/convoso/index.ts';
import { salesfinityAdapter } from '../../src/providers/salesfinity/index.ts';
import { timepayAdapter } from '../../src/providers/timepay/index.ts';
import { unpodAdapter } from '../../src/providers/unpod/index.ts';
import { startProductionServer } from '../../src/server/start.ts';
import { startSandbox, type Sandbox } from '../../src/server/sandbox/index.ts';
import { parseCsv } from '../logs/csv-reader.ts';

/**
 * The export's page stream and writer in Node against the real proxy and a sandbox of its own: Convoso
 * with 100,000 calls, so that the middle of the result is past its offset cap from both ends. The browser's
 * relative `/api/...` URLs are resolved against the server (the only thing added to `fetch`).
 */
const NOW = Date.parse('2026-11-20T12:00:00Z');
const FAST = { requests: 1_000, perMs: 1_000 };
let upstream: Sandbox;
let server: Awaited<ReturnType<typeof startProductionServer>>;
let sources: SourceInfo[];
const realFetch = globalThis.fetch;

const adapters: Record<SourceInfo['provider'], ProviderAdapter> = {
  timepay: timepayAdapter,
  salesfinity: salesfinityAdapter,
  unpod: unpodAdapter,
  convoso: convosoAdapter,
};
const member = (id: string): StreamMember => {
  const source = sources.find((s) => s.id === id);
  if (!source) throw new Error(`no source ${id}`);
  return { source, adapter: adapters[source.provider] };
};
const query = (change: Partial<ResolvedQuery> = {}): ResolvedQuery => {
  const { since: _s, until: _u, columns: _c, log: _l, ...rest } = emptyQuery;
  return { ...rest, sinceMs: null, untilMs: null, ...change };
};
const listRequests = (path: string) => upstream.requests.filter((r) => r.path === path);

/** A sink that keeps its chunks (a test's stand-in for the file). */
function memorySink() {
  const chunks: string[] = [];
  const sink: ExportSink & { chunks: string[]; closed: boolean } = {
    kind: 'download',
    chunks,
    closed: false,
    write: async (chunk) => void chunks.push(chunk),
    close: async () => void (sink.closed = true),
    abort: async () => void chunks.splice(0),
  };
  return sink;
}

beforeAll(async () => {
  upstream = await startSandbox({
    now: NOW,
    timepayCount: 3_000,
    salesfinityCount: 3_000,
    unpodCount: 3_000,
    convosoCount: 100_000,
  });
  const dir = mkdtempSync(join(tmpdir(), 'switchboard-export-'));
  mkdirSync(join(dir, 'dist'));
  writeFileSync(join(dir, 'dist', 'index.html'), '<!doctype html><title>Switchboard</title>');
  // The stream's own pacing is under test: the server's shared budget (issue 16) must not be the narrower one.
  const base = { baseUrl: upstream.url, rateLimit: { requests: 1_000, perSeconds: 1 } };
  writeFileSync(
    join(dir, 'config.json'),
    JSON.stringify({
      sources: [
        {
          id: 'tp',
          provider: 'timepay',
          label: 'Collections',
          timeZone: 'Asia/Kolkata',
          defaultCountry: 'IN',
          ...base,
          credentials: upstream.credentials.timepay,
        },
        {
          id: 'sf',
          provider: 'salesfinity',
          label: 'Sales',
          ...base,
          credentials: upstream.credentials.salesfinity,
        },
        { id: 'up', provider: 'unpod', label: 'Voice bot', ...base, credentials: upstream.credentials.unpod },
        {
          id: 'cv',
          provider: 'convoso',
          label: 'Call center',
          ...base,
          credentials: upstream.credentials.convoso,
        },
        {
          id: 'revoked',
          provider: 'timepay',
          label: 'Revoked',
          ...base,
          credentials: { token: 'tp_revoked_0000' },
        },
      ],
    }),
  );
  server = await startProductionServer({
    port: 0,
    host: '127.0.0.1',
    // Each test counts the sandbox's requests: no answer may come from the server's short cache.
    env: {
      SWITCHBOARD_CONFIG: join(dir, 'config.json'),
      SWITCHBOARD_CACHE_TTL_MS: '0',
      SWITCHBOARD_COALESCING: '0',
    },
    cwd: dir,
    distDir: join(dir, 'dist'),
    build: false,
    logger: { info: () => {}, warn: () => {} },
  });
  globalThis.fetch = (input, init) =>
    realFetch(typeof input === 'string' && input.startsWith('/') ? server.url + input : input, init);
  sources = (await (await fetch('/api/sources')).json()) as SourceInfo[];
}, 60_000);
afterEach(() => {
  upstream.requests.length = 0;
  Object.assign(upstream.faults, { latencyMs: 0, errorRate: 0, rateLimitRate: 0, retryAfterSec: 2 });
});
afterAll(async () => {
  globalThis.fetch = realFetch;
  await server?.close();
  await upstream?.close();
});

describe('streamPages', () => {
  it('reads every page of a source once, in order, newest first', async () => {
    const pages: ListPage[] = [];
    for await (const page of streamPages(member('tp'), query(), {
      signal: new AbortController().signal,
      rateLimit: FAST,
    }))
      pages.push(page);
    const total = pages[0]!.total;
    expect(total).toBe(3_000);
    expect(pages.map((p) => p.page)).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));
    const entries = pages.flatMap((p) => p.entries).filter((e): e is LogEntry => !('kind' in e));
    const invalid = pages.flatMap((p) => p.entries).length - entries.length;
    expect(entries.length + invalid).toBe(total);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    const times = entries.map((e) => e.startedAt ?? Infinity).filter(Number.isFinite);
    expect(times.every((t, i) => i === 0 || t <= times[i - 1]!)).toBe(true);
  }, 60_000);

  it('keeps to the rate limit: no more than N requests start in any window', async () => {
    const limit = { requests: 3, perMs: 600 };
    // The pacer's own clock, observed: its last reading before a page is the instant that request was let go.
    // (The sandbox's arrival stamps would add a busy machine's loopback and scheduling delays to what is checked.)
    let lastReading = 0;
    const clock = { now: () => (lastReading = Date.now()), sleep };
    const granted: number[] = [];
    const before = listRequests('/v1/call-log').length;
    const sig = new AbortController();
    for await (const _ of streamPages(member('sf'), query(), {
      signal: sig.signal,
      rateLimit: limit,
      clock,
    })) {
      granted.push(lastReading);
      if (granted.length === 10) break;
    }
    sig.abort();
    expect(listRequests('/v1/call-log').length - before).toBe(10);
    for (let i = limit.requests; i < granted.length; i += 1)
      expect(granted[i]! - granted[i - limit.requests]!).toBeGreaterThanOrEqual(limit.perMs);
    // Paced, not merely slow: the whole run fits the schedule plus what the machine added to each request.
    expect(granted[9]! - granted[0]!).toBeGreaterThanOrEqual(3 * limit.perMs);
  }, 60_000);

  it('waits out a 429 for its Retry-After, says so, and asks again', async () => {
    upstream.faults.rateLimitRate = 1;
    upstream.faults.retryAfterSec = 1;
    const waits: StreamWait[] = [];
    const stream = streamPages(member('up'), query(), {
      signal: new AbortController().signal,
      rateLimit: FAST,
      onWait: (wait) => {
        waits.push(wait);
        upstream.faults.rateLimitRate = 0;
      },
    });
    const first = await stream.next();
    await stream.return(undefined);
    expect(first.done).toBe(false);
    expect(waits).toEqual([
      expect.objectContaining({ reason: 'rate-limited', ms: 1_000, page: 1, attempt: 1, status: 429 }),
    ]);
    expect(listRequests('/api/v2/platform/call-logs/').map((r) => r.status)).toEqual([429, 200]);
  });

  it('retries a 5xx with backoff and goes on', async () => {
    upstream.faults.errorRate = 1;
    const waits: StreamWait[] = [];
    const stream = streamPages(member('sf'), query(), {
      signal: new AbortController().signal,
      rateLimit: FAST,
      onWait: (wait) => {
        waits.push(wait);
        if (wait.attempt === 2) upstream.faults.errorRate = 0;
      },
    });
    const first = await stream.next();
    await stream.return(undefined);
    expect(first.done).toBe(false);
    expect(waits.map((w) => [w.reason, w.attempt, w.status])).toEqual([
      ['retrying', 1, 500],
      ['retrying', 2, 500],
    ]);
    expect(listRequests('/v1/call-log').map((r) => r.status)).toEqual([500, 500, 200]);
  }, 30_000);

  it('never retries another 4xx (a refused token is asked once)', async () => {
    const stream = streamPages(member('revoked'), query(), {
      signal: new AbortController().signal,
      rateLimit: FAST,
    });
    const error = await stream.next().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(401);
    expect(listRequests('/api/v1/logs')).toHaveLength(1);
  });

  it('reads Convoso past its offset cap from the other end, in order, every row once', async () => {
    // The last 40 days: more rows than the cap, fewer than twice it (the deep pages come reversed).
    const q = query({ sinceMs: NOW - 40 * 86_400_000, untilMs: NOW });
    const pages: ListPage[] = [];
    for await (const page of streamPages(member('cv'), q, {
      signal: new AbortController().signal,
      rateLimit: FAST,
    }))
      pages.push(page);
    const total = pages[0]!.total;
    expect(total).toBeGreaterThan(40_100);
    expect(total).toBeLessThan(80_000);
    const reversed = listRequests('/v1/log/retrieve').filter((r) => r.query.order?.[0] === 'asc');
    expect(reversed.length).toBeGreaterThan(0);
    const entries = pages.flatMap((p) => p.entries).filter((e): e is LogEntry => !('kind' in e));
    expect(entries.length).toBeGreaterThan(total - 50);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    const times = entries.map((e) => e.startedAt ?? Infinity).filter(Number.isFinite);
    expect(times.every((t, i) => i === 0 || t <= times[i - 1]!)).toBe(true);
  }, 120_000);

  it('stops Convoso where neither end of the result is within its offset cap', async () => {
    const pages: ListPage[] = [];
    const error = await (async () => {
      for await (const page of streamPages(member('cv'), query(), {
        signal: new AbortController().signal,
        rateLimit: FAST,
      }))
        pages.push(page);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PageOutOfReachError);
    expect(pages[0]!.total).toBeGreaterThan(80_000);
    // Every page up to the cap came, in order; the next one is out of reach.
    expect(pages.at(-1)!.page * 100).toBeGreaterThanOrEqual(40_000);
    expect(pages.map((p) => p.page)).toEqual(pages.map((_, i) => i + 1));
  }, 120_000);
});

describe('runExport', () => {
  const plan = (change: Partial<ExportPlan>): ExportPlan => ({
    members: [member('tp')],
    query: query(),
    columns: null,
    zone: 'Asia/Kolkata',
    masking: false,
    format: 'csv',
    includeRaw: false,
    viewUrl: 'http://localhost:8080/logs?source=tp',
    exportedAt: NOW,
    rateLimit: FAST,
    ...change,
  });

  it('writes one chunk per page, a BOM and the view first, and every row', async () => {
    const sink = memorySink();
    const result = await runExport(plan({}), sink, new AbortController().signal, () => {});
    expect(result).toMatchObject({ status: 'done' });
    expect(sink.closed).toBe(true);
    // Head, then one chunk per page of 10: never the file as one string.
    expect(sink.chunks.length).toBeGreaterThan(250);
    expect(Math.max(...sink.chunks.map((c) => c.length))).toBeLessThan(20_000);
    const text = sink.chunks.join('');
    expect(text.startsWith('\uFEFF# view: http://localhost:8080/logs?source=tp\r\n')).toBe(true);
    const [header, ...rows] = parseCsv(text.slice(text.indexOf('\r\n') + 2));
    expect(header).toEqual([
      'Started',
      'Channel',
      'Customer',
      'Phone',
      'Campaign',
      'Outcome',
      'Disposition',
      'Duration',
    ]);
    expect(rows.length + result.skipped).toBe(3_000);
  }, 60_000);

  it('stops at an out-of-reach page with the provider reason, keeping what was written', async () => {
    const sink = memorySink();
    const result = await runExport(
      plan({ members: [member('cv')], format: 'ndjson' }),
      sink,
      new AbortController().signal,
      () => {},
    );
    expect(result.status).toBe('stopped');
    if (result.status !== 'stopped') return;
    expect(result.rows).toBeGreaterThanOrEqual(39_000);
    const lines = sink.chunks.join('').trimEnd().split('\n');
    expect(JSON.parse(lines.at(-1)!)).toEqual({ stopped: result.reason, rowsWritten: result.rows });
    expect(lines.length).toBe(result.rows + 2);
    expect(sink.closed).toBe(true);
  }, 120_000);

  it('merges several sources newest first, each row once, with its source', async () => {
    const sink = memorySink();
    const members = [member('tp'), member('sf'), member('up')];
    const result = await runExport(
      plan({ members, format: 'ndjson' }),
      sink,
      new AbortController().signal,
      () => {},
    );
    expect(result.status).toBe('done');
    const [head, ...entries] = sink.chunks
      .join('')
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { sourceId: string; id: string; startedAt: string | null });
    expect(head).toMatchObject({ view: 'http://localhost:8080/logs?source=tp' });
    // unpod's live server drops calls without a start or end (missed calls) from every dated answer, and
    // Switchboard always bounds and sorts unpod by start (PROVIDERS.md, live section): those are not exported.
    const c = upstream.credentials.unpod;
    const unpodAll = (await (
      await fetch(`${upstream.url}/api/v2/platform/call-logs/?page_size=100000`, {
        headers: { authorization: `Token ${c.token}`, 'org-handle': c.orgHandle, 'product-id': c.productId },
      })
    ).json()) as { data: Array<{ start_time: string | null; creation_time: string }> };
    const placed = unpodAll.data.filter(
      (r) => r.start_time !== null && r.creation_time !== 'not-a-date',
    ).length;
    expect(entries.length + result.skipped).toBe(6_000 + placed);
    expect(new Set(entries.map((e) => `${e.sourceId}:${e.id}`)).size).toBe(entries.length);
    expect(new Set(entries.map((e) => e.sourceId))).toEqual(new Set(['tp', 'sf', 'up']));
    const times = entries.flatMap((e) => (e.startedAt === null ? [] : [Date.parse(e.startedAt)]));
    expect(times.every((t, i) => i === 0 || t <= times[i - 1]!)).toBe(true);
  }, 120_000);

  it('Cancel aborts the request in flight and drops the file', async () => {
    upstream.faults.latencyMs = 1_000;
    const sink = memorySink();
    const abort = new AbortController();
    const running = runExport(plan({}), sink, abort.signal, () => {});
    await new Promise((resolve) => setTimeout(resolve, 300));
    abort.abort();
    await expect(running).rejects.toBeDefined();
    expect(sink.chunks).toEqual([]);
    expect(sink.closed).toBe(false);
    await expect.poll(() => listRequests('/api/v1/logs').at(-1)?.aborted).toBe(true);
  });
});
