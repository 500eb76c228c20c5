import { describe, expect, it } from 'vitest';
import { emptyQuery } from '../../src/logs/log-query.ts';
import type { LogQuery } from '../../src/logs/log-query.ts';
import { logQuerySchema } from '../../src/logs/query-schema.ts';
import {
  isRelativeTime,
  parseSearchParams,
  resolveQuery,
  resolveTime,
  serializeQuery,
} from '../../src/logs/url-codec.ts';
// The sandbox's seeded PRNG, so fuzz failures reproduce.
import { mulberry32 as prng } from '../../src/server/sandbox/prng.ts';
import { FUZZ_PARAM_NAMES } from './url-param-names.ts';

const parse = (qs: string) => parseSearchParams(new URLSearchParams(qs));
const q = (over: Partial<LogQuery>): LogQuery => ({ ...emptyQuery, extra: {}, ...over });

const VALID: LogQuery[] = [
  q({}),
  q({ sources: ['collections'] }),
  q({ sources: ['all'] }),
  q({ sources: ['all'], dispositions: ['Promise to Pay'], unapplied: 'include' }),
  q({ sources: ['collections', 'sales'], channels: ['call', 'whatsapp'] }),
  q({ statuses: ['No Contact', 'Completed'], dispositions: ['Promise to Pay'] }),
  q({ campaigns: ['tcELESaJAtDfnWxJvzLU'], agents: ['lGJVyhgvayGDtfsfdfdf', 'a b'] }),
  q({ phone: '9999999999', from: '+918035450808', q: 'EMI ₹12,500 & "promise"' }),
  q({ since: 'now-24h', until: 'now' }),
  q({ since: 'now-7d/d', until: 'now/d' }),
  q({ since: 'now-15m', until: 'now+1h' }),
  q({ since: 'now-1M/M', until: 'now-1y/y' }),
  q({ since: 'now-2w/w', until: 'now-30s/s' }),
  q({ since: '2026-01-17T00:00:00Z', until: '2026-01-17T23:59:59.999+05:30' }),
  q({ since: '2026-01-17T00:00:00-08:00' }),
  q({ sort: { field: 'time', desc: true } }),
  q({ sort: { field: 'duration', desc: false } }),
  q({ columns: ['time', 'customer', 'status', 'outcome'] }),
  q({ log: 'collections:KjbdfYCefvutafHGCDhgfhgafhdyfyg' }),
  q({ log: 'collections:h-0123456789abcdef' }),
  q({ extra: { list_id: ['12'] } }),
  q({ extra: { list_id: ['12', '13'], queue_id: ['7'], 'call.type': ['OUTBOUND'] } }),
  q({ q: 'नमस्ते', statuses: ['مرحبا'], phone: '+1 (415) 555-0100' }),
  q({
    sources: ['callcenter'],
    channels: ['sms'],
    statuses: ['HU'],
    dispositions: ['Voicemail'],
    campaigns: ['1'],
    agents: ['2'],
    phone: '8888889956',
    from: '+918888888888',
    q: 'x',
    since: 'now-1d/d',
    until: 'now-1d/d',
    sort: { field: 'time', desc: false },
    columns: ['a', 'b.c', 'd-e'],
    log: 'a:b:c',
    extra: { list_id: ['12'] },
  }),
];

describe('url codec: round trip', () => {
  it.each(VALID.map((query, i) => [i, query] as const))(
    'query %i survives serialize → parse unchanged',
    (_i, query) => {
      const { query: back, problems } = parseSearchParams(serializeQuery(query));
      expect(problems).toEqual([]);
      expect(back).toEqual(query);
    },
  );

  it('serializes in one canonical order whatever the order of the URL', () => {
    const a = parse('until=now&x.b=2&phone=1&source=s&x.a=1&channel=call');
    const b = parse('channel=call&x.a=1&source=s&phone=1&x.b=2&until=now');
    expect(serializeQuery(a.query).toString()).toBe(serializeQuery(b.query).toString());
    expect(serializeQuery(a.query).toString()).toBe('source=s&channel=call&phone=1&until=now&x.a=1&x.b=2');
  });

  it('writes the parameters of DESIGN.md', () => {
    const s = serializeQuery(
      q({
        sources: ['all'],
        channels: ['whatsapp'],
        since: 'now-24h',
        sort: { field: 'time', desc: true },
        columns: ['a', 'b'],
        log: 's:1',
      }),
    ).toString();
    expect(s).toBe('source=all&channel=whatsapp&since=now-24h&sort=-time&cols=a%2Cb&log=s%3A1');
  });

  it('keeps a pasted + in an offset or relative time (URLs turn + into a space)', () => {
    const { query, problems } = parse('since=2026-01-17T00:00:00+05:30&until=now+1d');
    expect(problems).toEqual([]);
    expect(query.since).toBe('2026-01-17T00:00:00+05:30');
    expect(query.until).toBe('now+1d');
  });

  it('de-duplicates repeated values and lets source=all stand alone', () => {
    const { query, problems } = parse(
      'status=Failed&status=Failed&channel=call&channel=CALL&source=a&source=all',
    );
    expect(problems).toEqual([]);
    expect(query.statuses).toEqual(['Failed']);
    expect(query.channels).toEqual(['call']);
    expect(query.sources).toEqual(['all']);
  });

  it('trims values', () => {
    expect(parse('status=%20Completed%20').query.statuses).toEqual(['Completed']);
  });
});

describe('url codec: bad parameters are dropped with a reason', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['foo=1', 'foo', /unknown parameter 'foo'/],
    ['channel=email', 'channel', /'email' is not a channel \(call, whatsapp, sms\)/],
    ['status=', 'status', /empty value/],
    ['campaign=%20%20', 'campaign', /empty value/],
    [`q=${'a'.repeat(201)}`, 'q', /longer than 200 characters/],
    ['agent=a%00b', 'agent', /control characters/],
    ['since=yesterday', 'since', /is not a time/],
    ['since=2026-01-17T00:00:00', 'since', /has no offset/],
    ['until=2026-02-30T00:00:00Z', 'until', /is not a time/],
    ['until=now-5x', 'until', /is not a time/],
    ['sort=--time', 'sort', /is not a sort/],
    ['cols=a,%3Cscript%3E', 'cols', /is not a column id/],
    ['log=nokey', 'log', /is not a log key/],
    ['x.=1', 'x.', /needs a filter name/],
    ['x.a%20b=1', 'x.a b', /needs a filter name/],
    ['phone=1&phone=2', 'phone', /only one 'phone' is used/],
    ['x.__proto__=1', 'x.__proto__', /reserved name/],
    ['unapplied=keep', 'unapplied', /'keep' is not a choice here \(only 'include'\)/],
  ];
  it.each(cases)('%s', (qs, param, reason) => {
    const { query, problems } = parse(qs);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.param).toBe(param);
    expect(problems[0]?.reason).toMatch(reason);
    expect(logQuerySchema.safeParse(query).success).toBe(true);
  });

  it('keeps the valid values beside the dropped ones', () => {
    const { query, problems } = parse('channel=call&channel=email&channel=sms&since=bad&until=now');
    expect(query.channels).toEqual(['call', 'sms']);
    expect(query.since).toBeNull();
    expect(query.until).toBe('now');
    expect(problems.map((p) => p.param)).toEqual(['channel', 'since']);
  });

  it('keeps at most 50 values of a parameter and says how many it dropped', () => {
    const params = new URLSearchParams();
    for (let i = 0; i < 60; i++) params.append('agent', `a${i}`);
    const { query, problems } = parseSearchParams(params);
    expect(query.agents).toHaveLength(50);
    expect(problems).toEqual([{ param: 'agent', value: '', reason: 'more than 50 values: 10 dropped' }]);
  });

  it('bounds the list of problems and clips long values in it', () => {
    const params = new URLSearchParams();
    for (let i = 0; i < 500; i++) params.append(`junk${i}`, 'v'.repeat(10_000));
    const { problems } = parseSearchParams(params);
    expect(problems).toHaveLength(51);
    expect(problems.at(-1)?.reason).toBe('and 450 more problems');
    expect(problems[0]?.value.length).toBeLessThanOrEqual(81);
  });
});

describe('url codec: fuzz', () => {
  const NAMES = FUZZ_PARAM_NAMES;
  const PIECES = [
    'call',
    'whatsapp',
    'sms',
    'all',
    'now',
    'now-',
    '24h',
    '/d',
    '-',
    ',',
    ':',
    ' ',
    '+',
    '%',
    '\u0000',
    '<script>alert(1)</script>',
    'javascript:alert(1)',
    'नमस्ते',
    'مرحبا',
    '\u202e',
    '2026-01-17T00:00:00',
    'Z',
    '+05:30',
    '9999999999',
    '🙂',
    '\uD800',
    'a'.repeat(150),
  ];

  function randomString(rnd: () => number): string {
    let s = '';
    const n = Math.floor(rnd() * 5);
    for (let i = 0; i < n; i++) {
      s +=
        rnd() < 0.7
          ? (PIECES[Math.floor(rnd() * PIECES.length)] ?? '')
          : String.fromCharCode(Math.floor(rnd() * 0xffff));
    }
    return s;
  }

  it('never throws on 2,000 random URLs and always yields a valid, stable query', () => {
    const rnd = prng(20260117);
    for (let i = 0; i < 2_000; i++) {
      const params = new URLSearchParams();
      const n = Math.floor(rnd() * 12);
      for (let k = 0; k < n; k++) {
        const name = rnd() < 0.85 ? (NAMES[Math.floor(rnd() * NAMES.length)] ?? '') : randomString(rnd);
        params.append(name, randomString(rnd));
      }
      // Also raw query strings with broken escapes.
      const raw =
        rnd() < 0.2 ? new URLSearchParams(`${randomString(rnd)}=%E0%A4%A&%ZZ=${randomString(rnd)}`) : params;
      const { query, problems } = parseSearchParams(raw);
      expect(logQuerySchema.safeParse(query).error).toBeUndefined();
      for (const p of problems) expect(typeof p.reason).toBe('string');
      // serialize ∘ parse is idempotent, and parse ∘ serialize is the identity on what parse produced.
      const once = serializeQuery(query);
      const again = parseSearchParams(once);
      expect(again.problems).toEqual([]);
      expect(again.query).toEqual(query);
      expect(serializeQuery(again.query).toString()).toBe(once.toString());
    }
  });
});

describe('relative and absolute times', () => {
  const now = Date.UTC(2026, 0, 17, 8, 33, 36); // 14:03:36 in Asia/Kolkata

  it('recognizes relative expressions', () => {
    for (const e of [
      'now',
      'now-15m',
      'now-24h',
      'now-7d',
      'now/d',
      'now-1d/d',
      'now-1w/w',
      'now-1M',
      'now-1y',
      'now-30s',
    ])
      expect(isRelativeTime(e)).toBe(true);
    for (const e of ['now-', 'now-1', 'now/x', 'today', '2026-01-17T00:00:00Z', 'now-1d/d/d'])
      expect(isRelativeTime(e)).toBe(false);
  });

  it('resolves against the clock', () => {
    expect(resolveTime('now', now, 'UTC')).toBe(now);
    expect(resolveTime('now-15m', now, 'UTC')).toBe(now - 15 * 60_000);
    expect(resolveTime('now-24h', now, 'UTC')).toBe(now - 86_400_000);
    expect(resolveTime('now-7d', now, 'UTC')).toBe(now - 7 * 86_400_000);
    expect(resolveTime('2026-01-17T00:00:00+05:30', now, 'UTC')).toBe(Date.UTC(2026, 0, 16, 18, 30));
    expect(resolveTime('garbage', now, 'UTC')).toBeNull();
  });

  it('rounds now/d to the start of the day in the given zone', () => {
    expect(resolveTime('now/d', now, 'Asia/Kolkata')).toBe(Date.UTC(2026, 0, 16, 18, 30));
    expect(resolveTime('now/d', now, 'UTC')).toBe(Date.UTC(2026, 0, 17));
    expect(resolveTime('now/d', now, 'America/Los_Angeles')).toBe(Date.UTC(2026, 0, 17, 8));
    expect(resolveTime('now-1d/d', now, 'Asia/Kolkata')).toBe(Date.UTC(2026, 0, 15, 18, 30));
    // Weeks start on Monday: 2026-01-17 is a Saturday.
    expect(resolveTime('now/w', now, 'UTC')).toBe(Date.UTC(2026, 0, 12));
  });

  it('rounds the upper bound up to the end of the period', () => {
    const { sinceMs, untilMs } = resolveQuery(q({ since: 'now/d', until: 'now/d' }), now, 'Asia/Kolkata');
    expect(sinceMs).toBe(Date.UTC(2026, 0, 16, 18, 30));
    expect(untilMs).toBe(Date.UTC(2026, 0, 17, 18, 30) - 1);
  });

  it('counts days across a DST change as calendar days', () => {
    // 2026-03-08 12:00 PDT (DST began at 02:00); a day earlier is 2026-03-07 12:00 PST, 23 hours before.
    const afterDst = Date.UTC(2026, 2, 8, 19);
    expect(resolveTime('now-1d', afterDst, 'America/Los_Angeles')).toBe(Date.UTC(2026, 2, 7, 20));
    expect(resolveTime('now-24h', afterDst, 'America/Los_Angeles')).toBe(Date.UTC(2026, 2, 7, 19));
  });

  it('reads a calendar step that lands on an ambiguous time as the earlier instant, a missing one forward', () => {
    const la = 'America/Los_Angeles';
    // From 2026-11-02 01:30 PST, a day back is 2026-11-01 01:30, which happens twice: the PDT one.
    expect(resolveTime('now-1d', Date.UTC(2026, 10, 2, 9, 30), la)).toBe(Date.UTC(2026, 10, 1, 8, 30));
    // From 2026-03-09 02:30 PDT, a day back is 2026-03-08 02:30, which does not exist: 03:30 PDT.
    expect(resolveTime('now-1d', Date.UTC(2026, 2, 9, 9, 30), la)).toBe(Date.UTC(2026, 2, 8, 10, 30));
  });

  it('ends a day that ends in a repeated hour after its second pass', () => {
    // Santiago leaves DST at the end of 2026-04-04: 23:00-24:00 happens at -03 and again at -04.
    const noon = Date.UTC(2026, 3, 4, 15);
    expect(resolveTime('now/d', noon, 'America/Santiago')).toBe(Date.UTC(2026, 3, 4, 3));
    expect(resolveTime('now/d', noon, 'America/Santiago', { roundUp: true })).toBe(
      Date.UTC(2026, 3, 5, 4) - 1,
    );
  });

  it('rounds to the hour in the offset in force, also in the repeated hour of a DST change', () => {
    const la = 'America/Los_Angeles';
    // 2026-11-01 01:00-02:00 happens twice in Los Angeles: 08:07:45Z is the PDT pass, 09:07:45Z the PST one.
    expect(resolveTime('now/h', Date.UTC(2026, 10, 1, 8, 7, 45), la)).toBe(Date.UTC(2026, 10, 1, 8));
    expect(resolveTime('now/h', Date.UTC(2026, 10, 1, 9, 7, 45), la)).toBe(Date.UTC(2026, 10, 1, 9));
    expect(resolveTime('now/h', Date.UTC(2026, 10, 1, 9, 7, 45), la, { roundUp: true })).toBe(
      Date.UTC(2026, 10, 1, 10) - 1,
    );
    // Kolkata is UTC+05:30: its hours start at half past in UTC.
    expect(resolveTime('now/h', now, 'Asia/Kolkata')).toBe(Date.UTC(2026, 0, 17, 8, 30));
    expect(resolveTime('now/m', now, 'Asia/Kolkata', { roundUp: true })).toBe(
      Date.UTC(2026, 0, 17, 8, 34) - 1,
    );
  });

  it('steps months by the calendar, clamped to the last day, and rounds months and years', () => {
    const march31 = Date.UTC(2026, 2, 31, 12);
    expect(resolveTime('now-1M', march31, 'UTC')).toBe(Date.UTC(2026, 1, 28, 12));
    expect(resolveTime('now-1y-1M', Date.UTC(2024, 2, 31, 12), 'UTC')).toBe(Date.UTC(2023, 1, 28, 12));
    expect(resolveTime('now+1M/M', march31, 'UTC', { roundUp: true })).toBe(Date.UTC(2026, 4, 1) - 1);
    expect(resolveTime('now/y', march31, 'Asia/Kolkata')).toBe(Date.UTC(2025, 11, 31, 18, 30));
    expect(resolveTime('now/w', now, 'UTC', { roundUp: true })).toBe(Date.UTC(2026, 0, 19) - 1);
  });

  it('drops columns and log from what adapters receive', () => {
    const r = resolveQuery(q({ columns: ['a'], log: 's:1', phone: '1' }), now, 'UTC');
    expect(r).not.toHaveProperty('columns');
    expect(r).not.toHaveProperty('log');
    expect(r.phone).toBe('1');
  });
});
