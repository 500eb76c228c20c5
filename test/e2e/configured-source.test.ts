import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/server/sandbox/index.ts';
import { SANDBOX_NOW, startE2eApp, type E2eApp } from './app.ts';

/** Provider-compatible servers of their own, reached only through SWITCHBOARD_CONFIG, as real providers would be. */
let upstream: Sandbox;
let app: E2eApp;
let badApp: E2eApp;

function configFile(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'switchboard-')), 'switchboard.config.json');
  const source = {
    id: 'collections',
    provider: 'timepay',
    label: 'Collections (timepay)',
    baseUrl: upstream.url,
    timeZone: 'Asia/Kolkata',
    defaultCountry: 'IN',
    credentials: { token: '${TIMEPAY_TOKEN}' },
  };
  const others = [
    {
      id: 'sales',
      provider: 'salesfinity',
      label: 'Sales dialer',
      baseUrl: upstream.url,
      credentials: { apiKey: '${SALESFINITY_API_KEY}' },
    },
    {
      id: 'voicebot',
      provider: 'unpod',
      label: 'Voice bot',
      baseUrl: upstream.url,
      credentials: { token: '${UNPOD_TOKEN}', orgHandle: upstream.credentials.unpod.orgHandle },
    },
    {
      id: 'callcenter',
      provider: 'convoso',
      label: 'Call center',
      baseUrl: upstream.url,
      timeZone: 'America/Los_Angeles',
      defaultCountry: 'US',
      credentials: { authToken: '${CONVOSO_AUTH_TOKEN}' },
    },
  ];
  writeFileSync(file, JSON.stringify({ sources: [source, ...others] }));
  return file;
}

function secretsEnv(): Record<string, string> {
  return {
    TIMEPAY_TOKEN: upstream.credentials.timepay.token,
    SALESFINITY_API_KEY: upstream.credentials.salesfinity.apiKey,
    UNPOD_TOKEN: upstream.credentials.unpod.token,
    CONVOSO_AUTH_TOKEN: upstream.credentials.convoso.authToken,
  };
}

beforeAll(async () => {
  upstream = await startSandbox({ now: SANDBOX_NOW });
  const file = configFile();
  app = await startE2eApp({ SWITCHBOARD_CONFIG: file, ...secretsEnv() });
  badApp = await startE2eApp({
    SWITCHBOARD_CONFIG: file,
    ...secretsEnv(),
    TIMEPAY_TOKEN: 'tp_revoked_token_0000',
  });
});
afterAll(async () => {
  await app?.close();
  await badApp?.close();
  await upstream?.close();
});

describe('a source configured by SWITCHBOARD_CONFIG', () => {
  it('is browsed through the proxy with the token from the environment, and no sandbox is started', async () => {
    expect(app.server.runtime.sandbox).toBeUndefined();
    const page = await app.newPage();
    await page.goto(`${app.url}/logs?source=collections&channel=call`);
    await page
      .getByRole('table', { name: 'Logs of Collections (timepay)' })
      .locator('tr[data-log-key]')
      .first()
      .waitFor();
    const calls = upstream.requests.filter((r) => r.path === '/api/v1/logs');
    expect(calls.at(-1)?.query.type).toEqual(['call']);
    expect(calls.at(-1)?.headers.authorization).toBe(`Bearer ${upstream.credentials.timepay.token}`);
    expect(calls.every((r) => r.headers.cookie === undefined)).toBe(true);
  });

  it('a token the provider refuses is shown as a credentials problem naming the source', async () => {
    const page = await badApp.newPage();
    await page.goto(`${badApp.url}/logs`);
    const alert = page.getByRole('alert').filter({ hasText: 'Collections (timepay)' });
    await expect.poll(() => alert.count()).toBeGreaterThan(0);
    expect(await alert.first().textContent()).toMatch(/credentials/i);
  });

  it.each([
    ['sales', '/v1/call-log', (h: Record<string, string>) => h['x-api-key'], 'salesfinity'],
    ['voicebot', '/api/v2/platform/call-logs/', (h: Record<string, string>) => h.authorization, 'unpod'],
  ] as const)(
    '%s is browsed with its credentials added by the proxy only',
    async (id, path, auth, provider) => {
      const page = await app.newPage();
      const seen: string[] = [];
      page.on('request', (r) => seen.push(`${r.url()} ${JSON.stringify(r.headers())}`));
      await page.goto(`${app.url}/logs?source=${id}`);
      await page.locator('tr[data-log-key]').first().waitFor();
      const calls = upstream.requests.filter((r) => r.path === path);
      const secret = secretsEnv()[provider === 'salesfinity' ? 'SALESFINITY_API_KEY' : 'UNPOD_TOKEN'] ?? '';
      expect(auth(calls.at(-1)?.headers ?? {})).toContain(secret);
      expect(seen.length).toBeGreaterThan(0);
      expect(seen.filter((line) => line.includes(secret))).toEqual([]);
    },
  );

  it('Convoso gets auth_token as a query parameter from the proxy; the browser never sends or sees it', async () => {
    const page = await app.newPage();
    const seen: string[] = [];
    page.on('request', (r) => seen.push(r.url()));
    page.on('response', (r) => seen.push(r.url()));
    await page.goto(`${app.url}/logs?source=callcenter`);
    await page.locator('tr[data-log-key]').first().waitFor();
    const token = upstream.credentials.convoso.authToken;
    const calls = upstream.requests.filter((r) => r.path === '/v1/log/retrieve');
    expect(calls.at(-1)?.query.auth_token).toEqual([token]);
    expect(seen.some((url) => url.includes('/api/sources/callcenter/v1/log/retrieve'))).toBe(true);
    expect(seen.filter((url) => url.includes(token) || url.includes('auth_token'))).toEqual([]);
    expect(await page.content()).not.toContain(token);
  });
});
