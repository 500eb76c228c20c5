import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SourceInfo } from '../../../src/logs/source.ts';
import { salesfinityAdapter } from '../../../src/providers/salesfinity/index.ts';
import {
  NOW,
  startSalesfinity,
  type CallLog,
  type CallLogPage,
  type SalesfinityHarness,
} from './salesfinity-harness.ts';

let sf: SalesfinityHarness;
let quirks: {
  malformed: Array<{ position: number }>;
  hostile: unknown[];
  missingRecordings: Array<{ call_id: string }>;
};

beforeAll(async () => {
  sf = await startSalesfinity();
  quirks = (await sf.json<{ salesfinity: typeof quirks }>('/__sandbox/quirks')).body.salesfinity;
});
afterAll(() => sf.close());

const L = '/v1/call-log';

/** Every record of a filtered listing (100 per page), for assertions over all matches. */
async function every(query: string): Promise<{ total: number; records: CallLog[] }> {
  const first = (await sf.json(`${L}?limit=100&${query}`)).body;
  const records = [...first.data];
  for (let p = 2; p <= Math.min(first.pagination.pages, 80); p++)
    records.push(...(await sf.json(`${L}?limit=100&page=${p}&${query}`)).body.data);
  return { total: first.pagination.total, records };
}

const total = async (query: string): Promise<number> =>
  (await sf.json(`${L}?limit=1&${query}`)).body.pagination.total;

describe('auth and errors', () => {
  it('answers 401 without or with a wrong x-api-key', async () => {
    const variants: Array<Record<string, string>> = [
      {},
      { 'x-api-key': 'nope' },
      { authorization: `Bearer ${sf.emulator.credentials.apiKey}` },
    ];
    for (const headers of variants) {
      const res = await sf.get(L, headers);
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({
        statusCode: 401,
        message: 'Invalid API key',
        error: 'Unauthorized',
      });
    }
  });

  it('lists every validation problem in one 400', async () => {
    const { status, body } = await sf.json<{ statusCode: number; message: string[]; error: string }>(
      `${L}?limit=500&page=0&sort=-name&filters[outcome]=voicemail&filters[min_duration]=-1&filters[has_recording]=yes&filters[start_date]=yesterday&filters[disposition_ids][]=abc`,
    );
    expect(status).toBe(400);
    expect(body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: [
        'limit must not be greater than 100',
        'page must not be less than 1',
        expect.stringMatching(/^sort must be one of the following values: createdAt, -createdAt/),
        'filters.start_date must be a valid ISO 8601 date string',
        'each value in filters.disposition_ids must be a number conforming to the specified constraints',
        'filters.outcome must be one of the following values: answered, no-answer, cancelled',
        'filters.min_duration must not be less than 0',
        'filters.has_recording must be a boolean value',
      ],
    });
  });

  it('owns only its own paths', () => {
    expect(sf.emulator.owns('/v1/call-log')).toBe(true);
    expect(sf.emulator.owns('/v1/sequences/abc')).toBe(true);
    expect(sf.emulator.owns('/v1/log/retrieve')).toBe(false);
    expect(sf.emulator.owns('/api/v1/logs')).toBe(false);
  });
});

describe('GET /v1/call-log: pagination and order', () => {
  it('defaults to 10 newest createdAt first, with total and pages', async () => {
    const { body } = await sf.json(L);
    expect(body.data).toHaveLength(10);
    expect(body.pagination).toEqual({ total: 6000, page: 1, limit: 10, pages: 600 });
    const t = body.data.map((r) => Date.parse(String(r.createdAt)));
    expect([...t].sort((a, b) => b - a)).toEqual(t);
    expect(Math.max(...t)).toBeLessThanOrEqual(NOW);
  });

  it('pages by limit and page, and answers an empty page past the end', async () => {
    const p2 = (await sf.json(`${L}?limit=50&page=2`)).body;
    const big = (await sf.json(`${L}?limit=100`)).body;
    expect(p2.data.map((r) => r._id)).toEqual(big.data.slice(50).map((r) => r._id));
    const past = (await sf.json(`${L}?limit=100&page=999`)).body;
    expect(past.data).toEqual([]);
    expect(past.pagination).toEqual({ total: 6000, page: 999, limit: 100, pages: 60 });
  });

  it('sorts by createdAt ascending and by duration', async () => {
    const asc = (await sf.json(`${L}?sort=createdAt`)).body.data.map((r) => Date.parse(String(r.createdAt)));
    expect([...asc].sort((a, b) => a - b)).toEqual(asc);
    const longest = (await sf.json(`${L}?sort=-duration&limit=20`)).body.data.map((r) => Number(r.duration));
    expect([...longest].sort((a, b) => b - a)).toEqual(longest);
    expect(longest[0]).toBeGreaterThan(600);
  });

  it('is deterministic for a seed, and another seed gives other data', async () => {
    const a = await (await sf.get(`${L}?limit=100`)).text();
    expect(await (await sf.get(`${L}?limit=100`)).text()).toBe(a);
    const other = await startSalesfinity(6000, 7);
    try {
      expect((await other.json(L)).body.data[0]?._id).not.toBe((await sf.json(L)).body.data[0]?._id);
    } finally {
      await other.close();
    }
  });

  it('spreads calls over 90 days, in US business hours on weekdays', async () => {
    const { records } = await every('');
    const times = records.map((r) => Date.parse(String(r.createdAt)));
    expect(Math.min(...times)).toBeGreaterThanOrEqual(NOW - 90 * 86_400_000);
    // 13:00–02:00 UTC covers 8:00–18:00 from New York to Los Angeles.
    const inHours = times.filter((t) => {
      const h = new Date(t).getUTCHours();
      return h >= 12 || h <= 2;
    });
    expect(inHours.length / times.length).toBeGreaterThan(0.97);
    const weekend = times.filter((t) => [0, 6].includes(new Date(t - 6 * 3_600_000).getUTCDay()));
    expect(weekend.length / times.length).toBeLessThan(0.05);
    const numbers = records.map((r) => String(r.direction === 'inbound' ? r.from : r.to));
    expect(numbers.every((n) => /^\+(1\d{10}|44\d{10})$/.test(n))).toBe(true);
    expect(numbers.some((n) => n.startsWith('+44'))).toBe(true);
  });
});

describe('GET /v1/call-log: every documented filter', () => {
  it('filters by start_date and end_date (ISO instants and dates, inclusive)', async () => {
    const since = '2026-01-12T00:00:00.000Z';
    const until = '2026-01-13T23:59:59.999Z';
    const { total: n, records } = await every(`filters[start_date]=${since}&filters[end_date]=${until}`);
    expect(n).toBeGreaterThan(0);
    for (const r of records) {
      const t = Date.parse(String(r.createdAt));
      expect(t).toBeGreaterThanOrEqual(Date.parse(since));
      expect(t).toBeLessThanOrEqual(Date.parse(until));
    }
    expect(await total('filters[start_date]=2026-01-12&filters[end_date]=2026-01-13')).toBe(n);
  });

  it.each([
    ['outcome', 'answered', (r: CallLog) => r.outcome === 'answered'],
    ['outcome', 'no-answer', (r: CallLog) => r.outcome === 'no-answer'],
    ['outcome', 'cancelled', (r: CallLog) => r.outcome === 'cancelled'],
    ['direction', 'inbound', (r: CallLog) => r.direction === 'inbound'],
    ['answered_by', 'machine_start', (r: CallLog) => r.answered_by === 'machine_start'],
    ['has_recording', 'false', (r: CallLog) => r.recording_url === null],
    ['is_completed', 'false', (r: CallLog) => r.is_completed === false],
    ['min_duration', '600', (r: CallLog) => Number(r.duration) >= 600],
    ['max_duration', '0', (r: CallLog) => r.duration === 0],
  ])('filters[%s]=%s keeps only matching calls', async (name, value, matches) => {
    const { total: n, records } = await every(`filters[${name}]=${value}`);
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(6000);
    // The malformed records say "abc" for their duration but are filtered by the true one.
    expect(records.filter((r) => r.duration !== 'abc').every(matches)).toBe(true);
  });

  it('partitions by outcome', async () => {
    const parts = await Promise.all(
      ['answered', 'no-answer', 'cancelled'].map((o) => total(`filters[outcome]=${o}`)),
    );
    expect(parts.reduce((a, b) => a + b, 0)).toBe(6000);
  });

  it('filters by disposition ids (any of) and to positive ones only', async () => {
    const { records } = await every('filters[disposition_ids][]=1&filters[disposition_ids][]=11');
    expect(new Set(records.map((r) => r.disposition?.internal_id))).toEqual(new Set([1, 11]));
    const positive = await every('filters[exclude_negative_dispositions]=true');
    expect(new Set(positive.records.map((r) => r.disposition?.internal_id))).toEqual(
      new Set([1, 4, 6, 7, 8, 15]),
    );
  });

  it('filters by users, contact lists and sequences, one bracket pair per value', async () => {
    const team = (await sf.json<{ users: Array<{ user: { _id: string } }> }>('/v1/team')).body.users;
    const [a, b] = [team[0]?.user._id, team[1]?.user._id];
    const { records } = await every(`filters[user_ids][]=${a}&filters[user_ids][]=${b}`);
    expect(new Set(records.map((r) => r.user._id))).toEqual(new Set([a, b]));
    const lists = (
      await sf.json<{ data: Array<{ _id: string; total_contacts: number }> }>('/v1/contact-lists/csv?limit=100')
    ).body.data;
    const byList = await every(`filters[contact_list_ids][]=${lists[2]?._id}`);
    expect(byList.total).toBeGreaterThan(0);
    expect(byList.records.every((r) => (r.contact_list as { _id: string })._id === lists[2]?._id)).toBe(true);
    const sequences = (
      await sf.json<{ data: Array<{ id: string; total_calls: number }> }>('/v1/sequences?limit=100')
    ).body.data;
    const s = sequences[1];
    expect(await total(`filters[sequences][]=${s?.id}`)).toBe(s?.total_calls);
    expect(await total('filters[sequences][]=seq_unknown')).toBe(0);
  });

  it('filters by caller and called numbers, E.164 or national', async () => {
    const first = (await sf.json(`${L}?filters[direction]=outbound`)).body.data[0];
    const to = String(first?.to);
    const byTo = await every(`filters[to][]=${encodeURIComponent(to)}`);
    expect(byTo.total).toBeGreaterThan(0);
    expect(byTo.records.every((r) => r.to === to)).toBe(true);
    const from = String(first?.from);
    const byFrom = await every(`filters[from][]=${encodeURIComponent(from)}&filters[direction]=outbound`);
    expect(byFrom.records.every((r) => r.from === from)).toBe(true);
    if (from.startsWith('+1'))
      expect(await total(`filters[from][]=${from.slice(2)}&filters[direction]=outbound`)).toBe(byFrom.total);
  });

  it('searches contact name, company and phone numbers', async () => {
    const r = (await sf.json(`${L}?limit=30`)).body.data.find(
      (x) => typeof x.contact === 'object' && x.contact.last_name !== undefined,
    );
    const name = `${r?.contact.first_name} ${r?.contact.last_name}`;
    const byName = await every(`filters[search]=${encodeURIComponent(name.toUpperCase())}`);
    expect(
      byName.records.every((x) =>
        `${x.contact.first_name} ${x.contact.last_name}`.toLowerCase().includes(name.toLowerCase()),
      ),
    ).toBe(true);
    const company = String(r?.contact.company);
    expect(
      (await every(`filters[search]=${encodeURIComponent(company)}`)).records.every(
        (x) => x.contact.company === company,
      ),
    ).toBe(true);
    const digits = String(r?.contact.phone).slice(-7);
    const byPhone = await every(`filters[search]=${digits}`);
    expect(byPhone.records.some((x) => x._id === r?._id)).toBe(true);
  });
});

describe('records, quirks and the adapter round trip', () => {
  it('carries the documented fields and public recording URLs on the request host', async () => {
    const { body } = await sf.json(`${L}?filters[has_recording]=true&filters[answered_by]=human&limit=5`);
    const r = body.data.find((x) => x.transcription !== null && typeof x.contact === 'object');
    expect(Object.keys(r ?? {}).sort()).toEqual(
      [
        '_id',
        'call_id',
        'outcome',
        'direction',
        'answered_by',
        'duration',
        'to',
        'from',
        'disposition',
        'contact',
        'contact_list',
        'user',
        'recording_url',
        'notes',
        'transcription',
        'summary',
        'is_completed',
        'started_at',
        'ended_at',
        'createdAt',
        'updatedAt',
      ].sort(),
    );
    expect(String(body.data.find((x) => x.recording_url !== 'javascript:alert(1)')?.recording_url)).toMatch(
      new RegExp(`^${sf.url}/salesfinity-media/recordings/CA[0-9a-f]{32}\\.wav$`),
    );
  });

  it('plants hostile strings on page 1, malformed records, and missing recordings', async () => {
    expect(quirks.hostile).toHaveLength(4);
    expect(quirks.malformed.length).toBe(3);
    expect(quirks.missingRecordings.length).toBeGreaterThan(0);
    const page = (await sf.json(`${L}?limit=50`)).body.data;
    const text = JSON.stringify(page);
    for (const s of [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      'javascript:alert(1)',
      '\u202E',
    ])
      expect(text).toContain(s);
  });

  it('parses every page through the adapter with no invalid records but the planted ones', async () => {
    const source: SourceInfo = {
      id: 'sf',
      provider: 'salesfinity',
      label: 'sf',
      timeZone: 'UTC',
      defaultCountry: 'US',
      sandbox: true,
    };
    const invalid: number[] = [];
    for (let p = 1; p <= 60; p++) {
      const page = salesfinityAdapter.parseList((await sf.json(`${L}?limit=100&page=${p}`)).body, source);
      expect(page.total).toBe(6000);
      page.entries.forEach((e, k) => {
        if ('kind' in e) invalid.push((p - 1) * 100 + k);
      });
      if (p === 1) {
        const hostile = page.entries[14];
        expect(hostile && !('kind' in hostile) ? hostile.recordings : null).toEqual([]);
        const withText = page.entries.find((e) => !('kind' in e) && e.transcript !== null);
        expect(withText && !('kind' in withText) && withText.transcript?.kind).toBe('text');
      }
    }
    expect(invalid).toEqual(quirks.malformed.map((m) => m.position));
  });

  it('answers what the adapter asks for a query', async () => {
    const source: SourceInfo = {
      id: 'sf',
      provider: 'salesfinity',
      label: 'sf',
      timeZone: 'UTC',
      defaultCountry: 'US',
      sandbox: true,
    };
    const req = salesfinityAdapter.listRequest(
      {
        sources: [],
        channels: ['call'],
        statuses: ['answered'],
        dispositions: ['1', '6'],
        campaigns: [],
        agents: [],
        phone: null,
        from: null,
        q: null,
        sinceMs: NOW - 30 * 86_400_000,
        untilMs: NOW,
        sort: { field: 'duration', desc: true },
        extra: { has_recording: ['true'], min_duration: ['60'] },
      },
      1,
      source,
      null,
    );
    if ('outOfReach' in req) throw new Error('out of reach');
    const qs = new URLSearchParams(req.params).toString();
    const { status, body } = await sf.json<CallLogPage>(`${req.path}?${qs}`);
    expect(status).toBe(200);
    const page = salesfinityAdapter.parseList(body, source);
    expect(page.pageSize).toBe(50);
    expect(page.total).toBeGreaterThan(0);
    for (const e of page.entries) {
      if ('kind' in e) continue;
      expect(['1', '6']).toContain(e.disposition.id);
      expect(e.durationSec).toBeGreaterThanOrEqual(60);
    }
  });
});
