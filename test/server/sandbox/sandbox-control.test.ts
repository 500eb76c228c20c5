import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RecordedRequest } from '../../../src/server/sandbox/index.ts';
import { startTimepay, type TimepayHarness } from './timepay-harness.ts';

let tp: TimepayHarness;

beforeAll(async () => {
  tp = await startTimepay({ timepayCount: 2000 });
});
afterAll(() => tp.sandbox.close());
beforeEach(() => {
  Object.assign(tp.sandbox.faults, {
    latencyMs: 0,
    errorRate: 0,
    rateLimitRate: 0,
    retryAfterSec: 2,
    dropRate: 0,
  });
  tp.sandbox.requests.length = 0;
});

const post = (path: string, body?: unknown): Promise<Response> =>
  fetch(tp.sandbox.url + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

describe('the sandbox itself', () => {
  it('listens on loopback and hands out the timepay token', () => {
    expect(tp.sandbox.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(tp.sandbox.credentials.timepay.token.length).toBeGreaterThan(20);
  });

  it('refuses to listen anywhere but loopback', async () => {
    await expect(startTimepay({ host: '0.0.0.0', timepayCount: 10 })).rejects.toThrow(/loopback/);
  });

  it('close() resolves even with keep-alive connections open', async () => {
    const other = await startTimepay({ timepayCount: 100 });
    await other.get('/api/v1/logs');
    await other.sandbox.close();
    await expect(fetch(`${other.sandbox.url}/api/v1/logs`)).rejects.toThrow();
  });
});

describe('fault knobs', () => {
  it('errorRate 1 answers 500 in timepay format', async () => {
    tp.sandbox.faults.errorRate = 1;
    const res = await tp.get('/api/v1/logs');
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({
      success: false,
      error: 'Internal Server Error',
      message: 'An unexpected error occurred',
    });
  });

  it('rateLimitRate 1 answers 429 with Retry-After', async () => {
    tp.sandbox.faults.rateLimitRate = 1;
    tp.sandbox.faults.retryAfterSec = 3;
    const res = await tp.get('/api/v1/campaigns');
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('3');
    expect(await res.json()).toMatchObject({ success: false, error: 'Too Many Requests' });
  });

  it('a rate of one half fails some requests and not others', async () => {
    tp.sandbox.faults.errorRate = 0.5;
    const statuses = await Promise.all(
      Array.from({ length: 40 }, async () => (await tp.get('/api/v1/dispositions')).status),
    );
    expect(statuses).toContain(500);
    expect(statuses).toContain(200);
  });

  it('adds latency to every API response', async () => {
    tp.sandbox.faults.latencyMs = 150;
    const start = performance.now();
    await (await tp.get('/api/v1/logs?count_only=true')).text();
    expect(performance.now() - start).toBeGreaterThanOrEqual(145);
  });

  it('POST /__sandbox/faults merges into the live knobs; bad values are refused', async () => {
    const res = await post('/__sandbox/faults', { errorRate: 1 });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ errorRate: 1, rateLimitRate: 0, retryAfterSec: 2 });
    expect(tp.sandbox.faults.errorRate).toBe(1);
    expect((await tp.get('/api/v1/logs')).status).toBe(500);
    expect((await post('/__sandbox/faults', { errorRate: 2 })).status).toBe(400);
    expect((await post('/__sandbox/faults', { bogus: 1 })).status).toBe(400);
    expect(tp.sandbox.faults.errorRate).toBe(1);
  });

  it('dropRate 1 closes the connection with no answer, recorded as aborted; out-of-range values are refused', async () => {
    tp.sandbox.faults.dropRate = 1;
    await expect(tp.get('/api/v1/logs')).rejects.toThrow();
    await expect.poll(() => tp.sandbox.requests.length).toBe(1);
    expect(tp.sandbox.requests[0]).toMatchObject({ path: '/api/v1/logs', aborted: true });
    expect((await post('/__sandbox/faults', { dropRate: 1.5 })).status).toBe(400);
    expect((await post('/__sandbox/faults', { dropRate: 0 })).status).toBe(200);
    expect((await tp.get('/api/v1/logs')).status).toBe(200);
  });

  it('never faults the control endpoints', async () => {
    tp.sandbox.faults.errorRate = 1;
    expect((await fetch(`${tp.sandbox.url}/__sandbox/requests`)).status).toBe(200);
  });
});

describe('recorded requests', () => {
  it('records API requests with method, path, query, headers and status, newest last', async () => {
    await tp.get('/api/v1/logs?type=call&status=No+Contact');
    await tp.get('/api/v1/logs', {});
    const recorded = tp.sandbox.requests;
    expect(recorded).toHaveLength(2);
    const [first, second] = recorded;
    expect(first).toMatchObject({
      method: 'GET',
      path: '/api/v1/logs',
      query: { type: ['call'], status: ['No Contact'] },
      status: 200,
    });
    expect(first?.headers.authorization).toBe(`Bearer ${tp.sandbox.credentials.timepay.token}`);
    expect(second?.status).toBe(401);
    expect(second?.at).toBeGreaterThanOrEqual(first?.at ?? 0);
  });

  it('marks a request aborted when the client hangs up before the answer, and not otherwise', async () => {
    tp.sandbox.faults.latencyMs = 2_000;
    const controller = new AbortController();
    const gone = fetch(`${tp.sandbox.url}/api/v1/logs?gone=1`, {
      headers: { authorization: `Bearer ${tp.sandbox.credentials.timepay.token}` },
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 100);
    await expect(gone).rejects.toThrow();
    // Recorded at the hang-up, not when the latency would have ended.
    await expect.poll(() => tp.sandbox.requests.length, { timeout: 1_000 }).toBe(1);
    expect(tp.sandbox.requests[0]).toMatchObject({ query: { gone: ['1'] }, aborted: true });
    tp.sandbox.faults.latencyMs = 0;
    await (await tp.get('/api/v1/logs?count_only=true')).text();
    expect(tp.sandbox.requests[1]).toMatchObject({ status: 200, aborted: false });
  });

  it('serves them on GET /__sandbox/requests and clears them on POST /__sandbox/requests/clear', async () => {
    await tp.get('/api/v1/campaigns');
    const listed = (await (await fetch(`${tp.sandbox.url}/__sandbox/requests`)).json()) as RecordedRequest[];
    expect(listed.map((r) => r.path)).toEqual(['/api/v1/campaigns']);
    expect((await post('/__sandbox/requests/clear')).status).toBe(200);
    expect(tp.sandbox.requests).toEqual([]);
  });

  it('keeps the last 500 only', async () => {
    for (let batch = 0; batch < 6; batch++) {
      await Promise.all(
        Array.from({ length: 100 }, (_, k) => tp.get(`/api/v1/logs?count_only=true&n=${batch * 100 + k}`)),
      );
    }
    expect(tp.sandbox.requests).toHaveLength(500);
  });
});
