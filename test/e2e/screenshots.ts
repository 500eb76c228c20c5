// Screenshots of the views issue 18 asks for, at 1440, 1280 and 390 px, light and dark, written to
// test-results/screenshots/ (git-ignored). Run: node --import tsx test/e2e/screenshots.ts [name filter]
// after building the SPA into test-results/dist (npx vite build --outDir test-results/dist).
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { sharedPhoneAcrossSources } from '../../src/server/sandbox/shared-customers.ts';
import { startE2eApp } from './app.ts';

const OUT = fileURLToPath(new URL('../../test-results/screenshots', import.meta.url));
const WIDTHS = (
  process.env.WIDTHS
    ? process.env.WIDTHS.split(',').map((w) => ({ width: Number(w), height: Number(w) < 768 ? 844 : 900 }))
    : [
        { width: 1440, height: 900 },
        { width: 1280, height: 800 },
        { width: 390, height: 844 },
      ]
) as ReadonlyArray<{ width: number; height: number }>;
const THEMES = (process.env.THEMES ?? 'light,dark').split(',');

/** Each view: its URL, and what must be on screen before the picture is taken. */
const VIEWS: Array<{ name: string; path: string; ready: (page: Page) => Promise<unknown> }> = [
  {
    name: 'list',
    path: '/logs?source=sandbox-timepay',
    ready: (p) => p.locator('tr[data-log-key]').first().waitFor(),
  },
  {
    name: 'merged-promise-to-pay',
    path: '/logs?source=all&disposition=Promise%20to%20Pay',
    ready: (p) => p.getByTestId('left-out-sources').waitFor(),
  },
  {
    name: 'whatsapp-failed',
    path: '/logs?source=sandbox-timepay&channel=whatsapp&status=Failed&since=2026-11-13T00:00:00Z&until=2026-11-20T12:00:00Z',
    ready: async (p) => {
      await p.locator('tr[data-log-key]').first().waitFor();
      await p.getByRole('button', { name: 'Volume' }).click();
      await p.getByTestId('volume-breakdown').waitFor();
    },
  },
  {
    name: 'drawer',
    path: '/logs?source=sandbox-timepay&channel=whatsapp&status=Failed',
    ready: async (p) => {
      await p.locator('tr[data-log-key]').first().click();
      await p.getByRole('dialog').waitFor();
    },
  },
  {
    name: 'timeline',
    path: `/customer?phone=${encodeURIComponent(sharedPhoneAcrossSources())}`,
    ready: async (p) => {
      await p.locator('main').waitFor();
      await p.waitForTimeout(2_000);
    },
  },
];

const app = await startE2eApp();
mkdirSync(OUT, { recursive: true });
const only = process.argv[2];
try {
  for (const size of WIDTHS)
    for (const theme of THEMES) {
      const context = await app.browser.newContext({ viewport: size, timezoneId: 'Asia/Kolkata' });
      await context.addInitScript((t) => window.localStorage.setItem('switchboard:theme', t), theme);
      for (const view of VIEWS) {
        if (only && !view.name.includes(only)) continue;
        const page = await context.newPage();
        await page.goto(`${app.url}${view.path}`);
        await view.ready(page);
        await page.waitForTimeout(600); // lazy chunks and fonts settle
        const file = `${OUT}/${view.name}-${size.width}-${theme}.png`;
        await page.screenshot({ path: file });
        console.log(file);
        await page.close();
      }
      await context.close();
    }
} finally {
  await app.close();
}
