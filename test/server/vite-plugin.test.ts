import { mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { switchboardPlugin } from '../../src/server/vite-plugin.ts';
import { startFakeUpstream, type FakeUpstream } from './fake-upstream.ts';
import { send } from './http-client.ts';
import { writeConfig } from './switchboard-harness.ts';

describe('switchboardPlugin', () => {
  it('only applies to the dev and preview servers, never to a build', () => {
    expect(switchboardPlugin().apply).toBe('serve');
  });

  it('mounts nothing when Vite runs for vitest (mode "test")', async () => {
    const plugin = switchboardPlugin();
    const use = vi.fn();
    const hook = plugin.configureServer as (server: unknown) => Promise<void>;
    await hook({ config: { mode: 'test' }, middlewares: { use } });
    expect(use).not.toHaveBeenCalled();
  });
});

describe('the dev server with the plugin', () => {
  let upstream: FakeUpstream;
  let vite: ViteDevServer;
  let url: string;

  beforeAll(async () => {
    upstream = await startFakeUpstream();
    vi.stubEnv(
      'SWITCHBOARD_CONFIG',
      writeConfig({
        sources: [
          { id: 'sales', provider: 'salesfinity', baseUrl: upstream.url, credentials: { apiKey: 'dev-key' } },
        ],
      }),
    );
    const root = mkdtempSync(join(tmpdir(), 'switchboard-vite-'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>dev</title>');
    vite = await createServer({
      configFile: false,
      root,
      mode: 'development',
      logLevel: 'silent',
      plugins: [switchboardPlugin()],
      server: { host: '127.0.0.1', port: 0, hmr: false, watch: null },
    });
    await vite.listen();
    const { port } = vite.httpServer?.address() as AddressInfo;
    url = `http://127.0.0.1:${port}`;
  });

  afterAll(async () => {
    await vite?.close();
    await upstream?.close();
    vi.unstubAllEnvs();
  });

  it('serves /api/sources and /healthz from the same middleware as production', async () => {
    const res = await send(url, '/api/sources');
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toEqual([
      {
        id: 'sales',
        provider: 'salesfinity',
        label: 'sales',
        timeZone: 'UTC',
        defaultCountry: 'US',
        sandbox: false,
      },
    ]);
    expect((await send(url, '/healthz')).text).toBe('ok');
  });

  it('proxies before Vite’s own SPA fallback could answer', async () => {
    const res = await send(url, '/api/sources/sales/v1/call-log?page=1', {
      headers: { accept: 'application/json' },
    });
    expect(res.status).toBe(200);
    expect(upstream.received.at(-1)?.headers['x-api-key']).toBe('dev-key');
    const refused = await send(url, '/api/sources/sales/v1/admin', { headers: { accept: 'text/html' } });
    expect(refused.status).toBe(404);
    expect(refused.headers['content-type']).toContain('application/json');
  });

  it('leaves other routes to Vite', async () => {
    const res = await send(url, '/logs', { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(res.text).toContain('<title>dev</title>');
  });
});
