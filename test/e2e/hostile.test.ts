import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAYLOADS } from '../../src/server/sandbox/hostile/payloads.ts';
import { SANDBOX_NOW, sandboxOf, startE2eApp, type E2eApp } from './app.ts';

// The sandbox in hostile mode (SWITCHBOARD_SANDBOX_HOSTILE=1) puts the payloads of
// src/server/sandbox/hostile/payloads.ts into every string field of every provider's JSON. Every view below
// must show them as text: no dialog, no script run (the payloads try to set window.__pwned), no live
// javascript:/data:/vbscript: URL in the DOM, no CSP violation, Object.prototype untouched.

let app: E2eApp;
beforeAll(async () => {
  app = await startE2eApp({ SWITCHBOARD_SANDBOX_NOW: String(SANDBOX_NOW), SWITCHBOARD_SANDBOX_HOSTILE: '1' });
}, 120_000);
afterAll(() => app?.close());

interface Watch {
  page: Page;
  dialogs: string[];
  csp: string[];
  /** Views checked, for the failure message. */
  checked: string[];
  /** Payload fragments seen as text. */
  seen: Set<string>;
}

/** Distinctive text of each payload (what a person would read), to prove the payloads show up as text. */
// eslint-disable-next-line no-control-regex -- stripping control characters is the point
const INVISIBLE = /[\u0000-\u001f\u200b-\u200f\u202a-\u202e\u2060\ufeff]/g;
const MARKERS = PAYLOADS.filter((p) => p.length < 200)
  .map((p) => p.replace(INVISIBLE, '').trim())
  .filter((p) => p.length >= 8);

async function watch(page: Page): Promise<Watch> {
  const w: Watch = { page, dialogs: [], csp: [], checked: [], seen: new Set() };
  page.on('dialog', (d) => {
    w.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss().catch(() => {});
  });
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to (execute|load|apply|frame|evaluate)/i.test(m.text()))
      w.csp.push(m.text());
  });
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = list;
    document.addEventListener('securitypolicyviolation', (e) => {
      list.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`);
    });
  });
  return w;
}

interface DomReport {
  canary: unknown;
  polluted: unknown;
  live: string[];
  dangerous: string[];
  violations: string[];
  text: string;
}

/** Everything the page must not have, plus its visible text. */
async function inspect(w: Watch, view: string): Promise<void> {
  const report = await w.page.evaluate((): DomReport => {
    const bad = /^(javascript|data|vbscript):/i;
    // Browsers strip leading C0 controls/spaces and ignore tabs and newlines inside a scheme.
    const scheme = (v: string) =>
      // eslint-disable-next-line no-control-regex -- C0 controls are what browsers strip
      v.replace(/[\u0000-\u0020]/g, '').replace(/\u200b|\u200c|\u200d|\u2060|\ufeff/g, '');
    const live: string[] = [];
    for (const el of document.querySelectorAll(
      '[href], [src], [action], [formaction], [srcdoc], [xlink\\:href]',
    )) {
      for (const attr of ['href', 'src', 'action', 'formaction', 'xlink:href']) {
        const v = el.getAttribute(attr);
        if (v !== null && bad.test(scheme(v)))
          live.push(`<${el.tagName.toLowerCase()} ${attr}="${v.slice(0, 80)}">`);
      }
      if (el.hasAttribute('srcdoc')) live.push(`<${el.tagName.toLowerCase()} srcdoc>`);
    }
    const dangerous = [
      ...document.body.querySelectorAll('script, iframe, object, embed, base, meta, xss, marquee'),
    ].map((e) => e.outerHTML.slice(0, 120));
    for (const el of document.body.querySelectorAll('*')) {
      for (const a of el.getAttributeNames()) {
        if (/^on/i.test(a)) dangerous.push(`<${el.tagName.toLowerCase()} ${a}>`);
      }
    }
    return {
      canary: (window as unknown as Record<string, unknown>).__pwned,
      polluted: ({} as Record<string, unknown>).polluted,
      live,
      dangerous,
      violations: (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [],
      text: document.body.innerText,
    };
  });
  w.checked.push(view);
  expect(report.canary, `window.__pwned after ${view}`).toBeUndefined();
  expect(report.polluted, `Object.prototype.polluted after ${view}`).toBeUndefined();
  expect(report.live, `live URLs after ${view}`).toEqual([]);
  expect(report.dangerous, `active elements after ${view}`).toEqual([]);
  expect(report.violations, `CSP violations after ${view}`).toEqual([]);
  expect(w.dialogs, `dialogs after ${view}`).toEqual([]);
  expect(w.csp, `CSP console messages after ${view}`).toEqual([]);
  const text = report.text.replace(/[\u200b-\u200f\u202a-\u202e\u2060\ufeff]/g, '');
  for (const m of MARKERS) if (text.includes(m)) w.seen.add(m);
}

async function rows(page: Page): Promise<Locator> {
  const row = page.locator('tr[data-log-key]').first();
  await row.waitFor({ timeout: 60_000 }); // generous: five other engineers share the 2 cores
  return row;
}

/** Opens every filter picker of the form (options come from the provider), one at a time. */
async function openPickers(w: Watch, view: string): Promise<number> {
  const form = w.page.getByRole('form', { name: 'Filters' });
  const pickers = form.locator('[role="combobox"][aria-haspopup="listbox"]');
  const count = await pickers.count();
  for (let i = 0; i < count; i++) {
    const picker = pickers.nth(i);
    if (!(await picker.isEnabled())) continue;
    const name = (await picker.getAttribute('aria-label')) ?? (await picker.textContent()) ?? String(i);
    await picker.click();
    const listbox = w.page.getByRole('listbox');
    await listbox.first().waitFor({ timeout: 15_000 });
    // Let the provider's options arrive (a "Loading" row may come first).
    await expect
      .poll(() => listbox.first().getByRole('option').count(), { timeout: 15_000 })
      .toBeGreaterThan(0)
      .catch(() => {});
    await inspect(w, `${view} picker ${name}`);
    await w.page.keyboard.press('Escape');
  }
  return count;
}

/** Opens the first row of `search`, visits every tab of the drawer, then steps `steps` logs on with `j`. */
async function drawerTabs(w: Watch, search: string, steps: number): Promise<number> {
  const { page } = w;
  await page.goto(`${app.url}/logs?${search}`);
  await (await rows(page)).click();
  const dialog = page.getByRole('dialog').first();
  await dialog.waitFor();
  let tabsSeen = 0;
  for (let step = 0; step <= steps; step++) {
    const key = new URL(page.url()).searchParams.get('log');
    await dialog.getByRole('tab').first().waitFor();
    const tabs = dialog.getByRole('tab');
    const n = await tabs.count();
    for (let t = 0; t < n; t++) {
      const tab = tabs.nth(t);
      const name = (await tab.textContent()) ?? String(t);
      await tab.click();
      await page.waitForTimeout(150); // lets a lazily fetched transcript or detail arrive before looking
      await inspect(w, `${search} log ${key} tab ${name}`);
      tabsSeen++;
    }
    if (step < steps) {
      await dialog.getByRole('tab').first().click();
      await page.keyboard.press('j');
      await expect
        .poll(() => new URL(page.url()).searchParams.get('log'), { timeout: 15_000 })
        .not.toBe(key)
        .catch(() => {});
    }
  }
  return tabsSeen;
}

/** `pickers`: whether the provider feeds any picker (unpod has no catalog endpoints). */
const PROVIDERS: Array<{ source: string; pickers: boolean; drawers: string[] }> = [
  {
    source: 'sandbox-timepay',
    pickers: true,
    drawers: [
      'channel=call&status=Completed',
      'channel=whatsapp&status=Failed',
      'channel=whatsapp',
      'channel=sms',
    ],
  },
  { source: 'sandbox-salesfinity', pickers: true, drawers: [''] },
  { source: 'sandbox-unpod', pickers: false, drawers: [''] },
  { source: 'sandbox-convoso', pickers: true, drawers: [''] },
];

describe('hostile content in Chromium (SWITCHBOARD_SANDBOX_HOSTILE=1)', () => {
  it('the checks catch a planted injection (a positive control)', { timeout: 120_000 }, async () => {
    const page = await app.newPage();
    const w = await watch(page);
    await page.goto(`${app.url}/logs?source=sandbox-unpod`);
    await rows(page);
    await inspect(w, 'before planting');
    await page.evaluate(() => {
      const a = document.createElement('a');
      a.setAttribute('href', ' java\tscript:void(0)');
      a.textContent = 'planted';
      document.body.append(a);
    });
    await expect(inspect(w, 'a planted javascript: link')).rejects.toThrow(/live URLs/);
    await page.evaluate(() => {
      document.querySelector('a[href*="script"]')?.remove();
      (window as unknown as Record<string, unknown>).__pwned = 1;
    });
    await expect(inspect(w, 'a set canary')).rejects.toThrow(/window.__pwned/);
    await page.evaluate(() => {
      delete (window as unknown as Record<string, unknown>).__pwned;
      // An inline handler: the CSP blocks it and reports a violation.
      document.body.insertAdjacentHTML('beforeend', '<img src="/favicon.svg" onload="window.__pwned=2">');
    });
    await expect
      .poll(() =>
        page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations.length),
      )
      .toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as Record<string, unknown>).__pwned)).toBeUndefined();
    await expect(inspect(w, 'an inline handler')).rejects.toThrow(/active elements|CSP/);
  });

  it.each(PROVIDERS)(
    '$source: list, filter pickers and drawer tabs show payloads as inert text',
    { timeout: 300_000 },
    async ({ source, pickers: hasPickers, drawers }) => {
      const page = await app.newPage();
      const w = await watch(page);
      await page.goto(`${app.url}/logs?source=${source}`);
      await rows(page);
      await inspect(w, `${source} list`);
      const listSeen = w.seen.size;
      expect(listSeen, 'payload text visible in the list').toBeGreaterThan(0);
      await page.screenshot({ path: `test-results/hostile-${source}-list.png` });
      const pickers = await openPickers(w, source);
      if (hasPickers) expect(pickers).toBeGreaterThan(0);
      let tabs = 0;
      for (const d of drawers) tabs += await drawerTabs(w, `source=${source}${d ? `&${d}` : ''}`, 3);
      expect(tabs).toBeGreaterThanOrEqual(4);
      await page.screenshot({ path: `test-results/hostile-${source}-drawer.png` });
      console.info(`${source}: ${w.checked.length} views checked, ${w.seen.size} payloads seen as text`);
      expect(w.seen.size).toBeGreaterThan(5);
    },
  );

  it(
    'source=all, the customer timeline, the volume chart and provider error messages stay inert',
    { timeout: 300_000 },
    async () => {
      const page = await app.newPage();
      const w = await watch(page);
      await page.goto(`${app.url}/logs?source=all`);
      const hasRows = await page
        .locator('tr[data-log-key]')
        .first()
        .waitFor({ timeout: 20_000 })
        .then(() => true)
        .catch(() => false);
      expect(hasRows, 'source=all shows rows').toBe(true);
      await inspect(w, 'source=all');
      await drawerTabs(w, 'source=all', 2);

      // The Volume chart, if this build has one.
      await page.goto(`${app.url}/logs?source=sandbox-timepay`);
      await rows(page);
      await page.getByRole('button', { name: 'Volume' }).click();
      await page.getByRole('slider').first().waitFor();
      await inspect(w, 'volume chart');
      await page.screenshot({ path: 'test-results/hostile-volume.png' });

      // The customer timeline, if this build has the route: a phone from the first row's log.
      const phone = await page
        .locator('tr[data-log-key] td')
        .evaluateAll((cells) =>
          cells.map((c) => /\+?\d[\d ]{8,}\d/.exec(c.textContent ?? '')?.[0]).find(Boolean),
        );
      expect(phone, 'a phone number on the first page').toBeTruthy();
      await page.goto(`${app.url}/customer?phone=${encodeURIComponent(phone!.replace(/\s/g, ''))}`);
      await page
        .getByText(/calls and messages/)
        .first()
        .waitFor();
      await inspect(w, `customer ${phone}`);
      await page.screenshot({ path: 'test-results/hostile-customer.png' });

      // Provider error messages carry payloads too: every request fails with a hostile fault body.
      const faults = sandboxOf(app).faults;
      faults.errorRate = 1;
      try {
        await page.goto(`${app.url}/logs?source=sandbox-convoso`);
        await expect
          .poll(() => page.getByText(/failed \(500\)/).count(), { timeout: 30_000 })
          .toBeGreaterThan(0);
        await inspect(w, 'provider error (500)');
      } finally {
        faults.errorRate = 0;
      }
      console.info(`other views: ${w.checked.join(', ')}; ${w.seen.size} payloads seen as text`);
    },
  );
});
