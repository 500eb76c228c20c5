import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2eApp, type E2eApp } from './app.ts';

let app: E2eApp;

beforeAll(async () => {
  app = await startE2eApp();
});
afterAll(async () => {
  await app?.close();
});

const bodyBackground = (page: Awaited<ReturnType<E2eApp['newPage']>>) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);

describe('the page shell', () => {
  it('? lists the keyboard shortcuts in a dialog that Esc closes', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}/logs`);
    await page.locator('tr[data-log-key]').first().waitFor();
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect.poll(() => help.isVisible()).toBe(true);
    expect(await help.textContent()).toContain('Open the selected log');
    await page.keyboard.press('Escape');
    await expect.poll(() => help.isVisible()).toBe(false);
    // Typing ? into a filter is text, not a shortcut.
    const phone = page.getByLabel('Customer phone');
    await phone.focus();
    await page.keyboard.press('?');
    expect(await help.isVisible()).toBe(false);
  });

  it('follows the system theme until one is chosen, and keeps the choice across reloads', async () => {
    const page = await app.newPage();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${app.url}/logs`);
    await page.locator('tr[data-log-key]').first().waitFor();
    const systemDark = await bodyBackground(page);
    // Theme, display zone and masking sit in the header's Settings menu.
    await page.locator('summary', { hasText: 'Settings' }).click();
    await page.getByLabel('Theme').selectOption('light');
    await expect.poll(() => bodyBackground(page)).not.toBe(systemDark);
    const light = await bodyBackground(page);
    await page.reload();
    await page.locator('tr[data-log-key]').first().waitFor();
    expect(await bodyBackground(page)).toBe(light);
    expect(await page.getByLabel('Theme').inputValue()).toBe('light');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.locator('summary', { hasText: 'Settings' }).click();
    await page.getByLabel('Theme').selectOption('dark');
    await expect.poll(() => bodyBackground(page)).toBe(systemDark);
    await page.screenshot({ path: 'test-results/theme-dark.png' });
  });

  it('runs with no Content-Security-Policy violation (zod is told not to try eval)', async () => {
    const page = await app.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { cspViolations: string[] };
      w.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    const violations = () =>
      page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
    await page.goto(`${app.url}/logs?channel=whatsapp`);
    await page.locator('tr[data-log-key]').first().click();
    await page.getByRole('dialog').waitFor();
    await page.goto(`${app.url}/logs?source=sandbox-convoso`);
    await page.locator('tr[data-log-key]').first().waitFor();
    expect(await violations()).toEqual([]);
  });
});
