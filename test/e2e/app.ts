import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { startProductionServer } from '../../src/server/start.ts';
import { launchBrowser } from './browser.ts';
import { E2E_DIST } from './dist-dir.ts';

import { RUN_NOW } from '../run-clock.ts';

/** The sandbox's data ends at the run's now, and every page's clock starts there (test/e2e/README.md). */
export const SANDBOX_NOW = RUN_NOW;

export interface E2eApp {
  url: string;
  browser: Browser;
  server: Awaited<ReturnType<typeof startProductionServer>>;
  newPage: () => Promise<Page>;
  /** A browser context on the run's clock (test/e2e/README.md), for tests that need their own viewport or scheme. */
  newContext: (options?: BrowserContextOptions) => Promise<BrowserContext>;
  close: () => Promise<void>;
}

/** The production server on an ephemeral port (by default on the sandbox alone), and a headless Chromium. */
export async function startE2eApp(env: Record<string, string> = {}): Promise<E2eApp> {
  const server = await startProductionServer({
    port: 0,
    host: '127.0.0.1',
    // The server plans first screens on the run's clock too (runtime.ts serverClock), with or without a sandbox.
    env: { SWITCHBOARD_SANDBOX_NOW: String(SANDBOX_NOW), ...env },
    cwd: mkdtempSync(join(tmpdir(), 'switchboard-')), // no switchboard.config.json there: the sandbox alone
    distDir: E2E_DIST,
    build: false,
    // Access lines would bury the test report; warnings still show.
    logger: { info: () => {}, warn: (message) => console.warn(message) },
  });
  const browser = await launchBrowser();
  const pages: Page[] = [];
  const newContext = async (options: BrowserContextOptions = {}) => {
    const context = await browser.newContext(options);
    // The browser's now is the sandbox's: relative ranges (now-7d) see the sandbox's data on any date.
    await context.clock.install({ time: SANDBOX_NOW });
    return context;
  };
  return {
    url: server.url,
    browser,
    server,
    newContext,
    newPage: async () => {
      const context = await newContext({
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
