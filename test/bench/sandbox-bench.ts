// Sandbox figures for `npm run bench`: data generation time and heap, `/logs` latency at full size.
import { pathToFileURL } from 'node:url';
import { startSandbox } from '../../src/server/sandbox/index.ts';
import { mulberry32 } from '../../src/server/sandbox/prng.ts';
import { generateTimepay } from '../../src/server/sandbox/emulators/timepay/data/generate-timepay.ts';
import type { BenchFigure } from './figure.ts';

const FULL_SIZE = 60_000;
const REQUESTS = 300;
const NOW = Date.UTC(2026, 0, 20, 12);

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;
}

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** ~300 list queries of every kind the dashboard sends: pages, filters, time windows, counts. */
function variedQueries(values: { campaigns: string[]; agents: string[]; phones: string[] }): string[] {
  const rng = mulberry32(7);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;
  const day = (): string => new Date(NOW - Math.floor(rng() * 90) * 86_400_000).toISOString().slice(0, 10);
  const makers: Array<() => string> = [
    () => `page=${1 + Math.floor(rng() * 6000)}`,
    () => `type=${pick(['call', 'whatsapp', 'sms'])}&page=${1 + Math.floor(rng() * 50)}`,
    () => `status=${encodeURIComponent(pick(['Completed', 'No Contact', 'Failed', 'Read', 'Delivered']))}`,
    () =>
      `disposition=${encodeURIComponent(pick(['Promise to Pay', 'Voicemail', 'No Answer', 'Not Interested']))}&type=call`,
    () => `campaign_id=${pick(values.campaigns)}&page=${1 + Math.floor(rng() * 20)}`,
    () => `agent_id=${pick(values.agents)}`,
    () => `from_phone=%2B918035450808&type=call`,
    () => `phone=${pick(values.phones)}`,
    () => `start_time=${day()}T00:00:00&end_time=${day()}T23:59:59`,
    () => `type=whatsapp&status=Failed&count_only=true`,
    () => `count_only=true&start_time=${day()}T09:00:00`,
    () =>
      `type=call&status=Completed&disposition=${encodeURIComponent('Promise to Pay')}&start_time=${day()}&page=${1 + Math.floor(rng() * 5)}`,
  ];
  return Array.from({ length: REQUESTS }, () => `/api/v1/logs?${pick(makers)()}`);
}

export async function benchSandbox(): Promise<BenchFigure[]> {
  collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const dataset = generateTimepay({ nowMs: NOW, seed: 42, count: FULL_SIZE });
  const generationMs = performance.now() - t0;
  collectGarbage();
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
  const campaigns = dataset.catalog.campaigns.map((c) => c.id);
  const agents = dataset.catalog.agents.map((a) => a.id);
  const phones = dataset.customers.phones.slice(0, 200);

  const sandbox = await startSandbox({ now: NOW, seed: 42, timepayCount: FULL_SIZE });
  try {
    const headers = { authorization: `Bearer ${sandbox.credentials.timepay.token}` };
    const queries = variedQueries({ campaigns, agents, phones: [...phones] });
    for (const q of queries.slice(0, 20)) await (await fetch(sandbox.url + q, { headers })).text();
    const times: number[] = [];
    for (const q of queries) {
      const start = performance.now();
      const res = await fetch(sandbox.url + q, { headers });
      await res.text();
      times.push(performance.now() - start);
      if (res.status !== 200) throw new Error(`${q} answered ${res.status}`);
    }
    const p50 = percentile(times, 0.5);
    const p95 = percentile(times, 0.95);
    const counts = times.filter((_, k) => queries[k]?.includes('count_only=true'));
    const countP50 = percentile(counts, 0.5);
    if (process.env.SANDBOX_BENCH_VERBOSE === '1') {
      const slowest = times.map((t, k) => [t, queries[k]] as const).sort((a, b) => b[0] - a[0]);
      for (const [t, q] of slowest.slice(0, 12)) console.log(t.toFixed(2), q);
    }
    const rows: BenchFigure[] = [
      {
        name: 'sandbox: generate 60,000 timepay logs',
        value: generationMs,
        unit: 'ms',
        bar: '< 1000 ms',
        pass: generationMs < 1000,
      },
      {
        name: 'sandbox: heap held by the data set',
        value: heapMb,
        unit: 'MB',
        bar: '< 100 MB',
        pass: heapMb < 100,
      },
      {
        name: `sandbox: /logs p50 over ${REQUESTS} varied requests`,
        value: p50,
        unit: 'ms',
        bar: '≤ 5 ms',
        pass: p50 <= 5,
      },
      { name: `sandbox: /logs p95 over ${REQUESTS} varied requests`, value: p95, unit: 'ms' },
      {
        name: `sandbox: /logs count_only p50 (${counts.length} of them)`,
        value: countP50,
        unit: 'ms',
        bar: '≤ 5 ms',
        pass: countP50 <= 5,
      },
    ];
    return rows;
  } finally {
    await sandbox.close();
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const f of await benchSandbox())
    console.log(`${f.name}: ${f.value.toFixed(2)} ${f.unit}${f.bar ? ` (bar ${f.bar})` : ''}`);
}
