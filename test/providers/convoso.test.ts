import { describe, expect, it } from 'vitest';
import type { ResolvedQuery } from '../../src/logs/log-query.ts';
import { ConvosoError, convosoAdapter as adapter } from '../../src/providers/convoso/index.ts';
import { STATUS_TABLE, mapStatus } from '../../src/providers/convoso/outcomes.ts';
import { clone, configuredSource, query, valid } from './adapter-kit.ts';
import { requestOf } from './request-of.ts';
// The seed's example response, verbatim except one mend: it has `"user_id": "9999999"",` (a stray quote,
// not JSON), read here as `"user_id": "9999999",`.
import logRetrieve from './fixtures/convoso/log-retrieve.json' with { type: 'json' };

const source = configuredSource('convoso', {
  id: 'callcenter',
  label: 'Call center',
  timeZone: 'America/Los_Angeles',
  defaultCountry: 'US',
});

const seedRecord = (): Record<string, unknown> =>
  clone(logRetrieve.data.results[0]) as Record<string, unknown>;
const pageOf = (results: unknown[], over: Record<string, unknown> = {}) => ({
  success: true,
  data: {
    offset: 0,
    limit: 100,
    total_found: String(results.length),
    entries: results.length,
    results,
    ...over,
  },
});
const listRequest = (q: ResolvedQuery, page = 1) => requestOf(adapter.listRequest(q, page, source, null));

describe('convoso: list normalization of the documented example', () => {
  it('normalizes the seed record, numbers as strings and an offset-less Los Angeles call_date', () => {
    const page = adapter.parseList(logRetrieve, source);
    expect(page).toMatchObject({ page: 1, pageSize: 100, total: 546, hasNext: true });
    const e = valid(page.entries[0]);
    expect(e).toMatchObject({
      channel: 'call',
      sourceId: 'callcenter',
      provider: 'convoso',
      id: '9999999999',
      direction: 'outbound',
      businessNumber: '+16059999999',
      customer: {
        name: 'First_Name Last_Name',
        phoneRaw: '9999999999',
        loanId: null,
        leadId: '99999999',
      },
      campaign: { id: '9999', name: 'Example Campaign' },
      agent: { id: '9999999', name: 'Example Agent' },
      status: 'completed',
      statusRaw: 'HU',
      outcome: 'answered',
      outcomeRaw: 'HU',
      disposition: { id: 'HU', name: 'Hang Up' },
      // 14:58:38 on 28 May 2025 in Los Angeles (PDT, UTC−7) is 21:58:38 UTC.
      startedAt: Date.UTC(2025, 4, 28, 21, 58, 38),
      endedAt: Date.UTC(2025, 4, 28, 21, 58, 59),
      durationSec: 21,
      transcript: null,
      summary: null,
      extracted: null,
    });
    expect(e.recordings).toEqual([
      {
        kind: 'url',
        id: '999999999999',
        url: logRetrieve.data.results[0]?.recording[0]?.public_url,
      },
    ]);
    expect(e.raw).toEqual(logRetrieve.data.results[0]);
  });

  it('reads a standard-time call_date with the winter offset', () => {
    const rec = { ...seedRecord(), call_date: '2026-01-15 09:00:00' };
    expect(valid(adapter.parseList(pageOf([rec]), source).entries[0]).startedAt).toBe(
      Date.UTC(2026, 0, 15, 17, 0, 0),
    );
  });

  it('accepts ids and counts sent as numbers, null queue fields and no recording key', () => {
    const rec = seedRecord();
    Object.assign(rec, { id: 12345, lead_id: 77, call_length: 0, called_count: 3, queue_seconds: '' });
    delete rec.recording;
    const e = valid(adapter.parseList(pageOf([rec]), source).entries[0]);
    expect(e).toMatchObject({ id: '12345', customer: { leadId: '77' }, durationSec: 0, recordings: [] });
  });

  it('takes the business number from number_dialed on inbound calls', () => {
    const rec = {
      ...seedRecord(),
      call_type: 'INBOUND',
      number_dialed: '8005550100',
      phone_number: '6055550142',
    };
    const e = valid(adapter.parseList(pageOf([rec]), source).entries[0]);
    expect(e).toMatchObject({
      direction: 'inbound',
      businessNumber: '+18005550100',
      customer: { phone: '+16055550142' },
    });
    const other = { ...seedRecord(), call_type: 'SOMETHING' };
    expect(valid(adapter.parseList(pageOf([other]), source).entries[0]).direction).toBe('unknown');
  });

  it('keeps several recordings, prefers public_url, falls back to src, drops non-http URLs', () => {
    const rec = seedRecord();
    rec.recording = [
      { recording_id: '1', src: 'https://a.example/src-1', public_url: 'https://a.example/pub-1' },
      { recording_id: '2', src: 'https://a.example/src-2', public_url: '' },
      { recording_id: '3', src: '/internal/path.mp3', public_url: 'javascript:alert(1)' },
      { recording_id: null, filename: 'f.mp3', src: null, public_url: 'HTTP://a.example/pub-4' },
    ];
    const e = valid(adapter.parseList(pageOf([rec]), source).entries[0]);
    expect(e.recordings).toEqual([
      { kind: 'url', id: '1', url: 'https://a.example/pub-1' },
      { kind: 'url', id: '2', url: 'https://a.example/src-2' },
      { kind: 'url', id: 'f.mp3', url: 'HTTP://a.example/pub-4' },
    ]);
  });

  it('derives a stable id when Convoso sends none', () => {
    const rec = seedRecord();
    delete rec.id;
    const a = valid(adapter.parseList(pageOf([rec]), source).entries[0]);
    const b = valid(
      adapter.parseList(pageOf([{ ...rec, status: 'SALE', call_length: '300' }]), source).entries[0],
    );
    expect(a.id).toMatch(/^h-[0-9a-f]{16}$/);
    expect(b.id).toBe(a.id);
    expect(adapter.lookupRequests?.(a.id)).toEqual([]);
  });

  it('keeps hostile strings as inert text', () => {
    const rec = {
      ...seedRecord(),
      first_name: '<script>alert(1)</script>',
      agent_comment: '<img src=x onerror=alert(1)>',
    };
    const e = valid(adapter.parseList(pageOf([rec]), source).entries[0]);
    expect(e.customer.name).toBe('<script>alert(1)</script> Last_Name');
    expect(e.summary).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('convoso: outcomes through one table', () => {
  it('maps the codes PROVIDERS.md names', () => {
    expect(mapStatus('HU')).toMatchObject({ status: 'completed', outcome: 'answered' });
    expect(mapStatus('NA')).toMatchObject({ status: 'no_contact', outcome: 'no_answer' });
    expect(mapStatus('AA')).toMatchObject({ status: 'no_contact', outcome: 'voicemail' });
    expect(mapStatus('CALLHU')).toMatchObject({ status: 'no_contact', outcome: 'cancelled' });
    expect(mapStatus('B')).toMatchObject({ status: 'no_contact', outcome: 'busy' });
    expect(mapStatus('DROP')).toMatchObject({ status: 'no_contact', outcome: 'cancelled' });
    expect(mapStatus('XFER')).toMatchObject({ status: 'completed', outcome: 'answered' });
    expect(mapStatus('A')).toMatchObject({ status: 'no_contact', outcome: 'voicemail' });
    expect(mapStatus('N')).toMatchObject({ status: 'no_contact', outcome: 'no_answer' });
    expect(mapStatus('DNC')).toMatchObject({ status: 'completed', outcome: 'answered' });
    expect(mapStatus('SALE')).toMatchObject({ status: 'completed', outcome: 'answered' });
    expect(mapStatus('CALLBK')).toMatchObject({ status: 'completed', outcome: 'answered' });
    expect(mapStatus('DC')).toMatchObject({ status: 'failed', outcome: 'failed' });
    expect(mapStatus(' xfer ')).toMatchObject({ status: 'completed', outcome: 'answered' });
    expect(new Set(STATUS_TABLE.map((r) => r.code)).size).toBe(STATUS_TABLE.length);
  });

  it('maps an unknown (custom) code to unknown, keeping the raw code and name', () => {
    const rec = { ...seedRecord(), status: 'APPSET', status_name: 'Appointment Set' };
    const e = valid(adapter.parseList(pageOf([rec]), source).entries[0]);
    expect(e).toMatchObject({
      status: 'unknown',
      outcome: 'unknown',
      statusRaw: 'APPSET',
      disposition: { id: 'APPSET', name: 'Appointment Set' },
    });
  });
});

describe('convoso: a bad record costs only its row', () => {
  it('isolates malformed records among good ones, with readable reasons', () => {
    const good = seedRecord();
    const page = adapter.parseList(
      pageOf([
        good,
        { ...good, call_length: 'abc' },
        { ...good, call_date: '0000-00-00 00:00:00' },
        { ...good, recording: 'none' },
        'not a record',
        { ...good, call_date: null },
        { ...good, id: '2' },
      ]),
      source,
    );
    const kinds = page.entries.map((e) => ('kind' in e ? `invalid: ${e.reason}` : 'ok'));
    expect(kinds).toEqual([
      'ok',
      'invalid: call_length: expected a number',
      "invalid: call_date: '0000-00-00 00:00:00' is not a date-time",
      expect.stringMatching(/^invalid: recording: .*expected array/),
      'invalid: not an object',
      'invalid: call_date: missing',
      'ok',
    ]);
    expect(page.entries[1]).toMatchObject({ kind: 'invalid', index: 1, sourceId: 'callcenter' });
  });

  it('fails the page only when the envelope itself is unreadable', () => {
    expect(() => adapter.parseList({ success: true, data: 'nope' }, source)).toThrow(/without a list/);
    expect(() => adapter.parseList('<html>', source)).toThrow();
    const empty = adapter.parseList({ success: true, data: { total_found: '0', results: [] } }, source);
    expect(empty).toMatchObject({ total: 0, hasNext: false, entries: [] });
  });

  it('counts hasNext from offset, entries and total_found', () => {
    const rec = seedRecord();
    const last = adapter.parseList(pageOf([rec], { offset: 545, total_found: '546' }), source);
    expect(last).toMatchObject({ page: 6, hasNext: false, total: 546 });
  });
});

describe('convoso: requests', () => {
  const at = (iso: string) => Date.parse(iso);

  it('produces every documented parameter of /log/retrieve from a query', () => {
    const req = listRequest(
      query({
        channels: ['call'],
        statuses: ['HU'],
        campaigns: ['9999'],
        agents: ['9999999'],
        phone: '+1 (605) 555-0142',
        sinceMs: at('2026-01-15T08:00:00Z'),
        untilMs: at('2026-01-16T07:59:59.999Z'),
        sort: { field: 'time', desc: true },
        extra: {
          id: ['9999999999'],
          lead_id: ['99999999'],
          queue_id: ['12'],
          list_id: ['99999'],
          number_dialed: ['(605) 555-0143'],
          first_name: ['Ada'],
          last_name: ['Lovelace'],
          call_type: ['outbound'],
          called_count: ['14'],
        },
      }),
      3,
    );
    expect(req).toEqual({
      path: '/v1/log/retrieve',
      params: [
        ['id', '9999999999'],
        ['lead_id', '99999999'],
        ['campaign_id', '9999'],
        ['queue_id', '12'],
        ['list_id', '99999'],
        ['user_id', '9999999'],
        ['status', 'HU'],
        ['phone_number', '6055550142'],
        ['number_dialed', '6055550143'],
        ['first_name', 'Ada'],
        ['last_name', 'Lovelace'],
        // Inclusive bounds to the second, offset-less in the source's zone (PST here).
        ['start_time', '2026-01-15 00:00:00'],
        ['end_time', '2026-01-15 23:59:59'],
        ['limit', '100'],
        ['offset', '200'],
        ['order', 'desc'],
        ['call_type', 'OUTBOUND'],
        ['called_count', '14'],
        ['include_recordings', '1'],
      ],
    });
    expect(req.params.some(([k]) => k === 'auth_token')).toBe(false);
  });

  it('asks oldest first for sort=time, newest first by default', () => {
    expect(listRequest(query({ sort: { field: 'time', desc: false } })).params).toContainEqual([
      'order',
      'asc',
    ]);
    // "Any time" sends explicit bounds: without them Convoso answers today only (PROVIDERS.md, live).
    expect(listRequest(query()).params).toEqual([
      ['start_time', '2000-01-01 00:00:00'],
      ['end_time', '2099-12-31 23:59:59'],
      ['limit', '100'],
      ['offset', '0'],
      ['order', 'desc'],
      ['include_recordings', '1'],
    ]);
  });

  it('writes summer times with the daylight offset', () => {
    const { params } = listRequest(query({ sinceMs: at('2026-07-01T07:00:00Z') }));
    expect(params).toContainEqual(['start_time', '2026-07-01 00:00:00']);
  });

  it('looks a log up by id with its recordings', () => {
    expect(adapter.lookupRequests?.('9999999999')).toEqual([
      {
        path: '/v1/log/retrieve',
        params: [
          ['id', '9999999999'],
          ['include_recordings', '1'],
        ],
      },
    ]);
    const found = adapter.parseLookup?.(logRetrieve, source);
    expect(found?.id).toBe('9999999999');
    expect(
      adapter.parseLookup?.({ success: false, code: 6033, text: 'No such call log' }, source),
    ).toBeNull();
    expect(() =>
      adapter.parseLookup?.({ success: false, code: 401, text: 'Invalid auth token' }, source),
    ).toThrow(ConvosoError);
  });

  it('asks /status/search for the status picker and labels codes by name', () => {
    const statuses = adapter.options.status;
    expect(statuses?.request('hang')).toEqual({ path: '/v1/status/search', params: [['query', 'hang']] });
    expect(
      statuses?.parse({
        success: true,
        data: [
          {
            status: 'HU',
            name: 'Hang Up',
            final: 'Y',
            reached: 'Y',
            success: 'N',
            dnc: 'N',
            callback: 'N',
            contact: 'Y',
            voicemail: 'N',
          },
          {
            status: 'NA',
            name: 'No Answer',
            final: 'N',
            reached: 'N',
            success: 'N',
            dnc: 'N',
            callback: 'N',
            contact: 'N',
            voicemail: 'N',
          },
          { status: '', name: 'broken' },
        ],
      }),
    ).toEqual([
      { value: 'HU', label: 'Hang Up (HU)', description: 'reached · contact · final' },
      { value: 'NA', label: 'No Answer (NA)' },
    ]);
    expect(statuses?.parse({ success: false })).toEqual([]);
  });
});

describe('convoso: deep pages past the 40,000 offset cap', () => {
  const plan = (page: number, total: number | null, desc = true) =>
    adapter.listRequest(query({ sort: { field: 'time', desc } }), page, source, total);
  const window = (p: ReturnType<typeof plan>) => {
    if ('outOfReach' in p) return p;
    const get = (k: string) => p.params.find(([n]) => n === k)?.[1];
    return {
      offset: Number(get('offset')),
      limit: Number(get('limit')),
      order: get('order'),
      reversed: p.reversed ?? false,
    };
  };

  it('reads normally up to offset 40,000 inclusive, whatever the total', () => {
    expect(window(plan(401, null))).toEqual({ offset: 40_000, limit: 100, order: 'desc', reversed: false });
    expect(window(plan(401, 1_000_000))).toMatchObject({ offset: 40_000, reversed: false });
  });

  it('is out of reach past the cap while the total is unknown', () => {
    const p = plan(402, null);
    expect(p).toEqual({ outOfReach: expect.stringMatching(/40,000 rows deep.*rows 40,101–40,200/) });
  });

  it('reads from the other end once the total is known', () => {
    // N = 50,000: page 402 is rows 40,100…40,199 newest first = rows 9,800…9,899 oldest first.
    expect(window(plan(402, 50_000))).toEqual({ offset: 9_800, limit: 100, order: 'asc', reversed: true });
    // The last, partial page: rows 49,900…49,949 of 49,950 newest first = the 50 oldest.
    expect(window(plan(500, 49_950))).toEqual({ offset: 0, limit: 50, order: 'asc', reversed: true });
    // Ascending sort flips to descending.
    expect(window(plan(402, 50_000, false))).toEqual({
      offset: 9_800,
      limit: 100,
      order: 'desc',
      reversed: true,
    });
  });

  it('reaches every row up to 2 × 40,000 + 2 × 100 rows, and says which rows it cannot reach past that', () => {
    const n = 80_200;
    for (let page = 1; page <= n / 100; page++) {
      const w = window(plan(page, n));
      expect('outOfReach' in w, `page ${page}`).toBe(false);
      if (!('outOfReach' in w)) {
        expect(w.offset).toBeLessThanOrEqual(40_000);
        expect(w.limit).toBeGreaterThanOrEqual(1);
        expect(w.limit).toBeLessThanOrEqual(100);
      }
    }
    expect(window(plan(402, n))).toEqual({ offset: 40_000, limit: 100, order: 'asc', reversed: true });
    const over = plan(402, n + 1);
    expect(over).toEqual({
      outOfReach: expect.stringMatching(/rows 40,101–40,200 of 80,201 are out of reach/),
    });
    expect(window(plan(403, n + 1))).toEqual({ offset: 39_901, limit: 100, order: 'asc', reversed: true });
    const big = plan(500, 200_000);
    expect(big).toEqual({ outOfReach: expect.stringMatching(/rows 40,101–159,900 of 200,000/) });
    expect(window(plan(1_600, 200_000))).toEqual({
      offset: 40_000,
      limit: 100,
      order: 'asc',
      reversed: true,
    });
    expect(plan(1_599, 200_000)).toHaveProperty('outOfReach');
  });

  it('says a page past the end is past the end', () => {
    expect(plan(600, 50_000)).toEqual({ outOfReach: 'Page 600 is past the last of 50,000 rows' });
  });

  it('covers each row exactly once across a whole deep result', () => {
    for (const n of [40_099, 40_100, 40_101, 40_199, 40_250, 61_234, 80_199, 80_200]) {
      const seen = new Uint8Array(n);
      const misplaced: string[] = [];
      for (let page = 1; page <= Math.ceil(n / 100); page++) {
        const w = window(plan(page, n));
        if ('outOfReach' in w) throw new Error(`n=${n} page ${page}: ${w.outOfReach}`);
        // Desc positions the page holds, in the order the table shows them after reversal.
        const rows = w.reversed
          ? Array.from({ length: w.limit }, (_, k) => n - 1 - (w.offset + k)).reverse()
          : Array.from({ length: Math.min(w.limit, n - w.offset) }, (_, k) => w.offset + k);
        // One assertion per result, not per row: 440,000 expect() calls made this test CPU-bound.
        rows.forEach((r, k) => {
          if (r !== (page - 1) * 100 + k) misplaced.push(`n=${n} page ${page} row ${k}: position ${r}`);
          seen[r] = (seen[r] ?? 0) + 1;
        });
      }
      expect(misplaced.slice(0, 5)).toEqual([]);
      expect(
        seen.every((s) => s === 1),
        `n=${n}`,
      ).toBe(true);
    }
  });
});

describe('convoso: filters it cannot apply are reported, not dropped silently', () => {
  it('reports several values, disposition, from, free text, other sorts and bad or unknown x. filters', () => {
    const q = query({
      statuses: ['HU', 'NA'],
      campaigns: ['1', '2'],
      agents: ['7', '8'],
      dispositions: ['Hang Up'],
      from: '+18005550100',
      phone: 'abc',
      q: 'refund',
      sort: { field: 'duration', desc: true },
      extra: { called_count: ['many'], list_id: ['1', '2'], call_type: ['IN BOUND'], bogus: ['1'] },
    });
    expect(adapter.unapplied(q)).toEqual([
      { filter: 'status', reason: 'Convoso filters by one status at a time; showing all statuses' },
      { filter: 'campaign', reason: 'Convoso filters by one campaign at a time; showing all campaigns' },
      { filter: 'agent', reason: 'Convoso filters by one agent at a time; showing all agents' },
      { filter: 'disposition', reason: "Convoso's status is its disposition: use Status" },
      { filter: 'phone', reason: "'abc' has no digits to search by" },
      {
        filter: 'from',
        reason: 'Convoso cannot filter by the caller ID shown; use Number dialed for inbound calls',
      },
      { filter: 'q', reason: 'Convoso has no free-text search' },
      { filter: 'sort', reason: 'Convoso sorts by call time only (newest or oldest first)' },
      { filter: 'x.called_count', reason: "Times lead called: 'many' is not a whole number" },
      { filter: 'x.list_id', reason: 'Convoso filters by one list id at a time' },
      { filter: 'x.call_type', reason: "Call type: 'IN BOUND' is not a call type" },
      { filter: 'x.bogus', reason: "Convoso has no filter 'bogus'" },
    ]);
    // Exactly those are left out; an unapplied sort reads newest first.
    expect(listRequest(q).params).toEqual([
      ['start_time', '2000-01-01 00:00:00'],
      ['end_time', '2099-12-31 23:59:59'],
      ['limit', '100'],
      ['offset', '0'],
      ['order', 'desc'],
      ['include_recordings', '1'],
    ]);
  });

  it('needs no warning for either time order', () => {
    expect(adapter.unapplied(query({ sort: { field: 'time', desc: false } }))).toEqual([]);
    expect(adapter.unapplied(query({ sort: { field: 'time', desc: true } }))).toEqual([]);
  });

  it('declares its capabilities: calls, 100 a page, sort by time, twenty parameters reachable', () => {
    const c = adapter.capabilities;
    expect(c.channels).toEqual(['call']);
    expect(c.pageSizes).toEqual([100]);
    expect(c.sortFields).toEqual(['time']);
    expect(c.extraFilters.map((f) => f.name)).toEqual([
      'id',
      'lead_id',
      'list_id',
      'queue_id',
      'number_dialed',
      'first_name',
      'last_name',
      'call_type',
      'called_count',
    ]);
    expect(c.extraFilters.find((f) => f.name === 'call_type')?.values?.map((v) => v.value)).toEqual([
      'INBOUND',
      'OUTBOUND',
      'MANUAL',
      '3WAY',
    ]);
    expect(c.knownValues?.status?.find((o) => o.value === 'HU')?.label).toBe('Hang Up (HU)');
  });
});

describe('convoso: errors in its own words', () => {
  const cases: Array<[number, unknown, RegExp, number]> = [
    [
      200,
      { success: false, code: 401, text: 'Invalid auth token' },
      /auth_token.*Invalid auth token.*credentials\.authToken/,
      401,
    ],
    [200, { success: false, code: '403', text: 'Access denied' }, /auth_token.*Access denied/, 403],
    [
      200,
      { success: false, code: 6031, text: 'Invalid date format' },
      /date: Invalid date format \(code 6031\).*YYYY-MM-DD HH:MM:SS/,
      400,
    ],
    [
      200,
      { success: false, code: 6033, text: 'No such call log' },
      /no such call log: No such call log/,
      404,
    ],
    [
      200,
      { success: false, code: 7231, text: 'Invalid offset' },
      /offset: Invalid offset.*40,000 rows deep/,
      400,
    ],
    [
      200,
      { success: false, code: 7258, text: 'Invalid limit' },
      /page size: Invalid limit.*between 1 and 500/,
      400,
    ],
  ];

  it('maps each documented error that comes inside a 200 body, and throws it from parseList', () => {
    for (const [, body, message, status] of cases) {
      const info = adapter.errorInBody?.(body);
      expect(info?.status).toBe(status);
      expect(info?.message).toMatch(message);
      expect(info?.details).toEqual([(body as { text: string }).text]);
      expect(() => adapter.parseList(body, source)).toThrow(message);
    }
    expect(adapter.errorInBody?.(logRetrieve)).toBeNull();
  });

  it('maps the same bodies on a 4xx, and the statuses around them', () => {
    for (const [, body, message] of cases) {
      const s = cases.find((c) => c[1] === body)?.[3] ?? 400;
      expect(adapter.parseError(s, body).message).toMatch(message);
    }
    expect(adapter.parseError(401, null).message).toMatch(/rejected the auth_token/);
    expect(adapter.parseError(429, { success: false, code: 429, text: 'Too many requests' }).message).toMatch(
      /limiting the request rate/,
    );
    expect(adapter.parseError(500, { success: false, code: 500, text: 'Internal error' })).toEqual({
      status: 500,
      message: 'Convoso had an internal error: Internal error (code 500)',
      details: ['Internal error'],
    });
    expect(adapter.parseError(502, '<html>bad gateway</html>').message).toMatch(/could not be reached/);
    expect(adapter.parseError(418, { success: false, code: 9999, text: 'Odd' }).message).toBe(
      'Convoso answered error 9999: Odd (code 9999)',
    );
  });
});
