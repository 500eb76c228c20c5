import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startE2eApp, type E2eApp } from './app.ts';

let app: E2eApp;
beforeAll(async () => {
  app = await startE2eApp();
});
afterAll(() => app?.close());
const opened: Page[] = [];
afterEach(async () => {
  for (const page of opened.splice(0))
    await page
      .context()
      .close()
      .catch(() => {});
});

const PHONE = { width: 390, height: 844 };

async function openPhone(path: string): Promise<Page> {
  const context = await app.browser.newContext({ viewport: PHONE, timezoneId: 'Asia/Kolkata' });
  const page = await context.newPage();
  opened.push(page);
  await page.goto(`${app.url}${path}`);
  await page.locator('tr[data-log-key]').first().waitFor();
  await expect.poll(async () => (await page.locator('tr[aria-busy="true"]').count()) === 0).toBe(true);
  return page;
}

/** Data rows wholly inside the viewport, and whether any of them is wider than the screen. */
async function rowsOnScreen(page: Page): Promise<{ count: number; overflow: boolean }> {
  return page.locator('tr[data-log-key]').evaluateAll((trs) => {
    const inside = trs
      .map((tr) => tr.getBoundingClientRect())
      .filter((r) => r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0);
    return { count: inside.length, overflow: inside.some((r) => r.right > window.innerWidth + 1) };
  });
}

describe('on a phone (390×844)', () => {
  it(
    'shows at least 8 rows as two-line cards on first paint of a single source',
    { timeout: 60_000 },
    async () => {
      const page = await openPhone('/logs?source=sandbox-timepay');
      const seen = await rowsOnScreen(page);
      expect(seen.count).toBeGreaterThanOrEqual(8);
      expect(seen.overflow).toBe(false);
      // A card holds the row's cells on two lines: its time on the first, and its customer.
      const card = page.locator('tr[data-log-key]').first();
      expect((await card.boundingBox())!.height).toBeLessThan(60);
      expect(await card.locator('time').count()).toBe(1);
      // The page itself scrolls (nothing is trapped under a fixed-height header).
      expect(await page.evaluate(() => document.documentElement.scrollHeight > window.innerHeight)).toBe(
        true,
      );
    },
  );

  it(
    'shows at least 8 rows of a merged view once the page is scrolled to them',
    { timeout: 60_000 },
    async () => {
      const page = await openPhone('/logs?source=all&disposition=Promise%20to%20Pay');
      await page.getByRole('status', { name: 'Sources left out' }).waitFor();
      await page
        .getByRole('region', { name: 'Results' })
        .evaluate((el) => el.scrollIntoView({ block: 'start' }));
      const seen = await rowsOnScreen(page);
      expect(seen.count).toBeGreaterThanOrEqual(8);
      expect(seen.overflow).toBe(false);
    },
  );

  it(
    'keeps every filter in a sheet behind one button with the active count',
    { timeout: 60_000 },
    async () => {
      const page = await openPhone('/logs?source=sandbox-timepay&status=Failed');
      const form = page.getByRole('form', { name: 'Filters' });
      expect(await form.isVisible()).toBe(false);
      const button = page.getByRole('button', { name: /^Filters/ });
      expect(await button.textContent()).toBe('Filters · 1 active');
      await button.click();
      const sheet = page.getByRole('dialog', { name: 'Filters' });
      await sheet.waitFor();
      // Every control of the panel can be brought into view and lies within the screen's width.
      const controls = form.locator('input, select, button');
      const n = await controls.count();
      expect(n).toBeGreaterThan(6);
      for (let i = 0; i < n; i++) {
        const control = controls.nth(i);
        if (!(await control.isVisible())) continue;
        await control.scrollIntoViewIfNeeded();
        const box = (await control.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width + 1);
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height + 1);
      }
      for (const name of ['Time range', 'Channel', 'Status', 'Disposition', 'Campaign', 'Customer phone'])
        expect(await sheet.getByLabel(name, { exact: true }).isVisible(), name).toBe(true);
      // A filter set in the sheet applies, and the count follows.
      await sheet.getByLabel('Channel', { exact: true }).selectOption('whatsapp');
      await expect.poll(() => new URL(page.url()).searchParams.get('channel')).toBe('whatsapp');
      await sheet.getByRole('button', { name: 'Show logs' }).click();
      await expect.poll(() => button.textContent()).toBe('Filters · 2 active');
      expect(await sheet.count()).toBe(0);
    },
  );

  it('folds the display zone, theme and masking into the Settings menu', { timeout: 60_000 }, async () => {
    const page = await openPhone('/logs?source=sandbox-timepay');
    const mask = page.getByRole('button', { name: 'Mask personal data' });
    expect(await mask.isVisible()).toBe(false);
    await page.locator('summary', { hasText: 'Settings' }).click();
    expect(await mask.isVisible()).toBe(true);
    expect(await page.getByLabel('Times shown in').isVisible()).toBe(true);
    const box = (await mask.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
  });
});
