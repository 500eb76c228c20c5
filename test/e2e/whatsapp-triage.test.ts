import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { explainMetaError } from '../../src/logs/meta-errors.ts';
import { startE2eApp, type E2eApp } from './app.ts';

/** Failed WhatsApp messages triaged in bulk: the Error column, the breakdown by error code, the export. */
let app: E2eApp;
beforeAll(async () => {
  app = await startE2eApp();
});
afterAll(() => app?.close());
const opened: Page[] = [];
afterEach(async () => {
  for (const page of opened.splice(0)) await page.close().catch(() => {});
});

// A week of failed messages (the sandbox's data is fixed).
const FAILED =
  '/logs?source=sandbox-timepay&channel=whatsapp&status=Failed&since=2026-11-13T00:00:00Z&until=2026-11-20T12:00:00Z';

async function open(path: string): Promise<Page> {
  const page = await app.newPage();
  opened.push(page);
  await page.addInitScript(() => {
    delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker;
  });
  await page.goto(app.url + path);
  await page.locator('tr[data-log-key]').first().waitFor();
  await expect.poll(async () => (await page.locator('tr[aria-busy="true"]').count()) === 0).toBe(true);
  return page;
}

const number = (s: string | null) => Number((s ?? '').replace(/\D/g, ''));

describe('failed WhatsApp triage', () => {
  it(
    'shows each failed message’s error code and meaning in an Error column by default',
    { timeout: 60_000 },
    async () => {
      const page = await open(FAILED);
      const headers = await page.getByRole('columnheader').allTextContents();
      expect(headers).toContain('Error');
      // Columns that are always empty for messages make room for it.
      expect(headers).not.toContain('Disposition');
      expect(headers).not.toContain('Duration');
      const index = headers.indexOf('Error');
      const cells = await page
        .locator('tr[data-log-key]')
        .evaluateAll((trs, i) => trs.map((tr) => tr.querySelectorAll('td')[i]?.textContent ?? ''), index);
      expect(cells.length).toBeGreaterThan(3);
      // Every failed message whose provider reported an error shows its code and what it means.
      const withCode = cells.filter((cell) => cell !== '—');
      expect(withCode.length).toBeGreaterThan(3);
      for (const cell of withCode) {
        const code = /^(\d+)\s/.exec(cell)?.[1];
        expect(code, cell).toBeDefined();
        const known = explainMetaError(code!);
        // Meta's own explanation where the code is known, else the provider's title.
        if (known) expect(cell).toContain(known.title);
        else expect(cell.length).toBeGreaterThan(code!.length + 1);
      }
      // A call view keeps its Disposition and Duration.
      const calls = await open('/logs?source=sandbox-timepay&channel=call');
      const callHeaders = await calls.getByRole('columnheader').allTextContents();
      expect(callHeaders).toContain('Disposition');
      expect(callHeaders).not.toContain('Error');
    },
  );

  it('breaks the Volume down by error code, summing to the total', { timeout: 90_000 }, async () => {
    const page = await open(FAILED);
    const total = number(await page.getByTestId('result-count').textContent());
    expect(total).toBeGreaterThan(3);
    await page.getByRole('button', { name: 'Volume' }).click();
    const breakdown = page.getByRole('region', { name: 'Logs by error code' });
    const items = breakdown.getByTestId('volume-breakdown').locator('li');
    await expect.poll(() => items.count(), { timeout: 30_000 }).toBeGreaterThan(1);
    const counts = await items.evaluateAll((lis) => lis.map((li) => Number(li.getAttribute('data-count'))));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(total);
    const values = await items.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-value') ?? ''));
    // Codes, and (where the provider reported none) one "No error code" row.
    expect(values.filter((v) => /^\d+$/.test(v)).length).toBeGreaterThan(0);
    for (const value of values) expect(/^\d+$/.test(value) || value === '\u0000none', value).toBe(true);
    // The usual breakdowns stay one click away.
    await page.getByRole('group', { name: 'Breakdown by' }).getByText('Status').click();
    await page.getByRole('region', { name: 'Logs by status' }).waitFor();
  });

  it('exports the error code with each failed message', { timeout: 90_000 }, async () => {
    const page = await open(FAILED);
    const total = number(await page.getByTestId('result-count').textContent());
    const downloading = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export logs' });
    await dialog.getByTestId('export-total').waitFor();
    await expect.poll(() => dialog.getByTestId('export-total').textContent()).toMatch(/^[\d,]+$/);
    await dialog.getByRole('button', { name: 'Start' }).click();
    const file = await downloading;
    const lines = readFileSync(await file.path(), 'utf8')
      .split(/\r\n/)
      .filter((l) => l !== '' && !l.startsWith('\uFEFF#') && !l.startsWith('#'));
    const header = lines[0]!.split(',');
    expect(header).toContain('Error');
    const rows = lines.slice(1);
    expect(rows.length).toBe(total);
    // The Error column is the last one; a failed message with a reported error carries its code.
    const withCode = rows.filter((row) => /,"?\d{1,9} [^,]+"?$/.test(row));
    expect(withCode.length).toBeGreaterThan(total / 2);
  });
});
