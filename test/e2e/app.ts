import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { Browser, Page } from 'playwright-core';
import { startProductionServer } from '../../src/server/start.ts';
import { launchBrowser } from './browser.ts';
import { E2E_DIST } from './dist-dir.ts';

/** Data anchored at a fixed instant, so every run sees the same sandbox. */
export const SANDBOX_NOW = Date.parse('2026-11-20T12:00:00Z');

export interface E2eApp {
  url: string;
  browser: Browser;
  server: Awaited<ReturnType<typeof startProductionServer>>;
  newPage: () => Promise<Page>;
  close: () => Promise<void>;
}

/** The production server on an ephemeral port (by default on the sandbox alone), and a headless Chromium. */
export async function startE2eApp(
  env: Record<string, string> = { SWITCHBOARD_SANDBOX_NOW: String(SANDBOX_NOW) },
): Promise<E2eApp> {
  const server = await startProductionServer({
    port: 0,
    host: '127.0.0.1',
    env,
    cwd: mkdtempSync(join(tmpdir(), 'switchboard-')), // no switchboard.config.json there: the sandbox alone
    distDir: E2E_DIST,
    build: false,
    // Access lines would bury the test report; warnings still show.
    logger: { info: () => {}, warn: (message) => console.warn(message) },
  });
  const browser = await launchBrowser();
  const pages: Page[] = [];
  return {
    url: server.url,
    browser,
    server,
    newPage: async () => {
      const context = await browser.newContext({
        viewport: { width: 1440, height: 900 },
        timezoneId: 'Asia/Kolkata',
      });
      const page = await context.newPage();
      pages.push(page);
      return page;
    },
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** The sandbox behind an e2e app (its recorded requests and fault knobs). */
export function sandboxOf(app: E2eApp) {
  const sandbox = app.server.runtime.sandbox;
  if (!sandbox) throw new Error('the e2e server runs without a sandbox');
  return sandbox;
}

/** Keys of the data rows on screen, top to bottom. */
export async function visibleLogKeys(page: Page): Promise<string[]> {
  return page
    .locator('tr[data-log-key]')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-log-key') ?? ''));
}
