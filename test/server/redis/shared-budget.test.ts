import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../../src/server/sandbox/index.ts';
import { send } from '../http-client.ts';
import { startTestSwitchboard, type TestSwitchboard } from '../switchboard-harness.ts';
import { startTestRedis, waitFor, type TestRedis } from './redis-server.ts';

const LIMIT = { requests: 5, perSeconds: 1 };
let redis: TestRedis;
let sandbox: Sandbox;
let a: TestSwitchboard;
let b: TestSwitchboard;

const list = (app: TestSwitchboard, page: number) =>
  send(app.url, `/api/sources/tp/api/v1/logs?page=${page}`);
const hits = (page: number) => sandbox.requests.filter((r) => r.query.page?.[0] === String(page)).length;

beforeAll(async () => {
  redis = await startTestRedis();
  sandbox = await startSandbox({
    now: Date.parse('2026-01-17T00:00:00Z'),
    timepayCount: 3_000,
    salesfinityCount: 0,
    unpodCount: 0,
    convosoCount: 0,
    rateLimit: LIMIT,
  });
  const config = {
    sources: [
      {
        id: 'tp',
        provider: 'timepay',
        baseUrl: sandbox.url,
        credentials: sandbox.credentials.timepay,
        rateLimit: LIMIT,
      },
    ],
  };
  const env = {
    SWITCHBOARD_SANDBOX: '0',
    SWITCHBOARD_REDIS_URL: redis.url,
    SWITCHBOARD_CACHE_TTL_MS: '60000',
  };
  a = await startTestSwitchboard({ config, env });
  b = await startTestSwitchboard({ config, env });
  // Both instances have connected and counted each other.
  for (const app of [a, b])
    await waitFor(async () => /2 instances/.test((await send(app.url, '/healthz')).text), 10_000);
}, 30_000);

afterAll(async () => {
  await a?.close();
  await b?.close();
  await sandbox?.close();
  await redis?.close();
});

describe('two instances sharing Redis', () => {
  it('keep their combined upstream rate within the source budget: the sandbox refuses none', async () => {
    const all = await Promise.all(Array.from({ length: 20 }, (_, i) => list(i % 2 ? a : b, 100 + i)));
    expect(all.map((r) => r.status)).toEqual(Array(20).fill(200));
    expect(sandbox.rateLimitStats?.().timepay).toMatchObject({ served: 20, refused: 0 });
  });

  it('share the cache: an answer fetched through one is a hit on the other', async () => {
    expect((await list(a, 200)).headers['x-switchboard-cache']).toBe('miss');
    expect((await list(b, 200)).headers['x-switchboard-cache']).toBe('hit');
    expect(hits(200)).toBe(1);
  });

  it('coalesce an identical request in flight on the other instance', async () => {
    sandbox.faults.latencyMs = 300;
    try {
      const both = await Promise.all([list(a, 201), list(b, 201)]);
      expect(both.map((r) => r.headers['x-switchboard-cache']).sort()).toEqual(['coalesced', 'miss']);
      expect(both[0]?.text).toBe(both[1]?.text);
      expect(hits(201)).toBe(1);
    } finally {
      sandbox.faults.latencyMs = 0;
    }
  });

  it('keep serving when Redis stops, on each instance’s share of the limit, and say so', async () => {
    await redis.stop();
    const during = await Promise.all([list(a, 300), list(b, 301), list(a, 302)]);
    expect(during.map((r) => r.status)).toEqual([200, 200, 200]);
    expect((await send(a.url, '/healthz')).text).toMatch(
      /^ok\nredis: unreachable.*1\/2 of each source's limit/,
    );
    expect(a.logs.some((line) => /Redis unreachable .*1\/2 of its limit/.test(line))).toBe(true);
    expect(sandbox.rateLimitStats?.().timepay?.refused).toBe(0);

    await redis.start();
    await expect
      .poll(async () => (await send(a.url, '/healthz')).text, { timeout: 15_000 })
      .toMatch(/redis: shared budgets and cache/);
    expect(a.logs.some((line) => /Redis is back/.test(line))).toBe(true);
    expect((await list(a, 303)).status).toBe(200);
  }, 30_000);
});
