import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sandboxOf, startE2eApp, type E2eApp } from './app.ts';

let app: E2eApp;
beforeAll(async () => {
  app = await startE2eApp();
});
afterAll(() => app?.close());
const sandbox = () => sandboxOf(app);
const lastQuery = (path: string) =>
  sandbox()
    .requests.filter((r) => r.path === path)
    .at(-1)?.query ?? {};
const urlValues = (page: Page, name: string) => new URL(page.url()).searchParams.getAll(name);

// ——— How a step sets its filter in the UI ———

/** The filter form (column headers may carry the same names). */
const filters = (page: Page) => page.getByRole('form', { name: 'Filters' });

type Act = (page: Page) => Promise<void>;

const select =
  (label: string, value: string): Act =>
  async (page) => {
    await filters(page).getByLabel(label, { exact: true }).selectOption(value);
  };
const type =
  (label: string, value: string): Act =>
  async (page) => {
    const input = filters(page).getByLabel(label, { exact: true });
    await input.fill(value);
    await input.press('Enter');
  };
/** Opens a picker, types `search`, and clicks the first `count` choices left. */
const pick =
  (label: string, search: string, count = 1): Act =>
  async (page) => {
    await filters(page).getByRole('combobox', { name: label, exact: true }).click();
    await page.getByRole('textbox', { name: `Search ${label.toLowerCase()}` }).fill(search);
    const options = page.getByRole('listbox').getByRole('option');
    for (let i = 0; i < count; i++) await options.nth(i).click();
    if (await page.getByRole('listbox').isVisible()) await page.keyboard.press('Escape');
  };
const custom =
  (from: string, to: string): Act =>
  async (page) => {
    await filters(page).getByLabel('Time range', { exact: true }).selectOption('custom');
    await filters(page)
      .getByLabel(/^From \(/)
      .fill(from);
    await filters(page)
      .getByLabel(/^To \(/)
      .fill(to);
  };

// ——— What the URL and the provider must then hold ———

/** Exact values, a pattern for each, or "the same as the URL's" (ids picked from the provider's list). */
type Expect = string[] | RegExp | 'url';

interface Step {
  name: string;
  act: Act;
  /** URL parameter and its values (a pattern: one value matching it; a number: that many values). */
  url: [string, string[] | RegExp | number];
  /** Upstream parameters and their values. */
  upstream: Array<[string, Expect]>;
}

interface ProviderCase {
  sourceId: string;
  listPath: string;
  steps: Step[];
}

const CASES: ProviderCase[] = [
  {
    sourceId: 'sandbox-timepay',
    listPath: '/api/v1/logs',
    steps: [
      {
        name: 'channel',
        act: select('Channel', 'call'),
        url: ['channel', ['call']],
        upstream: [['type', ['call']]],
      },
      {
        name: 'status',
        act: select('Status', 'Completed'),
        url: ['status', ['Completed']],
        upstream: [['status', ['Completed']]],
      },
      {
        name: 'disposition',
        act: pick('Disposition', 'promise'),
        url: ['disposition', 1],
        upstream: [['disposition', 'url']],
      },
      {
        name: 'campaign',
        act: pick('Campaign', 'emi'),
        url: ['campaign', 1],
        upstream: [['campaign_id', 'url']],
      },
      {
        // The agent picker is filled from timepay's /agents (PROVIDERS.md, live section).
        name: 'agent',
        act: pick('Agent', 'priya'),
        url: ['agent', 1],
        upstream: [['agent_id', 'url']],
      },
      {
        name: 'phone',
        act: type('Customer phone', '98765 43210'),
        url: ['phone', ['98765 43210']],
        upstream: [['phone', ['9876543210']]],
      },
      {
        name: 'from',
        act: type('Business number', '080 3545 0808'),
        url: ['from', ['080 3545 0808']],
        upstream: [['from_phone', ['+918035450808']]],
      },
      {
        name: 'time preset',
        act: select('Time range', '7d'),
        url: ['since', ['now-7d']],
        upstream: [['start_time', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/]],
      },
      {
        name: 'custom range (display zone Asia/Kolkata, source zone Asia/Kolkata)',
        act: custom('2026-11-01T09:30', '2026-11-02T18:00'),
        url: ['until', ['2026-11-02T12:30:00.000Z']],
        // The start opens TIME_WINDOW_LEAD_MS (20 min) early: timepay's window is on a queue time (live).
        upstream: [
          ['start_time', ['2026-11-01T09:10:00']],
          ['end_time', ['2026-11-02T18:00:00']],
        ],
      },
    ],
  },
  {
    sourceId: 'sandbox-salesfinity',
    listPath: '/v1/call-log',
    steps: [
      {
        name: 'q',
        act: type('Search', 'acme'),
        url: ['q', ['acme']],
        upstream: [['filters[search]', ['acme']]],
      },
      {
        name: 'status',
        act: select('Status', 'answered'),
        url: ['status', ['answered']],
        upstream: [['filters[outcome]', ['answered']]],
      },
      {
        name: 'disposition (two)',
        act: pick('Disposition', 'answered', 2),
        url: ['disposition', 2],
        upstream: [['filters[disposition_ids][]', 'url']],
      },
      {
        name: 'campaign (two)',
        act: pick('Campaign', '', 2),
        url: ['campaign', 2],
        upstream: [['filters[contact_list_ids][]', 'url']],
      },
      {
        name: 'agent (two)',
        act: pick('Agent', '', 2),
        url: ['agent', 2],
        upstream: [['filters[user_ids][]', 'url']],
      },
      {
        name: 'phone',
        act: type('Customer phone', '(415) 555-0134'),
        url: ['phone', ['(415) 555-0134']],
        upstream: [['filters[to][]', ['+14155550134']]],
      },
      {
        name: 'from',
        act: type('Business number', '415 555 0100'),
        url: ['from', ['415 555 0100']],
        upstream: [['filters[from][]', ['+14155550100']]],
      },
      {
        name: 'x.direction',
        act: select('Direction', 'outbound'),
        url: ['x.direction', ['outbound']],
        upstream: [['filters[direction]', ['outbound']]],
      },
      {
        name: 'x.min_duration',
        act: type('Min duration (s)', '30'),
        url: ['x.min_duration', ['30']],
        upstream: [['filters[min_duration]', ['30']]],
      },
      {
        name: 'x.max_duration',
        act: type('Max duration (s)', '900'),
        url: ['x.max_duration', ['900']],
        upstream: [['filters[max_duration]', ['900']]],
      },
      {
        name: 'x.has_recording',
        act: select('Has recording', 'true'),
        url: ['x.has_recording', ['true']],
        upstream: [['filters[has_recording]', ['true']]],
      },
      {
        name: 'x.answered_by',
        act: select('Answered by', 'human'),
        url: ['x.answered_by', ['human']],
        upstream: [['filters[answered_by]', ['human']]],
      },
      {
        name: 'x.is_completed',
        act: select('Completed', 'true'),
        url: ['x.is_completed', ['true']],
        upstream: [['filters[is_completed]', ['true']]],
      },
      {
        name: 'x.exclude_negative_dispositions',
        act: select('Positive dispositions only', 'true'),
        url: ['x.exclude_negative_dispositions', ['true']],
        upstream: [['filters[exclude_negative_dispositions]', ['true']]],
      },
      {
        name: 'x.sequences (two)',
        act: pick('Sequence', '', 2),
        url: ['x.sequences', 2],
        upstream: [['filters[sequences][]', 'url']],
      },
      {
        name: 'time preset',
        act: select('Time range', '30d'),
        url: ['since', ['now-30d']],
        upstream: [['filters[start_date]', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/]],
      },
    ],
  },
  {
    sourceId: 'sandbox-unpod',
    listPath: '/api/v2/platform/call-logs/',
    steps: [
      {
        name: 'status',
        act: select('Status', 'missed'),
        url: ['status', ['missed']],
        upstream: [['call_status', ['missed']]],
      },
      {
        name: 'x.call_type',
        act: select('Call type', 'outbound'),
        url: ['x.call_type', ['outbound']],
        upstream: [['call_type', ['outbound']]],
      },
      {
        name: 'time preset',
        act: select('Time range', '7d'),
        url: ['since', ['now-7d']],
        upstream: [['start_date', /^\d{4}-\d\d-\d\d/]],
      },
    ],
  },
  {
    sourceId: 'sandbox-convoso',
    listPath: '/v1/log/retrieve',
    steps: [
      { name: 'status', act: pick('Status', 'no answer'), url: ['status', 1], upstream: [['status', 'url']] },
      {
        name: 'campaign',
        act: type('Campaign ID', '12'),
        url: ['campaign', ['12']],
        upstream: [['campaign_id', ['12']]],
      },
      {
        name: 'agent',
        act: type('Agent ID', '1001'),
        url: ['agent', ['1001']],
        upstream: [['user_id', ['1001']]],
      },
      {
        name: 'phone',
        act: type('Customer phone', '(605) 555-0142'),
        url: ['phone', ['(605) 555-0142']],
        upstream: [['phone_number', ['6055550142']]],
      },
      {
        name: 'x.id',
        act: type('Call log ID', '9999999999'),
        url: ['x.id', ['9999999999']],
        upstream: [['id', ['9999999999']]],
      },
      {
        name: 'x.lead_id',
        act: type('Lead ID', '555'),
        url: ['x.lead_id', ['555']],
        upstream: [['lead_id', ['555']]],
      },
      {
        name: 'x.list_id',
        act: type('List ID', '77'),
        url: ['x.list_id', ['77']],
        upstream: [['list_id', ['77']]],
      },
      {
        name: 'x.queue_id',
        act: type('Queue ID', '8'),
        url: ['x.queue_id', ['8']],
        upstream: [['queue_id', ['8']]],
      },
      {
        name: 'x.number_dialed',
        act: type('Number dialed', '(605) 555-0199'),
        url: ['x.number_dialed', ['(605) 555-0199']],
        upstream: [['number_dialed', ['6055550199']]],
      },
      {
        name: 'x.first_name',
        act: type('Lead first name', 'Ana'),
        url: ['x.first_name', ['Ana']],
        upstream: [['first_name', ['Ana']]],
      },
      {
        name: 'x.last_name',
        act: type('Lead last name', 'Diaz'),
        url: ['x.last_name', ['Diaz']],
        upstream: [['last_name', ['Diaz']]],
      },
      {
        name: 'x.call_type',
        act: select('Call type', 'OUTBOUND'),
        url: ['x.call_type', ['OUTBOUND']],
        upstream: [['call_type', ['OUTBOUND']]],
      },
      {
        name: 'x.called_count',
        act: type('Times lead called', '3'),
        url: ['x.called_count', ['3']],
        upstream: [['called_count', ['3']]],
      },
      {
        name: 'time preset',
        act: select('Time range', '24h'),
        url: ['since', ['now-24h']],
        upstream: [['start_time', /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/]],
      },
    ],
  },
];

async function openSource(sourceId: string): Promise<Page> {
  const page = await app.newPage();
  await page.goto(`${app.url}/logs?source=${sourceId}`);
  await page.locator('tr[data-log-key]').first().waitFor();
  return page;
}
const resultCount = async (page: Page) => (await page.getByTestId('result-count').textContent()) ?? '';

describe.each(CASES)('$sourceId: every filter set in the UI', ({ sourceId, listPath, steps }) => {
  it('lands in the URL and in the provider request as documented, one after the other', async () => {
    const page = await openSource(sourceId);
    const unfiltered = await resultCount(page);
    for (const step of steps) {
      await step.act(page);
      const [param, want] = step.url;
      await expect
        .poll(() => urlValues(page, param), { message: `${step.name}: URL ${param}` })
        .toSatisfy((got: string[]) =>
          typeof want === 'number'
            ? got.length === want
            : want instanceof RegExp
              ? got.length === 1 && want.test(got[0] ?? '')
              : JSON.stringify(got) === JSON.stringify(want),
        );
      const inUrl = urlValues(page, param);
      for (const [name, expected] of step.upstream) {
        const check = (got: string[] | undefined) =>
          expected === 'url'
            ? JSON.stringify(got) === JSON.stringify(inUrl) && inUrl.length > 0
            : expected instanceof RegExp
              ? got?.length === 1 && expected.test(got[0] ?? '')
              : JSON.stringify(got) === JSON.stringify(expected);
        await expect
          .poll(() => lastQuery(listPath)[name], { message: `${step.name}: upstream ${name}` })
          .toSatisfy(check);
      }
    }
    // Reset takes every filter off but keeps the source: the unfiltered result is back.
    await page.getByRole('button', { name: 'Reset' }).click();
    await expect.poll(() => [...new URL(page.url()).searchParams.keys()]).toEqual(['source']);
    await expect.poll(() => resultCount(page)).toBe(unfiltered);
  }, 180_000);
});

describe('the filter bar in Chromium', () => {
  it('a chip removes its value; Copy link copies the address; the range chip shows its instants', async () => {
    const page = await app.newPage();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url });
    await page.goto(`${app.url}/logs?source=sandbox-timepay&channel=sms&status=Failed&since=now-24h`);
    await page.locator('tr[data-log-key], [aria-label="Why there are no logs"]').first().waitFor();
    const chips = page.getByRole('list', { name: 'Active filters' });
    const time = chips.getByRole('button', { name: /Time: Last 24 hours/ });
    expect(await time.getAttribute('title')).toMatch(
      /^\d\d \w{3} \d{4} \d\d:\d\d – now \(Asia\/(Kolkata|Calcutta)\)$/,
    );
    await chips.getByRole('button', { name: /Status: Failed/ }).click();
    await expect.poll(() => urlValues(page, 'status')).toEqual([]);
    expect(urlValues(page, 'channel')).toEqual(['sms']);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Copied' }).count()).toBe(1);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    await page.screenshot({ path: 'test-results/filters-timepay.png' });
  }, 60_000);

  it("a picker whose provider searches (timepay's campaigns) asks it for what is typed, once typing pauses", async () => {
    const page = await openSource('sandbox-timepay');
    const searches = () =>
      sandbox()
        .requests.filter((r) => r.path === '/api/v1/campaigns')
        .map((r) => r.query.search?.[0] ?? '');
    await filters(page).getByRole('combobox', { name: 'Campaign', exact: true }).click();
    await page.getByRole('textbox', { name: 'Search campaign' }).pressSequentially('bucket', { delay: 20 });
    await expect.poll(searches).toContain('bucket');
    expect(searches().filter((s) => s !== '' && s !== 'bucket')).toEqual([]);
    const names = await page.getByRole('listbox').getByRole('option').allTextContents();
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((n) => /bucket/i.test(n))).toBe(true);
  }, 60_000);

  it('an empty result names its filters and clears them in one click', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}/logs?source=sandbox-salesfinity&q=zqxjvw&x.direction=inbound`);
    const summary = page.getByRole('region', { name: 'Why there are no logs' });
    await summary.waitFor();
    expect(await summary.textContent()).toMatch(/Search: zqxjvw.*Direction: Inbound/);
    await summary.getByRole('button', { name: 'Clear all filters' }).click();
    await expect.poll(() => [...new URL(page.url()).searchParams.keys()]).toEqual(['source']);
    await page.locator('tr[data-log-key]').first().waitFor();
    expect(await summary.count()).toBe(0);
  }, 60_000);
});
