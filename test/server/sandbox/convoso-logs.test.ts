import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SourceInfo } from '../../../src/logs/source.ts';
import { convosoAdapter } from '../../../src/providers/convoso/index.ts';
import { requestOf } from '../../providers/request-of.ts';
import { emptyQuery } from '../../../src/logs/log-query.ts';
import { resolveQuery } from '../../../src/logs/url-codec.ts';
import { startConvoso, type CallRecord, type ConvosoHarness, type ConvosoPage } from './convoso-harness.ts';

let cv: ConvosoHarness;
let newest: ConvosoPage;

beforeAll(async () => {
  cv = await startConvoso();
  newest = (await cv.json('/v1/log/retrieve?limit=500&include_recordings=1')).body;
});
afterAll(() => cv.close());

/** Every record matching `query` (walks its pages at limit 500). */
async function everyRecord(query: string): Promise<{ total: number; records: CallRecord[] }> {
  const first = (await cv.json(`/v1/log/retrieve?limit=500&${query}`)).body;
  const total = Number(first.data.total_found);
  const records = [...first.data.results];
  for (let offset = 500; offset < total; offset += 500)
    records.push(
      ...(await cv.json(`/v1/log/retrieve?limit=500&offset=${offset}&${query}`)).body.data.results,
    );
  return { total, records };
}

/** Offset-less Los Angeles text compared as text: same format, so lexical order is time order. */
const dates = (records: CallRecord[]) => records.map((r) => r.call_date).filter((d) => !d.startsWith('0000'));

describe('auth', () => {
  it('answers the documented token error without or with a wrong auth_token', async () => {
    for (const path of ['/v1/log/retrieve', '/v1/log/retrieve?auth_token=nope', '/v1/status/search?query=']) {
      const res = await cv.get(path, false);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ success: false, code: 401, text: 'Invalid or missing auth_token' });
    }
  });

  it('owns only its exact paths', () => {
    expect(cv.emulator.owns('/v1/log/retrieve')).toBe(true);
    expect(cv.emulator.owns('/v1/status/search')).toBe(true);
    expect(cv.emulator.owns('/convoso-media/play-recording-public/1')).toBe(true);
    expect(cv.emulator.owns('/v1/call-log')).toBe(false);
    expect(cv.emulator.owns('/v1')).toBe(false);
    expect(cv.emulator.owns('/api/v1/logs')).toBe(false);
  });
});

describe('GET /v1/log/retrieve: envelope and paging', () => {
  it('answers the documented envelope, numbers as strings, default limit 500, newest first', async () => {
    const { body } = await cv.json('/v1/log/retrieve');
    expect(body.success).toBe(true);
    expect(body.data).toMatchObject({ offset: 0, limit: 500, total_found: '5000', entries: 500 });
    const r = body.data.results[0] as CallRecord;
    expect(Object.keys(r)).toEqual([
      'id',
      'lead_id',
      'list_id',
      'campaign_id',
      'campaign',
      'user',
      'user_id',
      'phone_number',
      'number_dialed',
      'first_name',
      'last_name',
      'status',
      'status_name',
      'call_length',
      'call_date',
      'agent_comment',
      'queue_id',
      'called_count',
      'caller_id_displayed',
      'term_reason',
      'call_type',
      'queue_position',
      'queue_seconds',
      'originating_agent_id',
      'session_id',
    ]);
    expect(typeof r.call_length).toBe('string');
    expect(r.call_date).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    const d = dates(body.data.results);
    expect([...d].sort().reverse()).toEqual(d);
  });

  it('pages with limit and offset consistently, and reads oldest first with order=asc', async () => {
    const a = (await cv.json('/v1/log/retrieve?limit=100&offset=100')).body;
    expect(a.data.results.map((r) => r.id)).toEqual(newest.data.results.slice(100, 200).map((r) => r.id));
    const asc = (await cv.json('/v1/log/retrieve?limit=100&order=asc')).body;
    const last = (await cv.json('/v1/log/retrieve?limit=100&offset=4900')).body;
    expect(asc.data.results.map((r) => r.id)).toEqual(last.data.results.map((r) => r.id).reverse());
    const end = (await cv.json('/v1/log/retrieve?limit=100&offset=4950')).body;
    expect(end.data).toMatchObject({ offset: 4950, entries: 50, total_found: '5000' });
    const past = (await cv.json('/v1/log/retrieve?limit=10&offset=6000')).body;
    expect(past.data).toMatchObject({ entries: 0, total_found: '5000', results: [] });
  });

  it('spreads calls over 90 days in Los Angeles business hours, mostly on weekdays', () => {
    const hours = dates(newest.data.results).map((d) => Number(d.slice(11, 13)));
    const daytime = hours.filter((h) => h >= 7 && h < 20).length / hours.length;
    expect(daytime).toBeGreaterThan(0.9);
  });
});

describe('GET /v1/log/retrieve: validation errors in Convoso format', () => {
  const cases: Array<[string, number]> = [
    ['limit=0', 7258],
    ['limit=501', 7258],
    ['limit=ten', 7258],
    ['offset=40001', 7231],
    ['offset=-1', 7231],
    ['start_time=2026-01-15', 6031],
    ['end_time=2026-01-15T10:00:00', 6031],
    ['start_time=2026-02-30 00:00:00', 6031],
    ['id=123', 6033],
  ];
  it.each(cases)('%s → error %i', async (query, code) => {
    const { status, body } = await cv.json<Record<string, unknown>>(`/v1/log/retrieve?${query}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ success: false, code });
    expect(typeof body.text).toBe('string');
  });

  it('accepts the edges: limit 1 and 500, offset 40000', async () => {
    expect((await cv.json('/v1/log/retrieve?limit=1')).body.data.entries).toBe(1);
    expect((await cv.json('/v1/log/retrieve?limit=500&offset=40000')).body.success).toBe(true);
  });
});

describe('GET /v1/log/retrieve: every documented filter', () => {
  const sample = (): CallRecord =>
    newest.data.results.find(
      (r, i) => i > 100 && r.user_id !== null && r.call_type === 'OUTBOUND',
    ) as CallRecord;
  const inbound = (): CallRecord => newest.data.results.find((r) => r.call_type === 'INBOUND') as CallRecord;

  const filters: Array<[string, (r: CallRecord) => string]> = [
    ['lead_id', (r) => String(r.lead_id)],
    ['campaign_id', (r) => String(r.campaign_id)],
    ['list_id', (r) => String(r.list_id)],
    ['user_id', (r) => String(r.user_id)],
    ['status', (r) => String(r.status)],
    ['phone_number', (r) => String(r.phone_number)],
    ['first_name', (r) => String(r.first_name)],
    ['last_name', (r) => String(r.last_name)],
    ['call_type', (r) => String(r.call_type)],
    ['called_count', (r) => String(r.called_count)],
    ['number_dialed', (r) => String(r.number_dialed)],
  ];
  it.each(filters)('%s matches exactly its records', async (name, valueOf) => {
    const value = valueOf(sample());
    const { total, records } = await everyRecord(`${name}=${encodeURIComponent(value)}`);
    expect(total).toBeGreaterThan(0);
    expect(records).toHaveLength(total);
    for (const r of records) expect(valueOf(r).toLowerCase()).toBe(value.toLowerCase());
    const expected = newest.data.results.filter(
      (r) => valueOf(r).toLowerCase() === value.toLowerCase(),
    ).length;
    expect(total).toBeGreaterThanOrEqual(expected);
  });

  it('queue_id and number_dialed find inbound calls by their queue and DID', async () => {
    const r = inbound();
    const byQueue = await everyRecord(`queue_id=${r.queue_id}`);
    expect(byQueue.total).toBeGreaterThan(0);
    for (const x of byQueue.records) expect(x).toMatchObject({ queue_id: r.queue_id, call_type: 'INBOUND' });
    const byDid = await everyRecord(`number_dialed=1${r.number_dialed}`);
    expect(byDid.records.every((x) => x.number_dialed === r.number_dialed)).toBe(true);
  });

  it('id finds one call, and phone_number accepts +1 and punctuation', async () => {
    const r = sample();
    const { body } = await cv.json(`/v1/log/retrieve?id=${r.id}&include_recordings=1`);
    expect(body.data.results).toHaveLength(1);
    expect(body.data.results[0]?.id).toBe(r.id);
    const phone = String(r.phone_number);
    const typed = `+1 (${phone.slice(0, 3)}) ${phone.slice(3, 6)}-${phone.slice(6)}`;
    const { total } = await everyRecord(`phone_number=${encodeURIComponent(typed)}`);
    expect(total).toBe((await everyRecord(`phone_number=${phone}`)).total);
  });

  it('start_time and end_time bound call_date inclusively, in Los Angeles time', async () => {
    const a = newest.data.results[300]?.call_date as string;
    const b = newest.data.results[100]?.call_date as string;
    const { total, records } = await everyRecord(
      `start_time=${encodeURIComponent(a)}&end_time=${encodeURIComponent(b)}`,
    );
    expect(total).toBeGreaterThanOrEqual(201);
    for (const d of dates(records)) expect(d >= a && d <= b).toBe(true);
    expect(records.map((r) => r.call_date)).toContain(a);
    expect(records.map((r) => r.call_date)).toContain(b);
  });

  it('combines filters (AND) and an unknown value matches nothing', async () => {
    const r = sample();
    const both = await everyRecord(`campaign_id=${r.campaign_id}&status=${r.status}`);
    for (const x of both.records) expect(x).toMatchObject({ campaign_id: r.campaign_id, status: r.status });
    expect((await everyRecord('campaign_id=nope')).total).toBe(0);
    expect((await everyRecord('call_type=FAX')).total).toBe(0);
  });

  it('includes recordings only with include_recordings=1', async () => {
    const without = (await cv.json('/v1/log/retrieve?limit=50')).body;
    expect(without.data.results.every((r) => !('recording' in r))).toBe(true);
    const counts = new Set(
      newest.data.results.map((r) => (Array.isArray(r.recording) ? r.recording.length : -1)),
    );
    expect([...counts].sort()).toEqual(expect.arrayContaining([0, 1, 2]));
  });
});

describe('GET /v1/status/search', () => {
  it('lists statuses with Y/N flags, filtered by query', async () => {
    const all = (
      await cv.json<{ success: boolean; data: Array<Record<string, string>> }>('/v1/status/search?query=')
    ).body;
    expect(all.success).toBe(true);
    expect(all.data.length).toBeGreaterThan(20);
    expect(all.data.find((s) => s.status === 'HU')).toEqual({
      status: 'HU',
      name: 'Hang Up',
      final: 'N',
      reached: 'Y',
      success: 'N',
      dnc: 'N',
      callback: 'N',
      contact: 'Y',
      voicemail: 'N',
    });
    const hu = (await cv.json<{ data: Array<Record<string, string>> }>('/v1/status/search?query=hU')).body;
    expect(hu.data.map((s) => s.status).sort()).toEqual(['CALLHU', 'HU']);
    const machine = (
      await cv.json<{ data: Array<Record<string, string>> }>('/v1/status/search?query=machine')
    ).body;
    expect(machine.data.map((s) => s.status)).toEqual(['AA', 'A', 'AFAX']);
  });
});

describe('determinism and quirks', () => {
  it('gives identical answers for the same seed and now, other data for another seed', async () => {
    const other = await startConvoso(5000, 42);
    const again = (await other.json('/v1/log/retrieve?limit=500&include_recordings=1')).body;
    // Recording URLs carry the port; everything else is byte-identical.
    const strip = (p: ConvosoPage) => JSON.stringify(p).replaceAll(/127\.0\.0\.1:\d+/g, 'host');
    expect(strip(again)).toBe(strip(newest));
    expect(other.emulator.credentials).toEqual(cv.emulator.credentials);
    await other.close();
    const seed7 = await startConvoso(5000, 7);
    expect(seed7.emulator.credentials.authToken).not.toBe(cv.emulator.credentials.authToken);
    const names = (p: ConvosoPage) => p.data.results.slice(0, 5).map((r) => `${r.first_name} ${r.call_date}`);
    expect(names((await seed7.json('/v1/log/retrieve?limit=5')).body)).not.toEqual(names(newest));
    await seed7.close();
  });

  it('lists its quirks, with hostile strings on the first page', () => {
    const q = cv.emulator.describeQuirks() as {
      hostile: Array<{ position: number; id: string }>;
      malformed: unknown[];
    };
    expect(q.hostile.map((h) => h.position)).toEqual([2, 9, 21, 55, 77]);
    expect(newest.data.results[2]?.first_name).toBe('<script>alert(1)</script>');
    expect(newest.data.results[9]?.agent_comment).toContain('<img src=x onerror=alert(1)>');
    expect(newest.data.results[21]?.recording?.[0]?.public_url).toBe('javascript:alert(1)');
    expect(q.malformed.length).toBeGreaterThan(0);
  });

  it('faults answer in Convoso format', () => {
    expect(cv.emulator.faultBody('rate-limit', '/v1/log/retrieve', 2)).toEqual({
      success: false,
      code: 429,
      text: 'Too many requests. Retry after 2 seconds.',
    });
  });
});

describe('round trip through the adapter', () => {
  const source: SourceInfo = {
    id: 'callcenter',
    provider: 'convoso',
    label: 'Call center',
    timeZone: 'America/Los_Angeles',
    defaultCountry: 'US',
    sandbox: true,
  };

  it('normalizes every emulated record; only the planted malformed ones are invalid', async () => {
    const q = resolveQuery({ ...emptyQuery, extra: {} }, 0, 'UTC');
    const quirks = cv.emulator.describeQuirks() as { malformed: Array<{ position: number; quirk: string }> };
    // The adapter always sends both time bounds (Convoso's default is today only): a call_date that is no
    // date cannot fall inside them, so that record is not served and the ones after it move up by one.
    const undated = quirks.malformed.filter((m) => m.quirk.startsWith('call_date')).map((m) => m.position);
    const planted = new Set(
      quirks.malformed
        .filter((m) => !undated.includes(m.position))
        .map((m) => m.position - undated.filter((u) => u < m.position).length),
    );
    let invalid = 0;
    for (let page = 1; page <= 50; page++) {
      const req = requestOf(convosoAdapter.listRequest(q, page, source, 5000 - undated.length));
      const path = `${req.path}?${new URLSearchParams(req.params).toString()}`;
      const body = (await cv.json(path)).body;
      expect(convosoAdapter.errorInBody?.(body)).toBeNull();
      const list = convosoAdapter.parseList(body, source);
      expect(list.total).toBe(5000 - undated.length);
      list.entries.forEach((e, k) => {
        const position = (page - 1) * 100 + k;
        if ('kind' in e) {
          invalid++;
          expect(planted.has(position), `${position}: ${e.reason}`).toBe(true);
        } else expect(planted.has(position)).toBe(false);
      });
    }
    expect(invalid).toBe(planted.size);
  });

  it('the adapter reads a deep page from the other end and a lookup by id', async () => {
    const q = resolveQuery({ ...emptyQuery, extra: {} }, 0, 'UTC');
    // One planted record has no date and is outside any time bounds: 4,999 rows, 99 on the last page.
    const req = requestOf(convosoAdapter.listRequest(q, 50, source, 4999));
    const body = (await cv.json(`${req.path}?${new URLSearchParams(req.params).toString()}`)).body;
    expect(convosoAdapter.parseList(body, source).entries.length).toBe(99);
    const [lookup] = convosoAdapter.lookupRequests?.(newest.data.results[5]?.id ?? '') ?? [];
    const found = (await cv.json(`${lookup?.path}?${new URLSearchParams(lookup?.params).toString()}`)).body;
    expect(convosoAdapter.parseLookup?.(found, source)?.id).toBe(newest.data.results[5]?.id);
    const missing = (await cv.json('/v1/log/retrieve?id=1')).body;
    expect(convosoAdapter.parseLookup?.(missing, source)).toBeNull();
    const err = (await cv.json('/v1/log/retrieve?offset=40001')).body;
    expect(convosoAdapter.errorInBody?.(err)?.message).toMatch(/offset/);
  });
});
