import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../../src/server/sandbox/index.ts';
import { send } from '../http-client.ts';
import { startTestSwitchboard, type TestSwitchboard } from '../switchboard-harness.ts';

const LIMIT = { requests: 5, perSeconds: 1 };
let sandbox: Sandbox;
let app: TestSwitchboard;

/** A timepay time bound (zone-less, as the adapter sends it) `hours` from the real now. */
const timepayBound = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString().slice(0, 19);

/** Requests the sandbox received whose path and query contain `fragment`. */
const upstreamHits = (fragment: string) =>
  sandbox.requests.filter((r) =>
    `${r.path}?${new URLSearchParams(Object.entries(r.query).flatMap(([k, vs]) => vs.map((v) => [k, v]))).toString()}`.includes(
      fragment,
    ),
  ).length;

function source(id: string) {
  return {
    id,
    provider: 'timepay',
    baseUrl: sandbox.url,
    credentials: sandbox.credentials.timepay,
    rateLimit: LIMIT,
  };
}

beforeAll(async () => {
  sandbox = await startSandbox({
    now: Date.parse('2026-01-17T00:00:00Z'),
    timepayCount: 3_000,
    salesfinityCount: 0,
    unpodCount: 0,
    convosoCount: 0,
    // Several budgeted sources and apps share this sandbox here: its own limit is tested in budget-http.test.ts.
    rateLimit: { requests: 1000, perSeconds: 1 },
  });
  app = await startTestSwitchboard({
    config: { sources: [source('tp'), source('tp2')] },
    env: { SWITCHBOARD_SANDBOX: '0', SWITCHBOARD_CACHE_TTL_MS: '60000' },
  });
});

afterAll(async () => {
  await app?.close();
  await sandbox?.close();
});

beforeEach(() => {
  sandbox.faults.latencyMs = 0;
  sandbox.faults.rateLimitRate = 0;
});

describe('the short JSON cache', () => {
  it('answers a repeated GET from the cache: miss, then hit, one upstream request', async () => {
    const first = await send(app.url, '/api/sources/tp/api/v1/logs?page=2');
    const second = await send(app.url, '/api/sources/tp/api/v1/logs?page=2');
    expect(first.status).toBe(200);
    expect(first.headers['x-switchboard-cache']).toBe('miss');
    expect(second.headers['x-switchboard-cache']).toBe('hit');
    expect(second.text).toBe(first.text);
    expect(second.headers['content-type']).toBe(first.headers['content-type']);
    expect(upstreamHits('page=2')).toBe(1);
  });

  it('shares one upstream request among identical concurrent GETs', async () => {
    sandbox.faults.latencyMs = 300;
    const all = await Promise.all(
      Array.from({ length: 6 }, () => send(app.url, '/api/sources/tp/api/v1/logs?page=3&type=call')),
    );
    expect(all.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200]);
    const outcomes = all.map((r) => r.headers['x-switchboard-cache']).sort();
    expect(outcomes).toEqual(['coalesced', 'coalesced', 'coalesced', 'coalesced', 'coalesced', 'miss']);
    expect(new Set(all.map((r) => r.text)).size).toBe(1);
    expect(upstreamHits('page=3')).toBe(1);
  });

  it('never shares an answer between two sources, even for the same provider path', async () => {
    const a = await send(app.url, '/api/sources/tp/api/v1/logs?page=4');
    const b = await send(app.url, '/api/sources/tp2/api/v1/logs?page=4');
    expect([a.headers['x-switchboard-cache'], b.headers['x-switchboard-cache']]).toEqual(['miss', 'miss']);
    expect(upstreamHits('page=4')).toBe(2);
  });

  it('streams recordings every time and never caches them', async () => {
    const page = await send(app.url, '/api/sources/tp/api/v1/logs?page=1&type=call');
    const id = /"recording_id":"([^"]+)"/.exec(page.text)?.[1];
    expect(id).toBeTruthy();
    const path = `/api/sources/tp/api/v1/recordings/${id}`;
    const first = await send(app.url, path);
    const second = await send(app.url, path);
    expect(first.status).toBe(200);
    expect(first.headers['content-type']).toMatch(/^audio\//);
    expect(second.headers['x-switchboard-cache']).toBe('miss');
    expect(second.body.equals(first.body)).toBe(true);
    expect(upstreamHits(`/recordings/${id ?? ''}`)).toBe(2);
  });

  it('does not cache errors', async () => {
    const bad = '/api/sources/tp/api/v1/logs?page=0';
    const first = await send(app.url, bad);
    const second = await send(app.url, bad);
    expect(first.status).toBeGreaterThanOrEqual(400);
    expect(second.headers['x-switchboard-cache']).toBe('miss');
  });

  it('passes conditional and partial requests straight through', async () => {
    const path = '/api/sources/tp/api/v1/logs?page=6';
    await send(app.url, path);
    const conditional = await send(app.url, path, { headers: { 'if-none-match': '"x"' } });
    expect(conditional.headers['x-switchboard-cache']).toBe('miss');
    expect(upstreamHits('page=6')).toBe(2);
  });
});

describe('how long an answer is kept', () => {
  let short: TestSwitchboard;
  beforeAll(async () => {
    short = await startTestSwitchboard({
      config: { sources: [source('tp')] },
      env: { SWITCHBOARD_SANDBOX: '0', SWITCHBOARD_CACHE_TTL_MS: '1' },
    });
  });
  afterAll(() => short?.close());

  it('keeps a result pinned to a past upper bound longer than one that ends now', async () => {
    const pinned = `/api/sources/tp/api/v1/logs?page=1&end_time=${timepayBound(-72)}`;
    const open = `/api/sources/tp/api/v1/logs?page=1&end_time=${timepayBound(1)}`;
    await send(short.url, pinned);
    await send(short.url, open);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await send(short.url, pinned)).headers['x-switchboard-cache']).toBe('hit');
    expect((await send(short.url, open)).headers['x-switchboard-cache']).toBe('miss');
  });
});
