import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PROJECT_ROOT,
  startProductionServer,
  type ProductionServer,
} from '../../src/server/production-server.ts';
import { CONTENT_SECURITY_POLICY, contentSecurityPolicy } from '../../src/server/security-headers.ts';
import { startFakeUpstream, type FakeUpstream } from './fake-upstream.ts';
import { send } from './http-client.ts';
import { recordingLogger, writeConfig } from './switchboard-harness.ts';

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
const logger = recordingLogger();
const silentLogger = recordingLogger();

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
    cwd: mkdtempSync(join(tmpdir(), 'switchboard-')),
    distDir: fakeDist(),
    logger,
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
      // /logs also carries its first screen (test/server/dashboard-page.test.ts) inside the same page.
      if (path.startsWith('/logs')) {
        expect(res.text).toMatch(/^<!doctype html><title>Switchboard<\/title><div id="root"><\/div>/);
        expect(res.text).toContain('<script type="module" src="/assets/index-abc123.js"></script>');
      } else expect(res.text).toBe(INDEX_HTML);
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
      cwd: mkdtempSync(join(tmpdir(), 'switchboard-')),
    });
    expect((await send(other.url, '/healthz')).status).toBe(200);
    await other.close();
    await expect(send(other.url, '/healthz')).rejects.toThrow(/ECONNREFUSED/);
  });
});

describe('content security policy', () => {
  it('runs only our own scripts: no unsafe-eval, no inline scripts, no framing, no base or object', () => {
    const policy = contentSecurityPolicy(['http://127.0.0.1:4321']);
    const directives = new Map(policy.split('; ').map((entry) => [entry.split(' ')[0], entry] as const));
    expect(directives.get('script-src')).toBe("script-src 'self'");
    expect(policy).not.toContain('unsafe-eval');
    expect(directives.get('frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(directives.get('object-src')).toBe("object-src 'none'");
    expect(directives.get('base-uri')).toBe("base-uri 'none'");
    // The sandbox's recordings play from its own loopback origin, and only media may come from there.
    expect(directives.get('media-src')).toBe("media-src 'self' https: blob: http://127.0.0.1:4321");
    expect(directives.get('connect-src')).toBe("connect-src 'self'");
  });
});

describe('access log', () => {
  const requests = [
    ['GET', '/api/sources/tp/api/v1/logs?phone=%2B919876543210&q=Ravi', 200, '/api/sources/tp/api/v1/logs'],
    ['GET', '/logs?source=all&phone=9876543210&log=tp%3A9876543210', 200, '/logs'],
    ['HEAD', '/assets/index-abc123.js?v=9876543210', 200, '/assets/index-abc123.js'],
    ['GET', '/api/sources/nope/x?phone=9876543210', 404, '/api/sources/nope/x'],
    ['POST', '/logs?phone=9876543210', 405, '/logs'],
    ['GET', 'http://127.0.0.1/logs?phone=9876543210', 200, '/logs'],
    ['GET', '/logs#phone=9876543210', 200, '/logs'],
  ] as const;

  it.each(requests)(
    '%s %s: method, path, status and duration, never the query string',
    async (method, path, status, logged) => {
      const before = logger.lines.length;
      const res = await send(server.url, path, { method });
      expect(res.status).toBe(status);
      const mine = () =>
        logger.lines.slice(before).find((entry) => entry.startsWith(`[access] ${method} ${logged} `)) ?? '';
      await expect.poll(mine).not.toBe('');
      expect(mine()).toMatch(/^\[access\] \S+ \S+ \d{3} \d+\.\dms$/);
      expect(mine()).toContain(` ${status} `);
      expect(logger.lines.join('\n')).not.toContain('9876543210');
      expect(logger.lines.join('\n')).not.toContain('Ravi');
    },
  );
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
