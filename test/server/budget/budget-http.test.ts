import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../../src/server/sandbox/index.ts';
import { send } from '../http-client.ts';
import { startTestSwitchboard, type TestSwitchboard } from '../switchboard-harness.ts';

const LIMIT = { requests: 5, perSeconds: 1 };
let sandbox: Sandbox;
let app: TestSwitchboard;
let strict: TestSwitchboard;

const source = (rateLimit: { requests: number; perSeconds: number }) => ({
  id: 'tp',
  provider: 'timepay',
  baseUrl: sandbox.url,
  credentials: sandbox.credentials.timepay,
  rateLimit,
});

beforeAll(async () => {
  sandbox = await startSandbox({
    now: Date.parse('2026-01-17T00:00:00Z'),
    timepayCount: 3_000,
    salesfinityCount: 0,
    unpodCount: 0,
    convosoCount: 0,
    rateLimit: LIMIT,
  });
  app = await startTestSwitchboard({
    config: { sources: [source(LIMIT)] },
    env: { SWITCHBOARD_SANDBOX: '0' },
  });
  strict = await startTestSwitchboard({
    config: { sources: [source({ requests: 1, perSeconds: 5 })] },
    env: { SWITCHBOARD_SANDBOX: '0', SWITCHBOARD_BUDGET_MAX_WAIT_MS: '300' },
  });
});

afterAll(async () => {
  await app?.close();
  await strict?.close();
  await sandbox?.close();
});

describe('the budget of a source, over HTTP against the sandbox', () => {
  it('keeps a burst of different requests within the provider limit: the sandbox refuses none', async () => {
    const before = sandbox.rateLimitStats?.().timepay ?? { served: 0, refused: 0 };
    const all = await Promise.all(
      Array.from({ length: 16 }, (_, i) => send(app.url, `/api/sources/tp/api/v1/logs?page=${i + 10}`)),
    );
    expect(all.map((r) => r.status)).toEqual(Array(16).fill(200));
    const after = sandbox.rateLimitStats?.().timepay;
    expect(after?.refused).toBe(before.refused);
    expect((after?.served ?? 0) - before.served).toBe(16);
  });

  it('never sends the priority header upstream', async () => {
    const res = await send(app.url, '/api/sources/tp/api/v1/logs?page=40', {
      headers: { 'x-switchboard-priority': 'background' },
    });
    expect(res.status).toBe(200);
    expect(sandbox.requests.at(-1)?.headers['x-switchboard-priority']).toBeUndefined();
  });

  it('pauses the source for everyone after a provider 429, as long as its Retry-After says', async () => {
    sandbox.faults.rateLimitRate = 1;
    sandbox.faults.retryAfterSec = 1;
    const limited = await send(app.url, '/api/sources/tp/api/v1/logs?page=50');
    sandbox.faults.rateLimitRate = 0;
    expect(limited.status).toBe(429);
    expect(limited.headers['retry-after']).toBe('1');
    const refusedAt = sandbox.requests.at(-1)?.at ?? 0;
    const next = await send(app.url, '/api/sources/tp/api/v1/logs?page=51');
    expect(next.status).toBe(200);
    // Another user's request waited out the pause before it went upstream (the sandbox's own clock).
    expect((sandbox.requests.at(-1)?.at ?? 0) - refusedAt).toBeGreaterThanOrEqual(1_000);
    expect(app.logs.some((line) => /source "tp": the provider answered 429/.test(line))).toBe(true);
  });

  it('answers 429 rate_limited with Retry-After when the wait would pass the bound, and never hangs', async () => {
    const all = await Promise.all(
      Array.from({ length: 4 }, (_, i) => send(strict.url, `/api/sources/tp/api/v1/logs?page=${i + 60}`)),
    );
    const refused = all.filter((r) => r.status === 429);
    expect(all.filter((r) => r.status === 200)).toHaveLength(1);
    expect(refused).toHaveLength(3);
    for (const res of refused) {
      expect(JSON.parse(res.text)).toMatchObject({ error: 'rate_limited', source: 'tp' });
      expect(Number(res.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(res.headers['x-switchboard-cache']).toBe('miss');
    }
  });
});
