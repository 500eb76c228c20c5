import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sandboxOf, startE2eApp, visibleLogKeys, type E2eApp } from './app.ts';
import { hoursAgo } from './dates.ts';

let app: E2eApp;
beforeAll(async () => {
  app = await startE2eApp();
});
afterAll(() => app?.close());
const sandbox = () => sandboxOf(app);
const logRequests = () => sandbox().requests.filter((r) => r.path === '/api/v1/logs');

describe('/logs on the sandbox', () => {
  it('shows tens of thousands of timepay logs in a named table with column headers', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}/logs`);
    const table = page.getByRole('table', { name: /logs of/i });
    await expect.poll(() => table.getByRole('row').count()).toBeGreaterThan(10);
    expect(await page.getByRole('columnheader').allTextContents()).toEqual(
      expect.arrayContaining([
        'Started',
        'Channel',
        'Customer',
        'Phone',
        'Campaign',
        'Outcome',
        'Disposition',
      ]),
    );
    const count = await page.getByTestId('result-count').textContent();
    // 60,000 less the planted rows whose start_time is no date: every range is bounded now (the pin).
    expect(Number(count?.replace(/\D/g, ''))).toBeGreaterThanOrEqual(59_990);
    await page.screenshot({ path: 'test-results/logs.png' });
  });

  it('a filter change updates the URL, the upstream request and the rows', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}/logs`);
    await page.locator('tr[data-log-key]').first().waitFor();
    await page.getByRole('combobox', { name: 'Channel', exact: true }).selectOption('whatsapp');
    await expect.poll(() => new URL(page.url()).searchParams.getAll('channel')).toEqual(['whatsapp']);
    await expect
      .poll(async () =>
        (await page.locator('tr[data-log-key] td:nth-child(2)').allTextContents()).every((t) =>
          t.includes('WhatsApp'),
        ),
      )
      .toBe(true);
    expect(logRequests().some((r) => r.query.type?.[0] === 'whatsapp')).toBe(true);
    await page.getByLabel('Status').selectOption('Failed');
    await expect.poll(() => new URL(page.url()).searchParams.get('status')).toBe('Failed');
    await expect.poll(() => logRequests().at(-1)?.query.status?.[0]).toBe('Failed');
  });

  it('Refresh asks the provider again even when the range is absolute or absent', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}/logs?channel=sms`);
    await page.locator('tr[data-log-key]').first().waitFor();
    const firstPages = () =>
      logRequests().filter((r) => r.query.type?.[0] === 'sms' && r.query.page?.[0] === '1').length;
    const before = firstPages();
    await page.getByRole('button', { name: 'Refresh' }).click();
    await expect.poll(firstPages).toBeGreaterThan(before);
  });

  it('a pasted URL reproduces the same view in another tab', async () => {
    const first = await app.newPage();
    await first.goto(`${app.url}/logs?channel=call&status=Completed&since=${hoursAgo(19.5 * 24)}`);
    await first.locator('tr[data-log-key]').first().waitFor();
    await expect.poll(() => first.locator('tbody tr[aria-busy="true"]').count()).toBe(0);
    const keys = (await visibleLogKeys(first)).slice(0, 15);
    const count = await first.getByTestId('result-count').textContent();
    const second = await app.newPage();
    await second.goto(first.url());
    await second.locator('tr[data-log-key]').first().waitFor();
    await expect.poll(() => second.locator('tbody tr[aria-busy="true"]').count()).toBe(0);
    expect((await visibleLogKeys(second)).slice(0, 15)).toEqual(keys);
    expect(keys).toHaveLength(15);
    expect(await second.getByTestId('result-count').textContent()).toBe(count);
    expect(await second.getByLabel('Status').inputValue()).toBe('Completed');
  });

  it('a row opens the drawer, named after the log, with log= in the URL; Escape closes it', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}/logs?channel=call`);
    const row = page.locator('tr[data-log-key]').first();
    const key = await row.getAttribute('data-log-key');
    await row.click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.getAttribute('aria-labelledby')).toBeTruthy();
    expect(await page.locator('#drawer-title').textContent()).toMatch(/^Call (with|from) /);
    expect(new URL(page.url()).searchParams.get('log')).toBe(key);
    await page.keyboard.press('Escape');
    await expect.poll(() => new URL(page.url()).searchParams.get('log')).toBeNull();
  });

  it('log= in a pasted URL opens the drawer on a failed WhatsApp message with its Meta error explained', async () => {
    const { url, credentials } = sandbox();
    const listed = await fetch(`${url}/api/v1/logs?type=whatsapp&status=Failed`, {
      headers: { authorization: `Bearer ${credentials.timepay.token}` },
    });
    const records = (
      (await listed.json()) as { data: Array<{ message_id?: string; errors?: Array<{ code: number }> }> }
    ).data;
    const failed = records.find(
      (r) =>
        r.message_id && r.errors?.some((e) => e.code === 131047 || e.code === 131026 || e.code === 131042),
    );
    expect(failed).toBeDefined();
    const page = await app.newPage();
    await page.goto(`${app.url}/logs?log=${encodeURIComponent(`sandbox-timepay:${failed?.message_id}`)}`);
    const dialog = page.getByRole('dialog', { name: /^WhatsApp message/ });
    await expect.poll(() => dialog.count()).toBe(1);
    await expect.poll(() => dialog.getByText('What to do').count()).toBeGreaterThan(0);
    expect(await dialog.textContent()).toContain(String(failed?.errors?.[0]?.code));
    await page.screenshot({ path: 'test-results/drawer-whatsapp.png' });
  });

  it('jumping to the last row fetches the last page, not the pages before it', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}/logs?channel=call`);
    await page.locator('tr[data-log-key]').first().waitFor();
    const total = Number((await page.getByTestId('result-count').textContent())?.replace(/\D/g, ''));
    const lastPage = Math.ceil(total / 10);
    const before = logRequests().length;
    await page.getByRole('table', { name: /logs of/i }).evaluate((table) => {
      const scroller = table.parentElement;
      if (scroller) scroller.scrollTop = scroller.scrollHeight;
    });
    await expect.poll(() => logRequests().some((r) => r.query.page?.[0] === String(lastPage))).toBe(true);
    await expect.poll(() => page.locator(`tr[aria-rowindex="${total + 1}"][data-log-key]`).count()).toBe(1);
    expect(logRequests().length - before).toBeLessThanOrEqual(6);
  });

  it('an unknown URL parameter is reported on screen and the rows still load', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}/logs?channel=email&bogus=1&channel=call`);
    await page.locator('tr[data-log-key]').first().waitFor();
    const warning = page.getByRole('status').filter({ hasText: 'Ignored' });
    expect(await warning.textContent()).toMatch(/email/);
    expect(await warning.textContent()).toMatch(/bogus/);
  });

  it('a filter timepay cannot apply is shown inactive with the reason, not silently dropped', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}/logs?status=Completed&status=Failed&q=emi`);
    await page.locator('tr[data-log-key]').first().waitFor();
    const inactive = page.getByRole('status', { name: 'Inactive filters' });
    expect(await inactive.textContent()).toMatch(/status.*one status at a time/);
    expect(await inactive.textContent()).toMatch(/q.*no free-text search/);
    expect(await page.getByLabel('Status').inputValue()).toBe('');
    expect(logRequests().at(-1)?.query.status).toBeUndefined();
  });

  it('the keyboard alone finds and opens a log: / focuses search, j/k move, Enter opens, Escape closes', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}/logs?channel=call`);
    await page.locator('tr[data-log-key]').first().waitFor();
    await page.locator('body').press('/');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-search-target'))).toBe(true);
    await page.keyboard.press('Escape');
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('k');
    await page.keyboard.press('ArrowDown');
    const selected = page.locator('tr[aria-selected="true"]');
    await expect.poll(() => selected.getAttribute('aria-rowindex')).toBe('3'); // second data row: j j k ↓
    const key = await selected.getAttribute('data-log-key');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('log')).toBe(key);
    await expect.poll(() => page.getByRole('dialog').count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  });

  it("a call's recording streams through the proxy with Range into a real <audio> element", async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}/logs?channel=call&status=Completed`);
    await page.locator('tr[data-log-key]').first().click();
    const audio = page.getByRole('dialog').locator('audio').first();
    await audio.waitFor({ state: 'attached' }); // the drawer's own controls drive it; the element has none
    const src = await audio.getAttribute('src');
    expect(src).toMatch(/^\/api\/sources\/sandbox-timepay\/api\/v1\/recordings\//);
    await expect.poll(() => audio.evaluate((a: HTMLAudioElement) => a.duration)).toBeGreaterThan(1);
    const ranged = await page.evaluate(async (url) => {
      const response = await fetch(url, { headers: { range: 'bytes=0-11' } });
      const bytes = new Uint8Array(await response.arrayBuffer());
      return {
        status: response.status,
        range: response.headers.get('content-range'),
        head: String.fromCharCode(...bytes.slice(0, 4), ...bytes.slice(8, 12)),
      };
    }, src ?? '');
    expect(ranged).toMatchObject({ status: 206, head: 'RIFFWAVE' });
    expect(ranged.range).toMatch(/^bytes 0-11\/\d+$/);
  });

  it('waits out a 429 as the provider asks, says so, and shows the rows once it passes', async () => {
    const faults = sandbox().faults;
    Object.assign(faults, { rateLimitRate: 1, retryAfterSec: 1 });
    try {
      const page = await app.newPage();
      await page.goto(`${app.url}/logs?channel=sms`);
      await expect.poll(() => page.getByText(/Rate limited by .+, retrying in 1 s/).count()).toBe(1);
      faults.rateLimitRate = 0;
      await page.locator('tr[data-log-key]').first().waitFor({ timeout: 10_000 });
    } finally {
      faults.rateLimitRate = 0;
    }
  });

  it('retries a 500 with backoff, says so while it retries, and recovers with the filters intact', async () => {
    const faults = sandbox().faults;
    faults.errorRate = 1;
    try {
      const page = await app.newPage();
      await page.goto(`${app.url}/logs?channel=call&status=Failed`);
      await expect.poll(() => page.getByText(/failed \(500\), retrying/).count()).toBe(1);
      faults.errorRate = 0;
      await page.locator('tr[data-log-key]').first().waitFor({ timeout: 15_000 });
      expect(await page.getByLabel('Status').inputValue()).toBe('Failed');
    } finally {
      faults.errorRate = 0;
    }
  });

  it('never sends the provider token to the browser', async () => {
    const page = await app.newPage();
    const bodies: string[] = [];
    page.on('response', async (response) => {
      const type = response.headers()['content-type'] ?? '';
      if (/json|javascript|html|css/.test(type)) bodies.push(await response.text().catch(() => ''));
    });
    await page.goto(`${app.url}/logs`);
    await page.locator('tr[data-log-key]').first().waitFor();
    await page.locator('tr[data-log-key]').first().click();
    await page.getByRole('dialog').waitFor();
    const token = sandbox().credentials.timepay.token;
    expect(token.length).toBeGreaterThan(8);
    expect(bodies.length).toBeGreaterThan(3);
    expect(bodies.some((b) => b.includes(token))).toBe(false);
    expect(page.url()).not.toContain(token);
    expect(await page.evaluate(() => JSON.stringify({ ...localStorage }) + document.cookie)).not.toContain(
      token,
    );
  });
});
