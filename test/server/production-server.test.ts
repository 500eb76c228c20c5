import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/server/logger.ts';
import {
  PROJECT_ROOT,
  startProductionServer,
  type ProductionServer,
} from '../../src/server/production-server.ts';
import { CONTENT_SECURITY_POLICY } from '../../src/server/security-headers.ts';
import { startFakeUpstream, type FakeUpstream } from './fake-upstream.ts';
import { send } from './http-client.ts';
import { writeConfig } from './switchboard-harness.ts';

const INDEX_HTML =
  '<!doctype html><title>Switchboard</title><div id="root"></div><script type="module" src="/assets/index-abc123.js"></script>';
const APP_JS = 'console.log("switchboard");';

function fakeDist(): string {
  const dist = mkdtempSync(join(tmpdir(), 'switchboard-dist-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), INDEX_HTML);
  writeFileSync(join(dist, 'assets', 'index-abc123.js'), APP_JS);
  writeFileSync(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return dist;
}

const EXPECTED_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; media-src 'self' https: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

let upstream: FakeUpstream;
let server: ProductionServer;

beforeAll(async () => {
  upstream = await startFakeUpstream();
  const config = writeConfig({
    sources: [
      { id: 'tp', provider: 'timepay', baseUrl: upstream.url, credentials: { token: 'prod-secret' } },
    ],
  });
  server = await startProductionServer({
    port: 0,
    env: { SWITCHBOARD_CONFIG: config },
    distDir: fakeDist(),
    logger: silentLogger,
  });
});

afterAll(async () => {
  await server?.close();
  await upstream?.close();
});

function expectSecurityHeaders(headers: Record<string, string | string[] | undefined>) {
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['cross-origin-opener-policy']).toBe('same-origin');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['permissions-policy']).toContain('camera=()');
}

describe('the production server', () => {
  it('listens on the loopback address it reports', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('serves index.html with the content security policy and the other security headers', async () => {
    const res = await send(server.url, '/');
    expect(res.status).toBe(200);
    expect(res.text).toBe(INDEX_HTML);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.headers['content-security-policy']).toBe(EXPECTED_CSP);
    expect(CONTENT_SECURITY_POLICY).toBe(EXPECTED_CSP);
    expect(res.headers['cache-control']).toBe('no-cache');
    expectSecurityHeaders(res.headers);
  });

  it.each(['/logs?x=1', '/logs?source=all&log=tp%3A123', '/some/deep/route'])(
    'falls back to index.html for the SPA route %s',
    async (path) => {
      const res = await send(server.url, path);
      expect(res.status).toBe(200);
      expect(res.text).toBe(INDEX_HTML);
      expect(res.headers['content-security-policy']).toBe(EXPECTED_CSP);
    },
  );

  it('caches fingerprinted /assets for a year, immutable', async () => {
    const res = await send(server.url, '/assets/index-abc123.js');
    expect(res.status).toBe(200);
    expect(res.text).toBe(APP_JS);
    expect(res.headers['content-type']).toContain('javascript');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expectSecurityHeaders(res.headers);
  });

  it('revalidates other static files', async () => {
    const res = await send(server.url, '/favicon.svg');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('answers a missing asset with 404, not with the page', async () => {
    const res = await send(server.url, '/assets/gone-000.js');
    expect(res.status).toBe(404);
    expect(res.text).not.toContain('<div id="root">');
  });

  it('refuses to write: POST to a page → 405', async () => {
    const res = await send(server.url, '/logs', { method: 'POST' });
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('GET, HEAD');
  });

  it('serves the API with security headers and no-store', async () => {
    const res = await send(server.url, '/api/sources');
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toEqual([
      {
        id: 'tp',
        provider: 'timepay',
        label: 'tp',
        timeZone: 'Asia/Kolkata',
        defaultCountry: 'IN',
        sandbox: false,
      },
    ]);
    expect(res.text).not.toContain('prod-secret');
    expect(res.headers['cache-control']).toBe('no-store');
    expectSecurityHeaders(res.headers);
    expect((await send(server.url, '/healthz')).text).toBe('ok');
  });

  it('proxies to the source, with a stricter policy on provider content', async () => {
    const res = await send(server.url, '/api/sources/tp/api/v1/logs', { headers: { cookie: 'a=b' } });
    expect(res.status).toBe(200);
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(res.headers['content-security-policy']).toBe("default-src 'none'; sandbox");
    expect(upstream.received.at(-1)?.headers.authorization).toBe('Bearer prod-secret');
    expect(upstream.received.at(-1)?.headers.cookie).toBeUndefined();
  });

  it('close() stops listening', async () => {
    const other = await startProductionServer({
      port: 0,
      env: { SWITCHBOARD_SANDBOX: '0' },
      distDir: fakeDist(),
      logger: silentLogger,
      cwd: tmpdir(),
    });
    expect((await send(other.url, '/healthz')).status).toBe(200);
    await other.close();
    await expect(send(other.url, '/healthz')).rejects.toThrow(/ECONNREFUSED/);
  });
});

describe('npm start with a bad configuration', () => {
  it('exits non-zero with a message naming the source and the field', async () => {
    const config = writeConfig({
      sources: [
        {
          id: 'sales',
          provider: 'salesfinity',
          baseUrl: 'https://client-api.salesfinity.co',
          credentials: { apiKey: '${SALESFINITY_API_KEY}' },
        },
      ],
    });
    const env: NodeJS.ProcessEnv = { ...process.env, SWITCHBOARD_CONFIG: config, PORT: '0' };
    delete env.SALESFINITY_API_KEY;
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/start.ts'], {
      cwd: PROJECT_ROOT,
      env,
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(stderr).toContain(
      'source "sales": credentials.apiKey: environment variable SALESFINITY_API_KEY is not set',
    );
  });
});
