import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
// Proxy p50 beside direct upstream p50: the same timepay list requests, once through the production server's
// proxy (`/api/sources/sandbox-timepay/...`, credentials injected, headers filtered, JSON size-checked) and once
// straight to the sandbox with the token, interleaved so both see the same machine load.
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { startSandbox } from '../../src/server/sandbox/index.ts';
import { startProductionServer } from '../../src/server/start.ts';
import { SANDBOX_NOW } from '../e2e/app.ts';
import { E2E_DIST } from '../e2e/dist-dir.ts';
import { median, type BenchFigure } from './figure.ts';

const PATHS = (n: number, offset = 0): string[] =>
  Array.from({ length: n }, (_, i) => {
    const page = 1 + offset + ((i * 37) % 500);
    return i % 3 === 0 ? `/api/v1/logs?page=${page}&type=call` : `/api/v1/logs?page=${page}`;
  });

async function timed(url: string, headers: Record<string, string> = {}, cache?: string): Promise<number> {
  const start = performance.now();
  const res = await fetch(url, { headers });
  await res.arrayBuffer();
  const ms = performance.now() - start;
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
  if (cache && res.headers.get('x-switchboard-cache') !== cache)
    throw new Error(`${url}: expected a cache ${cache}, got ${res.headers.get('x-switchboard-cache')}`);
  return ms;
}

export async function benchProxy(requests = 300): Promise<BenchFigure[]> {
  const server = await startProductionServer({
    port: 0,
    host: '127.0.0.1',
    env: { SWITCHBOARD_SANDBOX_NOW: String(SANDBOX_NOW), ...JSON.parse(process.env.BENCH_PROXY_ENV ?? '{}') },
    cwd: mkdtempSync(join(tmpdir(), 'switchboard-')), // the sandbox alone
    distDir: E2E_DIST,
    build: false,
    logger: { info: () => {}, warn: (message) => console.warn(message) },
    startSandbox: (o) => startSandbox({ ...o, salesfinityCount: 0, unpodCount: 0, convosoCount: 0 }),
  });
  try {
    const sandbox = server.runtime.sandbox;
    if (!sandbox) throw new Error('no sandbox behind the server');
    const auth = { authorization: `Bearer ${sandbox.credentials.timepay.token}` };
    const paths = PATHS(requests);
    // Warm-up on other pages: with the cache on, every timed proxied request must still be a miss.
    for (const p of PATHS(20, 1_000)) {
      await timed(`${server.url}/api/sources/sandbox-timepay${p}`);
      await timed(sandbox.url + p, auth);
    }
    const proxied: number[] = [];
    const direct: number[] = [];
    for (const [i, p] of paths.entries()) {
      // Alternate which goes first, so neither always gets the warmer cache.
      if (i % 2 === 0) {
        proxied.push(await timed(`${server.url}/api/sources/sandbox-timepay${p}`));
        direct.push(await timed(sandbox.url + p, auth));
      } else {
        direct.push(await timed(sandbox.url + p, auth));
        proxied.push(await timed(`${server.url}/api/sources/sandbox-timepay${p}`));
      }
    }
    // Cache hits: each path again through the proxy (now cached) beside the same request to the sandbox.
    const hits: number[] = [];
    const upstream: number[] = [];
    for (const p of paths) {
      await timed(`${server.url}/api/sources/sandbox-timepay${p}&again=1`);
      hits.push(await timed(`${server.url}/api/sources/sandbox-timepay${p}&again=1`, {}, 'hit'));
      upstream.push(await timed(sandbox.url + p, auth));
    }
    return [
      {
        name: `proxy: timepay /logs p50 through /api/sources, budget and cache on, every request a miss (${requests} requests)`,
        value: median(proxied),
        unit: 'ms',
        peer: { name: 'the same requests straight to the sandbox', value: median(direct), unit: 'ms' },
        bar: '≤ ×1.75 of peer',
        pass: median(proxied) <= 1.75 * median(direct),
      },
      {
        name: `proxy: cache hit p50 (the same ${requests} requests again)`,
        value: median(hits),
        unit: 'ms',
        peer: { name: 'the same requests straight to the sandbox', value: median(upstream), unit: 'ms' },
        bar: '< peer',
        pass: median(hits) < median(upstream),
      },
    ];
  } finally {
    await server.close();
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const f of await benchProxy(Number(process.env.BENCH_REQUESTS ?? 300)))
    console.log(
      `${f.name}: ${f.value.toFixed(2)} ${f.unit} — ${f.peer?.name}: ${f.peer?.value.toFixed(2)} ms`,
    );
}
