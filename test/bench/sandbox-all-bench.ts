// The whole sandbox for `npm run bench`: all four emulators at their default sizes (start time, heap),
// and each provider's list endpoint under varied queries (DESIGN.md: p50 ≤ 5 ms at full size).
import { startSandbox, type Sandbox } from '../../src/server/sandbox/index.ts';
import { mulberry32 } from '../../src/server/sandbox/prng.ts';
import type { BenchFigure } from './figure.ts';

const NOW = Date.UTC(2026, 10, 20, 12);
const REQUESTS = 200;

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;
}

interface ProviderLoad {
  name: string;
  headers: (s: Sandbox) => Record<string, string>;
  /** Varied list queries, with the credential query parameter where the provider takes one. */
  query: (s: Sandbox, rng: () => number) => string;
}

const day = (rng: () => number) =>
  new Date(NOW - Math.floor(rng() * 90) * 86_400_000).toISOString().slice(0, 10);
const pick = <T>(rng: () => number, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;

const LOADS: ProviderLoad[] = [
  {
    name: 'Salesfinity /v1/call-log',
    headers: (s) => ({ 'x-api-key': s.credentials.salesfinity.apiKey }),
    query: (_s, rng) =>
      pick(rng, [
        () => `/v1/call-log?limit=50&page=${1 + Math.floor(rng() * 600)}`,
        () => `/v1/call-log?limit=50&filters[outcome]=${pick(rng, ['answered', 'no-answer', 'cancelled'])}`,
        () => `/v1/call-log?limit=50&filters[search]=${pick(rng, ['smith', 'acme', '415'])}`,
        () => `/v1/call-log?limit=50&sort=-duration&filters[min_duration]=60`,
        () => `/v1/call-log?limit=50&filters[start_date]=${day(rng)}T00:00:00Z`,
      ])(),
  },
  {
    name: 'unpod /call-logs/',
    headers: (s) => ({
      authorization: `Token ${s.credentials.unpod.token}`,
      'org-handle': s.credentials.unpod.orgHandle,
      'product-id': s.credentials.unpod.productId,
    }),
    query: (_s, rng) =>
      pick(rng, [
        () => `/api/v2/platform/call-logs/?page_size=50&page=${1 + Math.floor(rng() * 400)}`,
        () => `/api/v2/platform/call-logs/?page_size=50&call_status=${pick(rng, ['completed', 'failed'])}`,
        () => `/api/v2/platform/call-logs/?page_size=50&call_type=inbound`,
        () => `/api/v2/platform/call-logs/?page_size=50&start_date=${day(rng)}T00:00:00Z`,
      ])(),
  },
  {
    name: 'Convoso /v1/log/retrieve',
    headers: () => ({}),
    query: (s, rng) =>
      `${pick(rng, [
        () => `/v1/log/retrieve?limit=100&offset=${Math.floor(rng() * 400) * 100}`,
        () => `/v1/log/retrieve?limit=100&status=${pick(rng, ['NA', 'HU', 'AA', 'SALE'])}`,
        () => `/v1/log/retrieve?limit=100&call_type=INBOUND&order=asc`,
        () => `/v1/log/retrieve?limit=100&start_time=${day(rng)}%2000:00:00`,
      ])()}&include_recordings=1&auth_token=${encodeURIComponent(s.credentials.convoso.authToken)}`,
  },
];

export async function benchSandboxAll(): Promise<BenchFigure[]> {
  (globalThis as { gc?: () => void }).gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const rssBefore = process.memoryUsage().rss;
  const t0 = performance.now();
  const sandbox = await startSandbox({ now: NOW, seed: 42 });
  const startMs = performance.now() - t0;
  (globalThis as { gc?: () => void }).gc?.();
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
  const rssMb = (process.memoryUsage().rss - rssBefore) / 1e6;
  const figures: BenchFigure[] = [
    {
      name: 'sandbox: start all four emulators (160,000 logs)',
      value: startMs,
      unit: 'ms',
      bar: '< 2000 ms',
      pass: startMs < 2000,
    },
    {
      name: 'sandbox: heap held by all four data sets',
      value: heapMb,
      unit: 'MB',
      bar: '< 300 MB',
      pass: heapMb < 300,
    },
    { name: 'sandbox: RSS growth at start', value: rssMb, unit: 'MB' },
  ];
  try {
    for (const load of LOADS) {
      const rng = mulberry32(11);
      const paths = Array.from({ length: REQUESTS }, () => load.query(sandbox, rng));
      const headers = load.headers(sandbox);
      for (const p of paths.slice(0, 10)) await (await fetch(sandbox.url + p, { headers })).text();
      const times: number[] = [];
      for (const p of paths) {
        const start = performance.now();
        const res = await fetch(sandbox.url + p, { headers });
        const body = await res.text();
        times.push(performance.now() - start);
        if (res.status !== 200 || body.includes('"success":false'))
          throw new Error(`${p.replace(/auth_token=[^&]+/, 'auth_token=…')} failed: ${body.slice(0, 200)}`);
      }
      const p50 = percentile(times, 0.5);
      figures.push(
        {
          name: `sandbox: ${load.name} p50 (${REQUESTS} varied)`,
          value: p50,
          unit: 'ms',
          bar: '≤ 5 ms',
          pass: p50 <= 5,
        },
        { name: `sandbox: ${load.name} p95`, value: percentile(times, 0.95), unit: 'ms' },
      );
    }
  } finally {
    await sandbox.close();
  }
  return figures;
}
