import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/server/sandbox/index.ts';
import { SANDBOX_NOW, startE2eApp, type E2eApp } from './app.ts';

/** A timepay-compatible server of its own, reached only through SWITCHBOARD_CONFIG, as a real provider would be. */
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
  writeFileSync(file, JSON.stringify({ sources: [source] }));
  return file;
}

beforeAll(async () => {
  upstream = await startSandbox({ now: SANDBOX_NOW });
  const file = configFile();
  app = await startE2eApp({ SWITCHBOARD_CONFIG: file, TIMEPAY_TOKEN: upstream.credentials.timepay.token });
  badApp = await startE2eApp({ SWITCHBOARD_CONFIG: file, TIMEPAY_TOKEN: 'tp_revoked_token_0000' });
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
    await page.getByRole('table', { name: 'Logs of Collections (timepay)' }).locator('tr[data-log-key]').first().waitFor();
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
});
