import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2eApp, type E2eApp } from './app.ts';

let app: E2eApp;
beforeAll(async () => {
  app = await startE2eApp();
});
afterAll(() => app?.close());

describe('the drawer shares its log', () => {
  it(
    '"Copy link to this log" copies a link that reopens the same log in a fresh page',
    { timeout: 60_000 },
    async () => {
      const page = await app.newPage();
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url });
      await page.goto(`${app.url}/logs?source=sandbox-timepay&channel=whatsapp&status=Failed`);
      const row = page.locator('tr[data-log-key]').nth(2);
      await row.waitFor();
      const key = await row.getAttribute('data-log-key');
      await row.click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      const title = await dialog.getByRole('heading', { level: 2 }).textContent();
      // Reachable inside the open dialog (the page's own Copy link sits under its backdrop).
      await dialog.getByRole('button', { name: 'Copy link to this log' }).click();
      await expect.poll(() => dialog.getByText('Copied').count()).toBe(1);
      const link = await page.evaluate(() => navigator.clipboard.readText());
      expect(new URL(link).searchParams.get('log')).toBe(key);

      // A colleague's fresh browser: nothing cached, no local storage.
      const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 } });
      try {
        const fresh = await context.newPage();
        await fresh.goto(link);
        const reopened = fresh.getByRole('dialog');
        await reopened.waitFor();
        await expect.poll(() => reopened.getByRole('heading', { level: 2 }).textContent()).toBe(title);
      } finally {
        await context.close();
      }
    },
  );
});
