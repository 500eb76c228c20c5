import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/server/sandbox/index.ts';
import { writeConfig } from '../server/switchboard-harness.ts';
import { SANDBOX_NOW, startE2eApp, type E2eApp } from './app.ts';

/** Two sources on the sandbox: `collections` for the collections group (asha), `sales` for ravi; lead is an admin. */
let sandbox: Sandbox;
let app: E2eApp;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  sandbox = await startSandbox({ now: SANDBOX_NOW });
  const baseUrl = new URL(sandbox.url).origin;
  const config = writeConfig({
    groups: { collections: ['asha'], platform: ['lead'] },
    admins: ['group:platform'],
    sources: [
      {
        id: 'collections',
        provider: 'timepay',
        label: 'Collections',
        baseUrl,
        credentials: sandbox.credentials.timepay,
        access: ['group:collections'],
      },
      {
        id: 'sales',
        provider: 'salesfinity',
        label: 'Sales',
        baseUrl,
        credentials: sandbox.credentials.salesfinity,
        access: ['ravi'],
      },
    ],
  });
  app = await startE2eApp({
    SWITCHBOARD_CONFIG: config,
    SWITCHBOARD_SANDBOX: '0',
    // As oauth2-proxy in front of Switchboard sends them (README, single sign-on).
    SWITCHBOARD_TRUSTED_USER_HEADER: 'X-Forwarded-User',
    SWITCHBOARD_TRUSTED_GROUPS_HEADER: 'X-Forwarded-Groups',
    SWITCHBOARD_TRUSTED_PROXIES: '127.0.0.1',
  });
});
afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  await app?.close();
  await sandbox?.close();
});

/** A browser signed in as `user` through the (simulated) authenticating proxy. */
async function pageOf(user: string): Promise<Page> {
  const context = await app.browser.newContext({
    viewport: { width: 1440, height: 900 },
    timezoneId: 'Asia/Kolkata',
    extraHTTPHeaders: { 'x-forwarded-user': user },
  });
  contexts.push(context);
  return context.newPage();
}

const status = (page: Page, path: string) => page.evaluate(async (p) => (await fetch(p)).status, path);
const sourceIds = (page: Page) =>
  page.evaluate(async () =>
    ((await (await fetch('/api/sources')).json()) as { id: string }[]).map((s) => s.id),
  );

describe('a dashboard for a team, in Chromium', () => {
  it('users of different groups see different sources and cannot reach the other’s by URL or proxy path', async () => {
    const asha = await pageOf('asha');
    await asha.goto(`${app.url}/logs`);
    await asha.getByText('Signed in as').waitFor();
    expect(await asha.getByLabel('Signed in').textContent()).toContain('asha');
    expect(await sourceIds(asha)).toEqual(['collections']);
    expect(await status(asha, '/api/sources/sales/v1/call-log')).toBe(403);
    await asha.goto(`${app.url}/logs?source=sales`);
    await expect.poll(() => asha.getByText('or you may not see it').count()).toBeGreaterThan(0);
    expect(await asha.content()).not.toContain('Sales');

    const ravi = await pageOf('ravi');
    await ravi.goto(`${app.url}/logs`);
    await ravi.getByText('Signed in as').waitFor();
    expect(await sourceIds(ravi)).toEqual(['sales']);
    expect(await status(ravi, '/api/sources/collections/api/v1/logs')).toBe(403);
    await ravi.goto(`${app.url}/logs?source=collections`);
    await expect.poll(() => ravi.getByText('or you may not see it').count()).toBeGreaterThan(0);
  });

  it('a view one user shares appears for the other after a reload', async () => {
    const asha = await pageOf('asha');
    await asha.goto(`${app.url}/logs?source=all&channel=call`);
    await asha.getByRole('button', { name: /^Saved views/ }).click();
    await asha.getByLabel(/Name the current view/).fill('All calls — team');
    await asha.getByRole('button', { name: 'Save view' }).click();
    await asha.getByRole('button', { name: 'Share “All calls — team” with everyone' }).click();
    await expect
      .poll(() =>
        asha
          .getByRole('button', { name: 'Share “All calls — team” with everyone' })
          .getAttribute('aria-pressed'),
      )
      .toBe('true');

    const ravi = await pageOf('ravi');
    await ravi.goto(`${app.url}/logs`);
    await ravi.reload();
    await ravi.getByRole('button', { name: /^Saved views/ }).click();
    const listed = ravi.getByRole('list', { name: 'Saved views' });
    await expect.poll(() => listed.getByRole('link', { name: 'All calls — team' }).count()).toBe(1);
    expect(await listed.textContent()).toContain('Shared by asha');
    // Not his: he may neither rename nor delete it.
    expect(await listed.getByRole('button', { name: /Delete “All calls — team”/ }).count()).toBe(0);
  });

  it('the admin’s /audit shows the recording the first user played, with user, source, log id and time', async () => {
    const asha = await pageOf('asha');
    await asha.goto(`${app.url}/logs?source=collections&channel=call&status=Completed`);
    const row = asha.locator('tr[data-log-key]').first();
    await row.waitFor();
    await row.click();
    const audio = asha.getByRole('dialog').locator('audio').first();
    await expect.poll(() => audio.evaluate((a: HTMLAudioElement) => a.duration)).toBeGreaterThan(1);
    await audio.evaluate((a: HTMLAudioElement) => a.play());
    const src = (await audio.getAttribute('src')) ?? '';
    const logId = decodeURIComponent(src.split('/').pop() ?? '');
    expect(src).toContain('/api/sources/collections/');
    expect(logId).not.toBe('');

    const lead = await pageOf('lead');
    await lead.goto(`${app.url}/audit?user=asha&action=recording.streamed`);
    const table = lead.getByRole('table', { name: 'Audit trail' });
    const entry = table.getByRole('row').filter({ hasText: logId });
    await expect.poll(() => entry.count()).toBe(1);
    const cells = await entry.getByRole('cell').allTextContents();
    expect(cells.slice(1, 5)).toEqual(['asha', 'recording.streamed', 'collections', logId]);
    const at = Date.parse((cells[0] ?? '').replace(' ', 'T'));
    expect(Math.abs(Date.now() - at)).toBeLessThan(10 * 60_000);
    // asha is no admin: the page and the API refuse her.
    await asha.goto(`${app.url}/audit`);
    await expect.poll(() => asha.getByText('Only admins can read the audit trail.').count()).toBe(1);
    expect(await status(asha, '/api/audit')).toBe(403);
  });
});
