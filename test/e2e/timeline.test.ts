import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type AxeCore from 'axe-core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedPhoneAcrossSources, SHARED_CUSTOMERS } from '../../src/server/sandbox/shared-customers.ts';
import { sandboxOf, startE2eApp, type E2eApp } from './app.ts';

let app: E2eApp;
beforeAll(async () => {
  app = await startE2eApp();
});
afterAll(() => app?.close());

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const PHONE = sharedPhoneAcrossSources();
const CUSTOMER = SHARED_CUSTOMERS.find((c) => c.e164 === PHONE);
const PHONE_CAPABLE = ['sandbox-timepay', 'sandbox-salesfinity', 'sandbox-convoso'];

/** The thread's items, top to bottom: log key and start instant. */
function items(page: Page) {
  return page.locator('article[data-log-key]').evaluateAll((articles) =>
    articles.map((a) => ({
      key: a.getAttribute('data-log-key') ?? '',
      at: a.querySelector('time')?.getAttribute('datetime') ?? null,
    })),
  );
}

const sourceLine = (page: Page, id: string) => page.locator(`li[data-source="${id}"]`);

async function timepayTotal(phone: string): Promise<number> {
  const { url, credentials } = sandboxOf(app);
  const national = phone.replace(/^\+1/, '');
  const res = await fetch(`${url}/api/v1/logs?phone=${national}&count_only=true`, {
    headers: { authorization: `Bearer ${credentials.timepay.token}` },
  });
  return ((await res.json()) as { total: number }).total;
}

describe('the customer timeline in Chromium', () => {
  it('opens from the drawer and shows every phone-capable source in one chronological thread', async () => {
    expect(CUSTOMER?.country).toBe('US');
    const page = await app.newPage();
    await page.goto(`${app.url}/logs?source=sandbox-convoso&phone=${encodeURIComponent(PHONE)}`);
    const row = page.locator('tr[data-log-key]').first();
    await row.waitFor();
    await row.click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('link', { name: 'Customer timeline' }).click();
    await page.waitForURL(/\/customer\?/);
    expect(new URL(page.url()).searchParams.get('phone')).toBe(PHONE);

    for (const id of PHONE_CAPABLE)
      await expect
        .poll(() => sourceLine(page, id).getAttribute('data-state'), { timeout: 20_000 })
        .toBe('ready');
    const unpod = sourceLine(page, 'sandbox-unpod');
    expect(await unpod.getAttribute('data-state')).toBe('unsupported');
    expect(await unpod.textContent()).toContain('not searched: unpod filters by number prefix per side');

    const thread = await items(page);
    for (const id of PHONE_CAPABLE) expect(thread.some((i) => i.key.startsWith(`${id}:`))).toBe(true);
    expect(thread.some((i) => i.key.startsWith('sandbox-unpod:'))).toBe(false);
    const times = thread.map((i) => Date.parse(i.at ?? ''));
    expect(times.every(Number.isFinite)).toBe(true);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(new Set(thread.map((i) => i.key)).size).toBe(thread.length);
    // timepay serves 10 logs a page: every one of its logs of this customer arrived, across pages.
    const timepay = thread.filter((i) => i.key.startsWith('sandbox-timepay:')).length;
    expect(timepay).toBeGreaterThan(10);
    expect(timepay).toBe(await timepayTotal(PHONE));
    expect(await page.getByRole('heading', { level: 2, name: /Whitfield/ }).textContent()).toContain(
      `${CUSTOMER?.first} ${CUSTOMER?.last}`,
    );
    // Day separators in the display zone, each over that day's items.
    expect(await page.getByRole('group').count()).toBeGreaterThan(1);

    await page.setViewportSize({ width: 1280, height: 800 });
    await page.screenshot({ path: 'test-results/timeline-1280.png' });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.screenshot({ path: 'test-results/timeline-dark-1440.png' });
    await page.emulateMedia({ colorScheme: 'light' });

    // Each item opens its own log in its source's drawer.
    const last = thread.at(-1)?.key ?? '';
    await page
      .locator(`article[data-log-key="${last}"]`)
      .getByRole('link', { name: /^Open log/ })
      .click();
    await page.waitForURL(/\/logs\?/);
    const url = new URL(page.url());
    expect(url.searchParams.get('source')).toBe(last.split(':')[0]);
    expect(url.searchParams.get('log')).toBe(last);
    await expect.poll(() => page.getByRole('dialog').count()).toBe(1);
  });

  it('plays a recording inline', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}/customer?phone=${encodeURIComponent(PHONE)}`);
    await expect.poll(() => sourceLine(page, 'sandbox-timepay').getAttribute('data-state')).toBe('ready');
    const audio = page.getByLabel(/^Recording (\d+ of \d+ )?of the .* call at \d\d:\d\d$/).first();
    await audio.scrollIntoViewIfNeeded();
    expect(await audio.evaluate((a: HTMLAudioElement) => a.preload)).toBe('none');
    await audio.evaluate((a: HTMLAudioElement) => a.play());
    await expect.poll(() => audio.evaluate((a: HTMLAudioElement) => a.currentTime)).toBeGreaterThan(0.3);
    await audio.evaluate((a: HTMLAudioElement) => a.pause());
  });

  it('masks the phone and the name everywhere on the page', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}/customer?phone=${encodeURIComponent(PHONE)}`);
    await expect.poll(() => sourceLine(page, 'sandbox-convoso').getAttribute('data-state')).toBe('ready');
    const national = PHONE.slice(2);
    const spaced = `${national.slice(0, 3)} ${national.slice(3, 6)} ${national.slice(6)}`;
    expect(await page.locator('main').innerText()).toContain(spaced);
    await page.getByRole('checkbox', { name: 'Mask personal data' }).check();
    await expect.poll(() => page.locator('main').innerText()).toContain(`••• ••• ${national.slice(6)}`);
    const text = await page.locator('main').innerText();
    expect(text).not.toContain(spaced);
    expect(text.replace(/\D/g, '')).not.toContain(national);
    expect(text).not.toContain(`${CUSTOMER?.first} ${CUSTOMER?.last}`);
    expect(text).toContain(`${CUSTOMER?.first.charAt(0)}. ${CUSTOMER?.last.charAt(0)}.`);
    expect(await page.getByRole('textbox', { name: 'Customer phone' }).inputValue()).toBe('');
    await page.screenshot({ path: 'test-results/timeline-masked-1440.png' });
  });

  it('shows a failing source by name with Try again, and the rest of the thread still renders', async () => {
    const page = await app.newPage();
    let refuse = true;
    // A 4xx is never retried: the failure shows at once.
    await page.route('**/api/sources/sandbox-salesfinity/**', (route) =>
      refuse
        ? route.fulfill({
            status: 400,
            contentType: 'application/json',
            body: '{"message":"Bad request (test)"}',
          })
        : route.continue(),
    );
    await page.goto(`${app.url}/customer?phone=${encodeURIComponent(PHONE)}`);
    const salesfinity = sourceLine(page, 'sandbox-salesfinity');
    await expect.poll(() => salesfinity.getAttribute('data-state'), { timeout: 20_000 }).toBe('error');
    expect(await salesfinity.getByRole('alert').textContent()).toContain('could not be read');
    for (const id of ['sandbox-timepay', 'sandbox-convoso'])
      await expect
        .poll(() => sourceLine(page, id).getAttribute('data-state'), { timeout: 20_000 })
        .toBe('ready');
    const keys = (await items(page)).map((i) => i.key);
    expect(keys.some((k) => k.startsWith('sandbox-timepay:'))).toBe(true);
    expect(keys.some((k) => k.startsWith('sandbox-salesfinity:'))).toBe(false);
    refuse = false;
    await salesfinity.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => salesfinity.getAttribute('data-state'), { timeout: 20_000 }).toBe('ready');
    await expect
      .poll(async () => (await items(page)).some((i) => i.key.startsWith('sandbox-salesfinity:')))
      .toBe(true);
  });

  it('has no axe-core violation of any impact, light and dark', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}/customer?phone=${encodeURIComponent(PHONE)}`);
    for (const id of PHONE_CAPABLE)
      await expect
        .poll(() => sourceLine(page, id).getAttribute('data-state'), { timeout: 20_000 })
        .toBe('ready');
    // Evaluated through the DevTools protocol: the production CSP stays as it is.
    await page.evaluate(AXE_SOURCE);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: typeof AxeCore }).axe;
        const result = await axe.run(document, { resultTypes: ['violations'] });
        return result.violations.map((v) => `${v.impact} ${v.id}: ${v.nodes[0]?.target.join(' ')}`);
      });
      expect(violations, scheme).toEqual([]);
    }
  });

  it('says why a bad phone shows nothing and offers a field to type one', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}/customer?phone=call-me`);
    const banner = page.getByRole('status').filter({ hasText: 'No timeline to show' });
    await banner.waitFor();
    expect(await banner.textContent()).toContain("'call-me' has no digits.");
    expect(await page.locator('article[data-log-key]').count()).toBe(0);
    await page.screenshot({ path: 'test-results/timeline-bad-phone-1280.png' });
    await page.getByRole('textbox', { name: 'Customer phone' }).fill(PHONE);
    await page.getByRole('button', { name: 'Show timeline' }).click();
    await page.waitForURL((u) => u.searchParams.get('phone') === PHONE);
    await expect
      .poll(() => page.locator('article[data-log-key]').count(), { timeout: 20_000 })
      .toBeGreaterThan(0);

    await page.goto(`${app.url}/customer`);
    await page.getByText('No phone number given.').waitFor();
  });
});
