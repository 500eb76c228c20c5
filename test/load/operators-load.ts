// `npm run load`: N simulated operators (default 100) browsing the four sandbox sources through the production
// server, the sandbox enforcing a provider rate limit per source. Three runs, each bounded in time:
// one instance without cache and coalescing, one instance with them, two instances sharing Redis (stopped
// half-way and started again). Loopback only; exits 1 if the sandbox refused a request or an operator saw an error.
//   npm run load -- [--operators 100] [--seconds 30] [--limit 5]
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Logger } from '../../src/server/logger.ts';
import {
  PROJECT_ROOT,
  startProductionServer,
  type ProductionServer,
} from '../../src/server/production-server.ts';
import { startSandbox, type Sandbox } from '../../src/server/sandbox/index.ts';
import { startTestRedis, type TestRedis } from '../server/redis/redis-server.ts';
import { runOperator, type ActionName, type Recorder } from './operator-actions.ts';
import { teamViews } from './views.ts';

/** How big a run is; `npm run load` takes them from its arguments, the bench passes its own. */
export interface LoadOptions {
  operators: number;
  seconds: number;
  limit: { requests: number; perSeconds: number };
}
let OPERATORS = 100;
let SECONDS = 30;
let LIMIT = { requests: 5, perSeconds: 1 };
const PROVIDERS = { tp: 'timepay', sf: 'salesfinity', up: 'unpod', cv: 'convoso' } as const;

function distDir(): string {
  const built = join(PROJECT_ROOT, 'dist');
  if (existsSync(join(built, 'index.html'))) return built;
  const dist = mkdtempSync(join(tmpdir(), 'switchboard-load-dist-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Switchboard</title>');
  return dist;
}

function configFile(sandbox: Sandbox): string {
  const c = sandbox.credentials;
  const credentials = { tp: c.timepay, sf: c.salesfinity, up: c.unpod, cv: c.convoso };
  const sources = Object.entries(PROVIDERS).map(([id, provider]) => ({
    id,
    provider,
    baseUrl: sandbox.url,
    timeZone: id === 'cv' ? 'America/Los_Angeles' : id === 'tp' ? 'Asia/Kolkata' : 'UTC',
    credentials: credentials[id as keyof typeof credentials],
    rateLimit: LIMIT,
  }));
  const file = join(mkdtempSync(join(tmpdir(), 'switchboard-load-config-')), 'switchboard.config.json');
  writeFileSync(file, JSON.stringify({ sources }));
  return file;
}

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))] ?? NaN;

interface Scenario {
  name: string;
  instances: number;
  env: Record<string, string>;
  redis?: TestRedis;
}

async function runScenario(sandbox: Sandbox, config: string, scenario: Scenario) {
  const notes: string[] = [];
  const logger: Logger = {
    info: (line) =>
      void (/redis|budget|429/i.test(line) && !line.startsWith('[access]') ? notes.push(line) : 0),
    warn: (line) => void (/redis|answered 429/i.test(line) ? notes.push(line) : 0),
  };
  const servers: ProductionServer[] = [];
  for (let i = 0; i < scenario.instances; i++) {
    servers.push(
      await startProductionServer({
        port: 0,
        host: '127.0.0.1',
        env: { SWITCHBOARD_CONFIG: config, SWITCHBOARD_SANDBOX: '0', ...scenario.env },
        build: false,
        distDir: distDir(),
        logger,
      }),
    );
  }
  if (scenario.redis) await new Promise((resolve) => setTimeout(resolve, 2_500)); // instances see each other
  const before = sandbox.rateLimitStats?.() ?? {};
  const samples: Array<Record<string, number>> = [];
  const sampler = setInterval(() => {
    const stats = sandbox.rateLimitStats?.() ?? {};
    samples.push(Object.fromEntries(Object.entries(stats).map(([p, s]) => [p, s.served + s.refused])));
  }, 1_000);

  const latencies = new Map<ActionName, number[]>();
  const errors = new Map<string, number>();
  let rateLimited = 0;
  let requests = 0;
  const started = Date.now();
  const deadline = started + SECONDS * 1000;
  const rec: Recorder = {
    action: (name, ms) => void (latencies.get(name) ?? latencies.set(name, []).get(name))?.push(ms),
    error: (what) => void errors.set(what, (errors.get(what) ?? 0) + 1),
    rateLimited: () => void (rateLimited += 1),
    request: () => void (requests += 1),
    stopped: () => Date.now() >= deadline,
  };
  const redisChaos = scenario.redis
    ? (async (redis: TestRedis) => {
        await new Promise((resolve) => setTimeout(resolve, (SECONDS * 1000) / 2));
        notes.push(`(load test) redis-server stopped at ${Math.round((Date.now() - started) / 1000)} s`);
        await redis.stop();
        await new Promise((resolve) => setTimeout(resolve, (SECONDS * 1000) / 4));
        await redis.start();
        notes.push(
          `(load test) redis-server started again at ${Math.round((Date.now() - started) / 1000)} s`,
        );
      })(scenario.redis)
    : Promise.resolve();
  const views = teamViews(Date.now());
  const operators = Array.from({ length: OPERATORS }, (_, i) => {
    // Four in ten on the timepay team, two in ten on each other team's view.
    const team = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3][i % 10] ?? 0;
    const server = servers[i % servers.length] as ProductionServer;
    return runOperator(server.url, views[team] ?? views[0]!, 1000 + i, rec);
  });
  // Bounded: whatever is still waiting 30 s after the end is abandoned (counted as unfinished).
  const finished = await Promise.race([
    Promise.all(operators).then(() => true),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), SECONDS * 1000 + 30_000)),
  ]);
  await redisChaos;
  clearInterval(sampler);
  const elapsedMin = (Date.now() - started) / 60_000;
  const after = sandbox.rateLimitStats?.() ?? {};
  for (const server of servers) await server.close();

  const upstream = Object.keys(after).reduce(
    (sum, p) =>
      sum +
      (after[p]?.served ?? 0) +
      (after[p]?.refused ?? 0) -
      (before[p]?.served ?? 0) -
      (before[p]?.refused ?? 0),
    0,
  );
  const refused = Object.keys(after).reduce(
    (sum, p) => sum + (after[p]?.refused ?? 0) - (before[p]?.refused ?? 0),
    0,
  );
  // The highest rate per source over any 10 s of the run, from the per-second samples.
  const peaks = Object.values(PROVIDERS).map((provider) => {
    let peak = 0;
    for (let i = 10; i < samples.length; i++)
      peak = Math.max(peak, ((samples[i]?.[provider] ?? 0) - (samples[i - 10]?.[provider] ?? 0)) / 10);
    return `${provider} ${peak.toFixed(1)}/s`;
  });
  console.log(
    `\n## ${scenario.name} — ${OPERATORS} operators, ${SECONDS} s${finished ? '' : ' (some operators unfinished at the bound)'}`,
  );
  console.log('| action | count | p50 | p95 |\n| --- | --- | --- | --- |');
  for (const [name, ms] of latencies)
    console.log(
      `| ${name} | ${ms.length} | ${percentile(ms, 0.5).toFixed(0)} ms | ${percentile(ms, 0.95).toFixed(0)} ms |`,
    );
  console.log(
    `requests to Switchboard: ${requests} = ${(requests / OPERATORS / elapsedMin).toFixed(2)} per operator-minute; upstream requests: ${upstream} = ${(upstream / OPERATORS / elapsedMin).toFixed(2)} per operator-minute`,
  );
  console.log(
    `highest upstream rate per source over 10 s (budget ${LIMIT.requests}/s each): ${peaks.join(', ')}`,
  );
  console.log(
    `429s sent by the sandbox: ${refused}; 429s waited out by operators (Switchboard's budget): ${rateLimited}`,
  );
  console.log(
    `errors seen by operators: ${[...errors.values()].reduce((a, b) => a + b, 0)}${errors.size ? ` (${[...errors].map(([k, v]) => `${k} ×${v}`).join('; ')})` : ''}`,
  );
  for (const note of notes) console.log(`log: ${note}`);
  return {
    refused,
    errors: [...errors.values()].reduce((a, b) => a + b, 0),
    perOperatorMinute: upstream / OPERATORS / elapsedMin,
    demandPerOperatorMinute: requests / OPERATORS / elapsedMin,
  };
}

/** Runs the scenarios (all three, or the first two without Redis) and prints each one's report. */
export async function runOperatorLoad(
  options: LoadOptions,
  only?: 'cached',
): Promise<Array<Awaited<ReturnType<typeof runScenario>>>> {
  ({ operators: OPERATORS, seconds: SECONDS, limit: LIMIT } = options);
  const sandbox = await startSandbox({ rateLimit: LIMIT });
  sandbox.faults.latencyMs = 50; // a provider is not on loopback
  const config = configFile(sandbox);
  const redis = await startTestRedis();
  const off = {
    SWITCHBOARD_CACHE_TTL_MS: '0',
    SWITCHBOARD_CACHE_PINNED_TTL_MS: '0',
    SWITCHBOARD_COALESCING: '0',
  };
  const results = [];
  try {
    if (only === undefined)
      results.push(
        await runScenario(sandbox, config, {
          name: 'one instance, no cache, no coalescing',
          instances: 1,
          env: off,
        }),
      );
    results.push(
      await runScenario(sandbox, config, {
        name: 'one instance, cache and coalescing',
        instances: 1,
        env: {},
      }),
    );
    if (only === undefined)
      results.push(
        await runScenario(sandbox, config, {
          name: 'two instances sharing Redis (stopped half-way, started again)',
          instances: 2,
          env: { SWITCHBOARD_REDIS_URL: redis.url },
          redis,
        }),
      );
  } finally {
    await redis.close();
    await sandbox.close();
  }
  return results;
}

async function main() {
  const { values } = parseArgs({
    options: {
      operators: { type: 'string', default: '100' },
      seconds: { type: 'string', default: '30' },
      limit: { type: 'string', default: '5' },
    },
  });
  const results = await runOperatorLoad({
    operators: Number(values.operators),
    seconds: Number(values.seconds),
    limit: { requests: Number(values.limit), perSeconds: 1 },
  });
  const [plain, cached, shared] = results;
  console.log(
    `\nupstream requests per operator-minute: ${plain?.perOperatorMinute.toFixed(2)} without cache and coalescing (operators asked ${plain?.demandPerOperatorMinute.toFixed(2)}; the budget held the rest back), ${cached?.perOperatorMinute.toFixed(2)} with them (operators asked ${cached?.demandPerOperatorMinute.toFixed(2)})`,
  );
  // Without the cache the operators ask for more than the provider allows: their waits are the point of that run.
  const failed = results.some((r) => r.refused > 0) || (cached?.errors ?? 0) > 0 || (shared?.errors ?? 0) > 0;
  process.exit(failed ? 1 : 0);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
