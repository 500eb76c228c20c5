// Load test of the production server: proxy + built-in sandbox, loopback only, bounded in requests and time.
//   node --import tsx test/load/proxy-load.ts [--requests 20000] [--clients 200] [--seconds 120]
// Prints p50/p95/p99/max latency, throughput and errors; exits 1 on any error (non-200 or network failure).
import { Agent, request } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT, startProductionServer } from '../../src/server/production-server.ts';
import type { Logger } from '../../src/server/logger.ts';

const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '20000' },
    clients: { type: 'string', default: '200' },
    seconds: { type: 'string', default: '120' },
  },
});
const REQUESTS = Number(values.requests);
const CLIENTS = Number(values.clients);
const MAX_MS = Number(values.seconds) * 1000;
const NOW = Date.UTC(2026, 10, 20, 12);

/** The built SPA if there is one, else a stand-in: this measures the API, not the page. */
function distDir(): string {
  const built = join(PROJECT_ROOT, 'dist');
  if (existsSync(join(built, 'index.html'))) return built;
  const dist = mkdtempSync(join(tmpdir(), 'switchboard-load-dist-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Switchboard</title>');
  return dist;
}

/** Counts access lines instead of printing 20,000 of them; warnings are kept to show. */
const warnings: string[] = [];
let accessLines = 0;
const logger: Logger = {
  info: (line) => void (line.startsWith('[access]') ? (accessLines += 1) : undefined),
  warn: (line) => void warnings.push(line),
};

/** A mix across the four providers' list endpoints, pages and filters, as the dashboard asks for them. */
const PATHS: ReadonlyArray<(n: number) => string> = [
  (n) => `/api/sources/sandbox-timepay/api/v1/logs?type=call&page=${1 + (n % 200)}`,
  (n) => `/api/sources/sandbox-salesfinity/v1/call-log?limit=50&page=${1 + (n % 300)}`,
  (n) => `/api/sources/sandbox-unpod/api/v2/platform/call-logs/?page_size=50&page=${1 + (n % 200)}`,
  (n) => `/api/sources/sandbox-convoso/v1/log/retrieve?limit=100&offset=${(n % 200) * 100}`,
  () => '/api/sources',
];

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;
}

async function main(): Promise<void> {
  const server = await startProductionServer({
    port: 0,
    host: '127.0.0.1',
    env: {
      SWITCHBOARD_SANDBOX_NOW: String(NOW),
      SWITCHBOARD_SANDBOX_SEED: '42',
      SWITCHBOARD_SANDBOX: '1',
    },
    cwd: mkdtempSync(join(tmpdir(), 'switchboard-load-')),
    build: false,
    distDir: distDir(),
    logger,
  });
  const { hostname, port } = new URL(server.url);
  const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
  const latencies: number[] = [];
  const bySource = new Map<string, number[]>();
  const failures = new Map<string, number>();
  let issued = 0;
  let bytes = 0;
  const once = (path: string) =>
    new Promise<void>((resolve) => {
      const t0 = performance.now();
      const fail = (what: string) => {
        failures.set(what, (failures.get(what) ?? 0) + 1);
        resolve();
      };
      const req = request(
        { hostname, port, path, agent, headers: { 'sec-fetch-site': 'same-origin' } },
        (res) => {
          res.on('data', (chunk: Buffer) => (bytes += chunk.length));
          res.on('error', (error) => fail(`${error.message} on ${path.split('?')[0]}`));
          res.on('end', () => {
            const took = performance.now() - t0;
            latencies.push(took);
            const source = /^\/api\/sources\/([^/?]+)/.exec(path)?.[1] ?? 'list';
            const times = bySource.get(source) ?? [];
            times.push(took);
            bySource.set(source, times);
            if (res.statusCode !== 200) return fail(`HTTP ${res.statusCode} on ${path.split('?')[0]}`);
            resolve();
          });
        },
      );
      req.setTimeout(30_000, () => req.destroy(new Error('client timeout')));
      req.on('error', (error) => fail(`${error.message} on ${path.split('?')[0]}`));
      req.end();
    });

  // Warm-up, not measured: the emulators build some indexes on their first query.
  const warmup = Date.now();
  for (const path of PATHS) await once(path(0));
  // Open the clients' keep-alive connections first, so connection setup is not measured as latency.
  await Promise.all(Array.from({ length: CLIENTS }, () => once('/healthz')));
  latencies.length = 0;
  bySource.clear();
  failures.clear();
  bytes = 0;
  const warmupMs = Date.now() - warmup;
  const started = performance.now();

  const deadline = started + MAX_MS;
  const client = async () => {
    while (issued < REQUESTS && performance.now() < deadline) {
      const n = issued;
      issued += 1;
      await once((PATHS[n % PATHS.length] as (n: number) => string)(Math.floor(n / PATHS.length)));
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, client));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  await server.close();

  const sorted = latencies.sort((a, b) => a - b);
  const errors = [...failures.values()].reduce((sum, count) => sum + count, 0);
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  console.log(
    `load: ${CLIENTS} concurrent clients, ${issued} requests (proxy + sandbox, 4 providers) on ${server.url}`,
  );
  console.log(`  warm-up     ${PATHS.length} requests, ${warmupMs} ms (not counted)`);
  console.log(`  completed   ${sorted.length} in ${seconds.toFixed(1)} s`);
  console.log(
    `  throughput  ${(sorted.length / seconds).toFixed(0)} req/s, ${(bytes / seconds / 1e6).toFixed(1)} MB/s`,
  );
  console.log(
    `  latency     p50 ${ms(percentile(sorted, 0.5))}, p95 ${ms(percentile(sorted, 0.95))}, p99 ${ms(percentile(sorted, 0.99))}, max ${ms(sorted.at(-1) ?? NaN)}`,
  );
  for (const [source, times] of bySource) {
    const each = times.sort((a, b) => a - b);
    console.log(
      `    ${source.padEnd(20)} p50 ${ms(percentile(each, 0.5))}, p99 ${ms(percentile(each, 0.99))}`,
    );
  }
  console.log(`  access log  ${accessLines} lines; server warnings ${warnings.length}`);
  console.log(`  errors      ${errors}`);
  for (const [what, count] of failures) console.log(`    ${count} × ${what}`);
  for (const line of warnings.slice(0, 5)) console.log(`    warning: ${line}`);
  const complete = issued >= REQUESTS;
  if (!complete) console.log(`  stopped at the ${values.seconds} s limit before ${REQUESTS} requests`);
  process.exit(errors === 0 && complete ? 0 : 1);
}

void main();
