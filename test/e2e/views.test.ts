import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type AxeCore from 'axe-core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2eApp, visibleLogKeys, type E2eApp } from './app.ts';

let app: E2eApp;
beforeAll(async () => {
  app = await startE2eApp();
});
afterAll(() => app?.close());

const SEARCH = 'source=sandbox-timepay&channel=call&since=now-7d&sort=-duration&cols=time,customer,duration';
/** As the URL (and a saved view) writes it: `,` encoded. */
const CANONICAL = new URLSearchParams(SEARCH).toString();

async function openViews(page: Page) {
  await page.getByRole('button', { name: /^Saved views/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Saved views' });
  await dialog.waitFor();
  return dialog;
}
const names = (page: Page) =>
  page
    .getByRole('list', { name: 'Saved views' })
    .getByRole('listitem')
    .locator('a')
    .evaluateAll((links) => links.map((a) => a.textContent));
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** axe-core's violations on the page as it is (evaluated through DevTools: the page keeps its CSP). */
async function violations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof AxeCore }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map(
      (v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  });
}
/** The views the server keeps (`/api/views`); every test starts from none (one server for the file). */
const stored = (page: Page) =>
  page.evaluate(async () => (await (await fetch('/api/views')).json()) as { name: string; url: string }[]);
async function clearViews(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (const view of (await (await fetch('/api/views')).json()) as { id: string }[]) {
      await fetch(`/api/views/${view.id}`, {
        method: 'DELETE',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
    }
  });
}

describe('saved views in Chromium', () => {
  it('saves the current view, keeps it across a reload, opens it to the same URL and rows, renames and deletes it', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}/logs?${SEARCH}`);
    await clearViews(page);
    await page.locator('tr[data-log-key]').first().waitFor();
    const rows = await visibleLogKeys(page);

    let dialog = await openViews(page);
    await dialog.getByLabel(/^Name the current view/).fill('Longest calls');
    await dialog.getByRole('button', { name: 'Save view' }).click();
    await expect.poll(() => names(page)).toEqual(['Longest calls']);
    await page.screenshot({ path: 'test-results/views-dialog-1440.png' });
    expect((await stored(page))[0]?.url).toBe(`/logs?${CANONICAL}`);

    await page.reload();
    await page.locator('tr[data-log-key]').first().waitFor();
    dialog = await openViews(page);
    await expect.poll(() => names(page)).toEqual(['Longest calls']);
    // A second view of another source, named the same as the first is refused until confirmed.
    await page.keyboard.press('Escape');
    await page.goto(`${app.url}/logs?source=sandbox-convoso`);
    await page.locator('tr[data-log-key]').first().waitFor();
    dialog = await openViews(page);
    await dialog.getByLabel(/^Name the current view/).fill('Longest calls');
    await dialog.getByRole('button', { name: 'Save view' }).click();
    await expect
      .poll(() => dialog.getByText('A view named “Longest calls” exists. Replace it?').count())
      .toBe(1);
    await dialog.getByRole('button', { name: 'Keep it' }).click();
    await dialog.getByLabel(/^Name the current view/).fill('Convoso');
    await dialog.getByRole('button', { name: 'Save view' }).click();
    await expect.poll(() => names(page)).toEqual(['Convoso', 'Longest calls']);

    // Open: the same URL (relative range still relative) and the same rows.
    await dialog.getByRole('link', { name: 'Longest calls' }).click();
    await expect.poll(() => new URL(page.url()).search).toBe(`?${CANONICAL}`);
    expect(await dialog.isVisible()).toBe(false);
    // The same rows from the top (how many fit depends on what else the page shows above the table).
    await expect.poll(async () => (await visibleLogKeys(page)).slice(0, rows.length)).toEqual(rows);

    // Rename onto an existing name asks; a new name renames.
    dialog = await openViews(page);
    expect(await dialog.getByRole('link', { name: 'Longest calls' }).getAttribute('aria-current')).toBe(
      'page',
    );
    await dialog.getByRole('button', { name: 'Rename “Convoso”' }).click();
    await dialog.getByLabel('New name for “Convoso”').fill('Longest calls');
    await dialog.getByLabel('New name for “Convoso”').press('Enter');
    await expect
      .poll(() => dialog.getByText('A view named “Longest calls” exists. Replace it?').count())
      .toBe(1);
    await dialog.getByLabel('New name for “Convoso”').fill('Call center');
    await dialog.getByLabel('New name for “Convoso”').press('Enter');
    await expect.poll(() => names(page)).toEqual(['Call center', 'Longest calls']);

    // Copy link gives an absolute URL a colleague can open.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url });
    await dialog.getByRole('button', { name: 'Copy link to “Longest calls”' }).click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(`${app.url}/logs?${CANONICAL}`);

    await dialog.getByRole('button', { name: 'Delete “Call center”' }).click();
    await expect.poll(() => names(page)).toEqual(['Longest calls']);
    expect(await stored(page)).toHaveLength(1);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.screenshot({ path: 'test-results/views-dialog-dark-1280.png' });
  });

  it('is usable by keyboard: Enter opens the dialog on the name field, Esc closes it and focus returns', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}/logs?source=sandbox-unpod`);
    await clearViews(page);
    await page.locator('tr[data-log-key]').first().waitFor();
    const trigger = page.getByRole('button', { name: /^Saved views/ });
    await trigger.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Saved views' });
    await dialog.waitFor();
    expect(await trigger.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.type('Unpod, all');
    await page.keyboard.press('Enter');
    await expect.poll(() => names(page)).toEqual(['Unpod, all']);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await trigger.evaluate((b) => b === document.activeElement)).toBe(true);
  });

  it('offers this browser’s old views for import once, drops unreadable ones with a visible note, loses nothing', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}/logs?source=sandbox-timepay`);
    await clearViews(page);
    const kept = JSON.stringify([
      { name: 'Fine', search: 'source=sandbox-unpod', savedAt: 1 },
      { name: 5 },
      'junk',
      null,
    ]);
    await page.evaluate((raw) => window.localStorage.setItem('switchboard:views', raw), kept);
    await page.reload();
    await page.locator('tr[data-log-key]').first().waitFor();
    let dialog = await openViews(page);
    await expect
      .poll(() => dialog.getByText('3 saved views could not be read and were left out.').count())
      .toBe(1);
    await page.screenshot({ path: 'test-results/views-import-1440.png' });
    await dialog.getByRole('button', { name: 'Import 1' }).click();
    await expect.poll(() => names(page)).toEqual(['Fine']);
    expect((await stored(page))[0]?.url).toBe('/logs?source=sandbox-unpod');
    // Nothing lost: this browser keeps what it had; the offer is not made again.
    expect(await page.evaluate(() => window.localStorage.getItem('switchboard:views'))).toBe(kept);
    await page.keyboard.press('Escape');
    await page.reload();
    await page.locator('tr[data-log-key]').first().waitFor();
    dialog = await openViews(page);
    await expect.poll(() => names(page)).toEqual(['Fine']);
    expect(await dialog.getByRole('button', { name: /^Import/ }).count()).toBe(0);
  });

  it(
    'passes axe-core with the saved views dialog open, masking on and live mode on, light and dark',
    { timeout: 90_000 },
    async () => {
      const page = await app.newPage();
      await page.goto(`${app.url}/logs?source=sandbox-timepay&since=now-7d`);
      await clearViews(page);
      await page.locator('tr[data-log-key]').first().waitFor();
      await page.locator('summary', { hasText: 'Settings' }).click();
      await page.getByRole('button', { name: 'Mask personal data' }).click();
      await page.keyboard.press('Escape');
      await page.getByLabel('Live', { exact: true }).selectOption('30');
      await expect.poll(() => page.getByText('Live: checking every 30 s.').count()).toBe(1);
      expect(await violations(page)).toEqual([]);
      const dialog = await openViews(page);
      await dialog.getByLabel(/^Name the current view/).fill('Today');
      await dialog.getByRole('button', { name: 'Save view' }).click();
      await expect.poll(() => names(page)).toEqual(['Today']);
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        expect(await violations(page)).toEqual([]);
      }
      await page.screenshot({ path: 'test-results/views-masking-live-dark-1440.png' });
    },
  );
});
