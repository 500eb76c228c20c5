import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2eApp, type E2eApp } from './app.ts';

let app: E2eApp;
beforeAll(async () => {
  app = await startE2eApp();
});
afterAll(() => app?.close());

const initials = (name: string) =>
  name
    .trim()
    .split(/\s+/u)
    .map((w) => `${Array.from(w)[0]}.`)
    .join(' ');
const digits = (s: string) => s.replace(/\D+/g, '');

describe('masking in Chromium', () => {
  it('shows • digits and initials in the table and every drawer section, never in the URL; a reload keeps it on', async () => {
    const page = await app.newPage();
    await page.goto(
      `${app.url}/logs?source=sandbox-timepay&channel=call&status=Completed&cols=time,customer,phone`,
    );
    const first = page.locator('tr[data-log-key]').first();
    await first.waitFor();
    const key = (await first.getAttribute('data-log-key')) ?? '';
    const row = page.locator(`tr[data-log-key="${key}"]`);
    const name = (await row.locator('td').nth(1).textContent()) ?? '';
    const phone = (await row.locator('td').nth(2).textContent()) ?? '';
    expect(name).toMatch(/\p{L}{2}/u);
    expect(digits(phone).length).toBeGreaterThan(8);

    // In the header's Settings menu.
    await page.locator('summary', { hasText: 'Settings' }).click();
    const toggle = page.getByRole('button', { name: 'Mask personal data' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    const checkRow = async () => {
      await expect.poll(() => row.locator('td').nth(1).textContent()).toBe(initials(name));
      const masked = (await row.locator('td').nth(2).textContent()) ?? '';
      expect(masked).toContain('•');
      expect(digits(masked)).toBe(digits(phone).slice(-4));
    };
    await checkRow();
    await page.screenshot({ path: 'test-results/masking-table-1440.png' });

    await page.reload();
    await row.waitFor();
    // The Settings button says masking is on while the menu is closed.
    expect(await page.locator('summary', { hasText: 'Settings' }).textContent()).toContain('masked');
    await page.locator('summary', { hasText: 'Settings' }).click();
    expect(await page.getByRole('button', { name: 'Mask personal data' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    await checkRow();
    await page.keyboard.press('Escape');

    await row.click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(new URL(page.url()).searchParams.get('log')).toBe(key);
    expect(page.url()).not.toContain('%E2%80%A2'); // no • in the URL
    await expect
      .poll(() => dialog.getByRole('heading', { level: 2 }).textContent())
      .toContain(initials(name));
    const overview = (await dialog.getByRole('tabpanel').textContent()) ?? '';
    expect(overview).not.toContain(name);
    expect(overview).toContain('•');
    expect(overview).not.toContain(digits(phone));
    // The customer link still filters by the real phone: the URL is the user's own filter.
    const href =
      (await dialog.getByRole('link', { name: 'All logs of this customer' }).getAttribute('href')) ?? '';
    expect(digits(decodeURIComponent(href))).toContain(digits(phone).slice(-10));
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.screenshot({ path: 'test-results/masking-drawer-1280.png' });

    await dialog.getByRole('tab', { name: 'Transcript' }).click();
    const turns = dialog.getByRole('tabpanel').locator('ol li');
    await expect.poll(() => turns.count()).toBeGreaterThan(0);
    expect(await dialog.getByRole('tabpanel').locator('ol').textContent()).not.toMatch(/[0-9]/);

    await dialog.getByRole('tab', { name: 'Raw' }).click();
    await expect
      .poll(() => dialog.getByRole('tabpanel').textContent())
      .toContain('hidden while masking is on');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: 'test-results/masking-drawer-raw-dark-1280.png' });
  });
});
