import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type AxeCore from 'axe-core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2eApp, type E2eApp } from './app.ts';

/**
 * axe-core in Chromium on every view a user reaches: the list of each sandbox source, the open filters,
 * the open drawer and the shortcuts dialog, in the light and the dark theme. Serious or critical findings
 * fail; lesser ones are printed.
 */

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Finding {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; summary: string }>;
}

let app: E2eApp;
beforeAll(async () => {
  app = await startE2eApp();
});
afterAll(() => app?.close());

const sandbox = () => {
  const s = app.server.runtime.sandbox;
  if (!s) throw new Error('the e2e server runs without a sandbox');
  return s;
};

/**
 * Runs axe on the page as it is. The production CSP (`script-src 'self'`) would block an inline
 * `addScriptTag({ content })`, so the library's source is evaluated through the DevTools protocol
 * (`page.evaluate`), which CSP does not govern: the page under test keeps its real policy.
 */
async function audit(page: Page): Promise<Finding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof AxeCore }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.map(String), summary: n.failureSummary ?? '' })),
    }));
  });
}

const serious = (findings: Finding[]) =>
  findings.filter((f) => f.impact === 'serious' || f.impact === 'critical');

/** `strict`: no violation of any impact (the list, whose landmarks were fixed to hold all of the page). */
async function expectAccessible(page: Page, what: string, strict = false): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const findings = await audit(page);
    for (const f of findings)
      console.log(
        `[axe ${what} ${scheme}] ${f.impact} ${f.id}: ${f.help}\n  ${f.nodes
          .slice(0, 4)
          .map((n) => `${n.target.join(' ')} — ${n.summary.replace(/\n/g, ' ')}`)
          .join('\n  ')}`,
      );
    expect
      .soft(
        (strict ? findings : serious(findings)).map((f) => `${what} ${scheme}: ${f.id} (${f.nodes.length})`),
      )
      .toEqual([]);
  }
}

async function openList(page: Page, search: string): Promise<void> {
  await page.goto(`${app.url}/logs?${search}`);
  await page.locator('tr[data-log-key]').first().waitFor();
}

describe('axe-core finds no serious or critical violation', { timeout: 120_000 }, () => {
  for (const source of ['sandbox-timepay', 'sandbox-salesfinity', 'sandbox-unpod', 'sandbox-convoso'])
    it(`on the list of ${source}`, async () => {
      const page = await app.newPage();
      await openList(page, `source=${source}`);
      await expectAccessible(page, source, true);
    });
});

describe('axe-core finds no violation at the other widths the issue names', { timeout: 120_000 }, () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ])
    it(`at ${viewport.width}×${viewport.height}: the list, the merged view with sources left out, the settings and (phone) the filter sheet`, async () => {
      const context = await app.browser.newContext({ viewport, timezoneId: 'Asia/Kolkata' });
      try {
        const page = await context.newPage();
        await openList(page, 'source=sandbox-timepay');
        await expectAccessible(page, `list ${viewport.width}`, true);
        await openList(page, 'source=all&disposition=Promise%20to%20Pay');
        await page.getByRole('status', { name: 'Sources left out' }).waitFor();
        await expectAccessible(page, `merged ${viewport.width}`, true);
        await page.locator('summary', { hasText: 'Settings' }).click();
        await expectAccessible(page, `settings ${viewport.width}`, true);
        if (viewport.width < 768) {
          await page.keyboard.press('Escape');
          await page.getByRole('button', { name: /^Filters/ }).click();
          await page.getByRole('dialog', { name: 'Filters' }).waitFor();
          await expectAccessible(page, `filter sheet ${viewport.width}`, true);
        }
      } finally {
        await context.close();
      }
    });
});

describe('axe-core on the open filters, drawer and shortcuts', { timeout: 120_000 }, () => {
  it('an open picker and the custom time range', async () => {
    const page = await app.newPage();
    await openList(page, 'source=sandbox-timepay');
    const filters = page.getByRole('form', { name: 'Filters' });
    await filters.getByRole('combobox', { name: 'Campaign', exact: true }).click();
    await page.getByRole('listbox').getByRole('option').first().waitFor();
    await expectAccessible(page, 'open campaign picker');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('listbox').count()).toBe(0);

    await filters.getByLabel('Time range', { exact: true }).selectOption('custom');
    await filters.getByLabel(/^From \(/).waitFor();
    await expectAccessible(page, 'custom time range');
  });

  it('the drawer of a call with a recording', async () => {
    const page = await app.newPage();
    await openList(page, 'channel=call&status=Completed');
    await page.locator('tr[data-log-key]').first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('group', { name: 'Recording of the call' }).waitFor();
    await expectAccessible(page, 'call drawer');
    await dialog.getByRole('tab', { name: 'Transcript' }).click();
    await expectAccessible(page, 'call drawer, transcript');
  });

  it('the drawer of a failed WhatsApp message', async () => {
    const { url, credentials } = sandbox();
    const listed = await fetch(`${url}/api/v1/logs?type=whatsapp&status=Failed`, {
      headers: { authorization: `Bearer ${credentials.timepay.token}` },
    });
    const records = ((await listed.json()) as { data: Array<{ message_id?: string; errors?: unknown[] }> })
      .data;
    const failed = records.find((r) => r.message_id && r.errors?.length);
    if (!failed?.message_id) throw new Error('the sandbox has no failed WhatsApp message');
    const page = await app.newPage();
    await page.goto(`${app.url}/logs?log=${encodeURIComponent(`sandbox-timepay:${failed.message_id}`)}`);
    const dialog = page.getByRole('dialog', { name: /^WhatsApp message/ });
    await dialog.getByText('What to do').first().waitFor();
    await expectAccessible(page, 'WhatsApp drawer');
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.screenshot({ path: 'test-results/a11y-whatsapp-error-light-1280.png' });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: 'test-results/a11y-whatsapp-error-dark-1280.png' });
    await dialog.getByRole('tab', { name: 'Conversation' }).click();
    await dialog.getByText('Not delivered').waitFor();
    await expectAccessible(page, 'WhatsApp drawer, conversation');
    await page.screenshot({ path: 'test-results/a11y-whatsapp-thread-dark-1280.png' });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.screenshot({ path: 'test-results/a11y-whatsapp-thread-light-1280.png' });
  });

  it('the column chooser, and the first drawer of the other three sources', async () => {
    const page = await app.newPage();
    await openList(page, 'source=sandbox-salesfinity');
    await page.getByRole('button', { name: /^Columns/ }).click();
    await page.getByRole('group', { name: /^Columns of/ }).waitFor();
    await expectAccessible(page, 'column chooser');
    await page.keyboard.press('Escape');
    for (const source of ['sandbox-salesfinity', 'sandbox-unpod', 'sandbox-convoso']) {
      await openList(page, `source=${source}`);
      await page.locator('tr[data-log-key]').first().click();
      await page.getByRole('dialog').getByRole('tab').first().waitFor();
      await expectAccessible(page, `${source} drawer`);
    }
  });

  it('the shortcuts dialog', async () => {
    const page = await app.newPage();
    await openList(page, 'source=sandbox-convoso');
    await page.locator('body').press('?');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    await expectAccessible(page, 'shortcuts dialog');
    await page.screenshot({ path: 'test-results/a11y-shortcuts-dark-1440.png' });
  });
});

describe('the keyboard alone', () => {
  it('goes from landing on /logs to a playing recording: /, Escape, j, Enter, Tab to the player, Space', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}/logs?channel=call&status=Completed`);
    await page.locator('tr[data-log-key]').first().waitFor();
    // / jumps to search; Escape leaves it for the rows, where j selects the first.
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-search-target'))).toBe(true);
    await page.keyboard.press('Escape');
    await page.keyboard.press('j');
    const selected = page.locator('tr[aria-selected="true"]');
    await expect.poll(() => selected.count()).toBe(1);
    const key = await selected.getAttribute('data-log-key');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('log')).toBe(key);
    const dialog = page.getByRole('dialog');
    const player = dialog.getByRole('group', { name: 'Recording of the call' });
    const play = player.getByRole('button', { name: 'Play' });
    await play.waitFor();
    const audio = player.locator('audio');
    await expect.poll(() => audio.evaluate((a: HTMLAudioElement) => a.duration)).toBeGreaterThan(1);

    // Tab through the drawer until the player's Play button has focus.
    const focusedIsPlay = () => play.evaluate((button) => button === document.activeElement);
    let tabs = 0;
    while (!(await focusedIsPlay())) {
      if (++tabs > 40) throw new Error('40 Tabs never reached the Play button');
      await page.keyboard.press('Tab');
      expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true); // focus stays in the drawer
    }
    expect(await audio.evaluate((a: HTMLAudioElement) => a.paused)).toBe(true);
    await page.keyboard.press('Space');
    await expect.poll(() => audio.evaluate((a: HTMLAudioElement) => a.currentTime)).toBeGreaterThan(0.3);
    expect(await audio.evaluate((a: HTMLAudioElement) => a.paused)).toBe(false);
    expect(await player.getByRole('button', { name: 'Pause' }).count()).toBe(1);
  });
});
