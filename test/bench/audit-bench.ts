// The audit trail's cost to a proxied request: the same detail request through the proxy, once with an id never
// asked before (an audit entry is queued) and once with an id already asked (the repeat window skips the entry),
// interleaved so both see the same machine load. The entry is queued and written in batches off the request
// path, so the difference should be within noise.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startSandbox } from '../../src/server/sandbox/index.ts';
import { startProductionServer } from '../../src/server/start.ts';
import { SANDBOX_NOW } from '../e2e/app.ts';
import { E2E_DIST } from '../e2e/dist-dir.ts';
import { median, type BenchFigure } from './figure.ts';

async function timed(url: string): Promise<number> {
  const start = performance.now();
  const res = await fetch(url);
  await res.arrayBuffer();
  return performance.now() - start;
}

function p95(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? NaN;
}

export async function benchAudit(requests = 400): Promise<BenchFigure[]> {
  const server = await startProductionServer({
    port: 0,
    host: '127.0.0.1',
    env: { SWITCHBOARD_SANDBOX_NOW: String(SANDBOX_NOW) },
    cwd: mkdtempSync(join(tmpdir(), 'switchboard-')),
    distDir: E2E_DIST,
    build: false,
    logger: { info: () => {}, warn: (message) => console.warn(message) },
    startSandbox: (o) => startSandbox({ ...o, salesfinityCount: 0, unpodCount: 0, convosoCount: 0 }),
  });
  try {
    const detail = (id: string) =>
      `${server.url}/api/sources/sandbox-timepay/api/v1/communication/call/${id}`;
    for (let i = 0; i < 30; i += 1) {
      await timed(detail(`warm-${i}`));
      await timed(detail('repeat'));
    }
    const audited: number[] = [];
    const plain: number[] = [];
    for (let i = 0; i < requests; i += 1) {
      if (i % 2 === 0) {
        audited.push(await timed(detail(`bench-${i}`)));
        plain.push(await timed(detail('repeat')));
      } else {
        plain.push(await timed(detail('repeat')));
        audited.push(await timed(detail(`bench-${i}`)));
      }
    }
    await server.runtime.team.audit.flush();
    const written = await server.runtime.team.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit WHERE action = 'detail.fetched' AND log_id LIKE 'bench-%'",
    );
    if (Number(written[0]?.n) !== requests)
      throw new Error(`expected ${requests} audit entries, found ${written[0]?.n}`);
    return [
      {
        name: `audit: proxied detail request p50, an entry recorded (${requests} requests)`,
        value: median(audited),
        unit: 'ms',
        peer: { name: 'the same request, no entry (repeat)', value: median(plain), unit: 'ms' },
      },
      {
        name: `audit: proxied detail request p95, an entry recorded (${requests} requests)`,
        value: p95(audited),
        unit: 'ms',
        peer: { name: 'the same request, no entry (repeat)', value: p95(plain), unit: 'ms' },
      },
    ];
  } finally {
    await server.close();
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const f of await benchAudit(Number(process.env.BENCH_REQUESTS ?? 400)))
    console.log(
      `${f.name}: ${f.value.toFixed(2)} ${f.unit} — ${f.peer?.name}: ${f.peer?.value.toFixed(2)} ms`,
    );
}
