import type { Page } from 'playwright-core';
import { startE2eApp } from '../e2e/app.ts';
import { median, type BenchFigure } from './figure.ts';

const RUNS = 5;

/**
 * Marks, inside the page, the frame after the first data row entered the DOM. A string, not a function:
 * tsx would wrap a function with helpers the page does not have.
 */
const firstRowsProbe = `
  new MutationObserver((_, observer) => {
    if (!document.querySelector('tr[data-log-key]')) return;
    observer.disconnect();
    requestAnimationFrame(() => { window.__firstRows = performance.now(); });
  }).observe(document, { childList: true, subtree: true });
`;

async function firstRowsMs(page: Page, url: string): Promise<number> {
  await page.addInitScript({ content: firstRowsProbe });
  await page.goto(url);
  await page.waitForFunction(
    () => (window as unknown as { __firstRows?: number }).__firstRows !== undefined,
    null,
    { timeout: 15_000 },
  );
  return page.evaluate(() => (window as unknown as { __firstRows: number }).__firstRows);
}

/**
 * From the `change` event of the Channel select (default: WhatsApp; `''` is "all channels") to the frame where the
 * table is no longer stale and shows another result: a different first row or a different row count.
 */
export async function filterChangeMs(page: Page, channel = 'whatsapp'): Promise<number> {
  const table = page.locator('table[aria-rowcount]');
  const before = {
    key: await page.locator('tr[data-log-key]').first().getAttribute('data-log-key'),
    rows: await table.getAttribute('aria-rowcount'),
  };
  await page.evaluate(() => {
    const w = window as unknown as { __mark?: number };
    delete w.__mark;
    document.addEventListener('change', () => (w.__mark = performance.now()), { capture: true, once: true });
  });
  // A role, not a label: the Channel column header is labelled 'Channel' too.
  await page.getByRole('combobox', { name: 'Channel', exact: true }).selectOption(channel);
  const handle = await page.waitForFunction(
    (previous) => {
      const mark = (window as unknown as { __mark?: number }).__mark;
      const first = document.querySelector('tr[data-log-key]');
      const busy = document.querySelector('div[aria-busy="true"]'); // the table is stale until the new first page is in
      const rows = document.querySelector('table[aria-rowcount]')?.getAttribute('aria-rowcount');
      if (mark === undefined || !first || busy) return null;
      if (first.getAttribute('data-log-key') === previous.key && rows === previous.rows) return null;
      return performance.now() - mark;
    },
    before,
    { polling: 'raf', timeout: 15_000 },
  );
  return (await handle.jsonValue()) as number;
}

export async function benchBrowser(): Promise<BenchFigure[]> {
  const app = await startE2eApp();
  try {
    const warm = await app.newPage();
    await firstRowsMs(warm, `${app.url}/logs`); // the sandbox and the server warm up once, as after a real start
    const firsts: number[] = [];
    const changes: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      const page = await app.newPage();
      firsts.push(await firstRowsMs(page, `${app.url}/logs`));
      changes.push(await filterChangeMs(page));
      await page.context().close();
    }
    const first = median(firsts);
    const change = median(changes);
    return [
      {
        name: `first rows painted after navigation (median of ${RUNS})`,
        value: first,
        unit: 'ms',
        bar: '≤ 600 ms',
        pass: first <= 600,
      },
      {
        name: `filter change to new rows (median of ${RUNS})`,
        value: change,
        unit: 'ms',
        bar: '≤ 200 ms',
        pass: change <= 200,
      },
    ];
  } finally {
    await app.close();
  }
}
