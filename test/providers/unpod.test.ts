import { describe, expect, it } from 'vitest';
import type { InvalidRecord } from '../../src/logs/log-entry.ts';
import { emptyQuery } from '../../src/logs/log-query.ts';
import type { ResolvedQuery } from '../../src/logs/log-query.ts';
import { resolveQuery } from '../../src/logs/url-codec.ts';
import { durationSeconds } from '../../src/providers/unpod/duration.ts';
import {
  CALL_LOGS_PATH,
  organizationsRequest,
  parseOrganizations,
  unpodAdapter as adapter,
} from '../../src/providers/unpod/index.ts';
import { mapStatus } from '../../src/providers/unpod/outcomes.ts';
import { readTime } from '../../src/providers/unpod/time.ts';
import { parseProviderTime } from '../../src/logs/time.ts';
import { clone, configuredSource, query, valid } from './adapter-kit.ts';
import { requestOf } from './request-of.ts';
// Seed 003's example response, verbatim (the seed shows it twice, identically).
import callLogs from './fixtures/unpod/call-logs.json' with { type: 'json' };
// Seed 002 documents its fields (id, bridge, call_duration "HH:MM:SS") in a table without an example
// payload: this fixture is built from that table, not copied from the seed.
import olderDoc from './fixtures/unpod/call-logs-older-doc.json' with { type: 'json' };
// Error bodies with the messages PROVIDERS.md quotes, in the `{status_code, message}` shape.
import orgHandle400 from './fixtures/unpod/error-org-handle-400.json' with { type: 'json' };
import noCredentials401 from './fixtures/unpod/error-no-credentials-401.json' with { type: 'json' };
import expired403 from './fixtures/unpod/error-token-expired-403.json' with { type: 'json' };
import invalidOrg403 from './fixtures/unpod/error-invalid-org-403.json' with { type: 'json' };

const source = configuredSource('unpod', {
  id: 'voice',
  label: 'Voice bot (unpod)',
  timeZone: 'UTC',
  defaultCountry: 'IN',
});

const listRequest = (q: ResolvedQuery, page = 1) => requestOf(adapter.listRequest(q, page, source, null));

describe('unpod: list normalization of both documented payload versions', () => {
  it('normalizes the newer example (integer seconds, no id, no bridge)', () => {
    const page = adapter.parseList(callLogs, source);
    expect(page).toMatchObject({ page: 1, pageSize: 50, total: 150 });
    const e = valid(page.entries[0]);
    expect(e).toMatchObject({
      channel: 'call',
      sourceId: 'voice',
      provider: 'unpod',
      direction: 'outbound',
      businessNumber: '+911234567890',
      customer: { name: null, phone: '+919876543210', phoneRaw: '+919876543210' },
      status: 'completed',
      statusRaw: 'completed',
      outcome: 'answered',
      outcomeRaw: 'caller_hangup',
      // Live: creation_time is when the row was stored; the log's time is start_time (45 s after it here).
      startedAt: Date.UTC(2026, 1, 7, 5, 57, 45),
      endedAt: Date.UTC(2026, 1, 7, 6, 1, 12),
      durationSec: 207,
      recordings: [],
      transcript: null,
    });
    expect(e.id).toMatch(/^h-[0-9a-f]{16}$/);
    expect(e.raw).toEqual(callLogs.data[0]);
  });

  it('derives the same id on every fetch, and a different one for another call', () => {
    const a = valid(adapter.parseList(clone(callLogs), source).entries[0]).id;
    expect(valid(adapter.parseList(clone(callLogs), source).entries[0]).id).toBe(a);
    // A call that ended later (status, end fields change) keeps its id.
    const later = clone(callLogs);
    Object.assign(later.data[0] ?? {}, { call_status: 'failed', end_time: null, call_duration: 0 });
    expect(valid(adapter.parseList(later, source).entries[0]).id).toBe(a);
    const other = clone(callLogs);
    Object.assign(other.data[0] ?? {}, { creation_time: '2026-02-07T05:58:00Z' });
    expect(valid(adapter.parseList(other, source).entries[0]).id).not.toBe(a);
  });

  it('normalizes the older shape: id, bridge, H:MM:SS and MM:SS durations, missed calls without times', () => {
    const page = adapter.parseList(olderDoc, source);
    const [answered, missed, failed] = page.entries.map(valid);
    expect(answered).toMatchObject({
      id: 'c5a1f0e2-7b7d-4f7e-9a51-2d5c0e6b9f10',
      durationSec: 207,
      status: 'completed',
      outcome: 'answered',
    });
    expect(missed).toMatchObject({
      id: '0d2b9e7c-61a4-4c38-8f0e-b7a3e5d21c44',
      direction: 'inbound',
      // Inbound: the caller (source_number) is the customer.
      customer: { phone: '+919812345678' },
      businessNumber: '+918035450808',
      status: 'no_contact',
      statusRaw: 'missed',
      outcome: 'no_answer',
      outcomeRaw: 'no_answer',
      startedAt: Date.UTC(2025, 11, 2, 9, 20, 11),
      endedAt: null,
      durationSec: 0,
    });
    expect(failed).toMatchObject({ status: 'failed', outcome: 'failed', durationSec: 0 });
  });

  it('accepts a numeric id and bridge, and a record with no time at all', () => {
    const body = clone(olderDoc) as { data: Array<Record<string, unknown>> };
    Object.assign(body.data[1] ?? {}, { id: 981, creation_time: null, start_time: null });
    const e = valid(adapter.parseList(body, source).entries[1]);
    expect(e.id).toBe('981');
    expect(e.startedAt).toBeNull();
  });

  it('reads durations in every form seen, and rejects what is none of them', () => {
    expect(durationSeconds(207)).toBe(207);
    expect(durationSeconds('207')).toBe(207);
    expect(durationSeconds('0:03:27')).toBe(207);
    expect(durationSeconds('00:03:27')).toBe(207);
    expect(durationSeconds('03:27')).toBe(207);
    expect(durationSeconds('1:00:00')).toBe(3600);
    expect(durationSeconds(null)).toBeNull();
    expect(durationSeconds('')).toBeNull();
    expect(durationSeconds('3 min')).toBeUndefined();
    expect(durationSeconds('1:75:00')).toBeUndefined();
    expect(durationSeconds(-4)).toBeUndefined();
  });
});

describe('unpod: free-text call_status', () => {
  it.each([
    ['completed', 'completed', 'answered'],
    ['success', 'completed', 'answered'],
    ['ANSWERED', 'completed', 'answered'],
    ['missed', 'no_contact', 'no_answer'],
    ['no-answer', 'no_contact', 'no_answer'],
    ['NO_ANSWER', 'no_contact', 'no_answer'],
    ['REJECTED', 'no_contact', 'busy'],
    ['busy', 'no_contact', 'busy'],
    ['FAILED', 'failed', 'failed'],
    ['failed', 'failed', 'failed'],
    ['Transferred', 'unknown', 'unknown'],
  ])('maps %s to %s / %s and keeps the raw label', (raw, status, outcome) => {
    expect(mapStatus(raw)).toMatchObject({ status, outcome });
    const body = clone(callLogs);
    Object.assign(body.data[0] ?? {}, { call_status: raw, end_reason: null });
    expect(valid(adapter.parseList(body, source).entries[0])).toMatchObject({
      status,
      statusRaw: raw,
      outcome,
      outcomeRaw: raw,
    });
  });

  it('lets a specific end_reason name the outcome (a completed call that met voicemail)', () => {
    const body = clone(callLogs);
    Object.assign(body.data[0] ?? {}, { end_reason: 'voicemail' });
    expect(valid(adapter.parseList(body, source).entries[0])).toMatchObject({
      status: 'completed',
      outcome: 'voicemail',
      outcomeRaw: 'voicemail',
    });
  });
});

describe('unpod: a bad record costs only its row', () => {
  it('isolates and explains malformed records among good ones', () => {
    const body = clone(olderDoc) as { data: unknown[] };
    body.data.splice(
      1,
      0,
      'not a record',
      { ...olderDoc.data[0], call_duration: 'about 3 min' },
      { ...olderDoc.data[0], creation_time: 'not-a-date' },
      { ...olderDoc.data[0], call_status: { code: 3 } },
      null,
    );
    const page = adapter.parseList(body, source);
    expect(page.entries).toHaveLength(8);
    const invalid = page.entries.filter((e): e is InvalidRecord => 'kind' in e);
    expect(invalid.map((e) => [e.index, e.reason])).toEqual([
      [1, 'not an object'],
      [2, "call_duration: 'about 3 min' is not seconds or H:MM:SS"],
      [3, "creation_time: 'not-a-date' is not a date-time"],
      [4, expect.stringMatching(/^call_status: /)],
      [5, 'not an object'],
    ]);
    expect(invalid.every((e) => e.sourceId === 'voice')).toBe(true);
    expect([0, 6, 7].map((i) => valid(page.entries[i]).channel)).toEqual(['call', 'call', 'call']);
  });

  it('keeps hostile strings as data, never as markup or links', () => {
    const body = clone(callLogs);
    Object.assign(body.data[0] ?? {}, {
      call_status: '<img src=x onerror=alert(1)>',
      end_reason: '<script>alert(1)</script>',
      destination_number: 'javascript:alert(1)',
    });
    const e = valid(adapter.parseList(body, source).entries[0]);
    expect(e).toMatchObject({
      status: 'unknown',
      statusRaw: '<img src=x onerror=alert(1)>',
      outcomeRaw: '<script>alert(1)</script>',
      customer: { phone: null, phoneRaw: 'javascript:alert(1)' },
    });
  });

  it('fails the page only when the envelope itself is not a list', () => {
    expect(() => adapter.parseList('<html>', source)).toThrow(/without a list of call logs/);
    expect(() => adapter.parseList({ count: 1, data: {} }, source)).toThrow(/without a list of call logs/);
    expect(() =>
      adapter.parseList({ status_code: 403, message: 'Token has expired.', data: [] }, source),
    ).toThrow(/status_code 403: Token has expired\./);
  });
});

describe('unpod: pages', () => {
  it('reads a page of 50 with the total from count; a short page has no successor', () => {
    const full = {
      count: 120,
      status_code: 200,
      message: 'ok',
      data: Array.from({ length: 50 }, () => clone(callLogs.data[0])),
    };
    const page = adapter.parseList(full, source);
    expect(page).toMatchObject({ pageSize: 50, total: 120, hasNext: true });
    expect(page.entries).toHaveLength(50);
    // The api layer replaces hasNext with page × size < count once it sets the page it asked for.
    expect(adapter.parseList({ ...full, data: full.data.slice(0, 20) }, source).hasNext).toBe(false);
  });
});

describe('unpod: requests', () => {
  const at = (iso: string) => Date.parse(iso);

  it('produces every documented parameter of /call-logs/ from a query', () => {
    const req = listRequest(
      query({
        statuses: ['no-answer'],
        sinceMs: at('2026-02-01T00:00:00Z'),
        untilMs: at('2026-02-07T23:59:59.999Z'),
        extra: { call_type: ['outbound'] },
      }),
      3,
    );
    expect(req).toEqual({
      path: '/api/v2/platform/call-logs/',
      params: [
        ['page', '3'],
        ['page_size', '50'],
        // Docs: inclusive bounds, to the second, UTC.
        ['start_date', '2026-02-01T00:00:00Z'],
        ['end_date', '2026-02-07T23:59:59Z'],
        // Live: DD-MM-YYYY HH:MM:SS, dates only compared; the end a day later so calls past midnight stay.
        ['start_time', '01-02-2026 00:00:00'],
        ['end_time', '08-02-2026 23:59:59'],
        ['call_type', 'outbound'],
        ['call_status', 'no-answer'],
        // Dated: sorted by start, so rows outside the exact range sit at the ends (exact-range.ts).
        ['sort', '{"start_time":"descend"}'],
      ],
    });
    expect(CALL_LOGS_PATH.endsWith('/')).toBe(true);
  });

  it('sends exact instants whatever the source zone (unpod timestamps are UTC)', () => {
    const ist = { ...source, timeZone: 'Asia/Kolkata' };
    const req = requestOf(
      adapter.listRequest(query({ sinceMs: at('2026-02-06T18:30:00.200Z') }), 1, ist, null),
    );
    expect(req.params).toContainEqual(['start_date', '2026-02-06T18:30:01Z']);
  });

  it('resolves a relative range from the URL', () => {
    const resolved = resolveQuery(
      { ...emptyQuery, extra: {}, since: 'now-24h', until: 'now' },
      at('2026-02-07T08:00:00Z'),
      'UTC',
    );
    expect(listRequest(resolved).params).toEqual([
      ['page', '1'],
      ['page_size', '50'],
      ['start_date', '2026-02-06T08:00:00Z'],
      ['end_date', '2026-02-07T08:00:00Z'],
      ['start_time', '06-02-2026 08:00:00'],
      ['end_time', '08-02-2026 08:00:00'],
      ['sort', '{"start_time":"descend"}'],
    ]);
  });

  it('lower-cases a call type typed in another case', () => {
    expect(listRequest(query({ extra: { call_type: [' Inbound '] } })).params).toContainEqual([
      'call_type',
      'inbound',
    ]);
  });

  it('asks for the organisations the token reaches, and reads their handles', () => {
    expect(organizationsRequest()).toEqual({ path: '/api/v2/platform/organizations/', params: [] });
    expect(
      parseOrganizations({
        status_code: 200,
        message: 'ok',
        data: [{ name: 'Acme Voice', domain_handle: 'acme-voice' }, { name: 'No handle' }, 'junk'],
      }),
    ).toEqual([{ value: 'acme-voice', label: 'Acme Voice' }]);
    expect(parseOrganizations('<html>')).toEqual([]);
  });
});

const PREFIX_REASON =
  'unpod filters by number prefix per side: use "Source number begins" or "Destination number begins"';

describe('unpod: filters it cannot apply are reported and left out', () => {
  it('reports each unsupported filter with its reason and sends none of them', () => {
    const q = query({
      statuses: ['completed', 'failed'],
      dispositions: ['x'],
      campaigns: ['c'],
      agents: ['a'],
      phone: '9876543210',
      from: '+918035450808',
      q: 'refund',
      sort: { field: 'duration', desc: true },
      extra: { call_type: ['inbound', 'outbound'], list_id: ['7'] },
    });
    expect(adapter.unapplied(q)).toEqual([
      { filter: 'status', reason: 'unpod filters by one call status at a time; showing all statuses' },
      { filter: 'disposition', reason: 'unpod call logs have no disposition' },
      { filter: 'campaign', reason: 'unpod call logs cannot be filtered by campaign' },
      { filter: 'agent', reason: 'unpod call logs cannot be filtered by agent' },
      { filter: 'phone', reason: PREFIX_REASON },
      { filter: 'from', reason: PREFIX_REASON },
      { filter: 'q', reason: 'unpod has no free-text search' },
      { filter: 'sort', reason: 'unpod sorts by start time only' },
      { filter: 'x.call_type', reason: 'unpod filters by one call type at a time' },
      { filter: 'x.list_id', reason: "unpod has no filter 'list_id'" },
    ]);
    // Only what every query sends: an open range's far end and the order by start (dates.ts).
    expect(listRequest(q).params).toEqual([
      ['page', '1'],
      ['page_size', '50'],
      ['end_time', '01-01-2100 00:00:00'],
      ['sort', '{"start_time":"descend"}'],
    ]);
  });

  it('reports a call type that fails validation and does not send it', () => {
    const q = query({ extra: { call_type: ['sideways'] } });
    expect(adapter.unapplied(q)).toEqual([
      { filter: 'x.call_type', reason: "'sideways' is not a call type unpod knows (inbound or outbound)" },
    ]);
    expect(listRequest(q).params.map(([k]) => k)).toEqual(['page', 'page_size', 'end_time', 'sort']);
  });

  it('needs no warning for its own order, for calls, or for one status', () => {
    expect(
      adapter.unapplied(
        query({ sort: { field: 'time', desc: true }, channels: ['call', 'sms'], statuses: ['missed'] }),
      ),
    ).toEqual([]);
  });

  it('declares its capabilities', () => {
    const c = adapter.capabilities;
    expect(c.channels).toEqual(['call']);
    expect(c.pageSizes).toEqual([50]);
    expect(c.sortFields).toEqual(['time']);
    expect(c.filters.status).toEqual({ supported: true, multiple: false });
    expect(c.knownValues?.status?.map((o) => o.value)).toEqual([
      'completed',
      'missed',
      'failed',
      'no-answer',
      'NA',
      'FAILURE',
    ]);
    expect(c.extraFilters.map((f) => [f.name, f.input, f.values?.map((v) => v.value)])).toEqual([
      ['call_type', 'select', ['inbound', 'outbound']],
      ['source_number', 'text', undefined],
      ['destination_number', 'text', undefined],
      ['call_duration', 'number', undefined],
    ]);
  });
});

describe('unpod: errors in its own words, naming the credential to check', () => {
  it('maps a missing Org-Handle (400) to credentials.orgHandle', () => {
    expect(adapter.parseError(400, orgHandle400)).toEqual({
      status: 400,
      message:
        "unpod needs this source's organisation handle — check credentials.orgHandle (unpod: Org-Handle header is required.)",
      details: ['Org-Handle header is required.'],
    });
  });

  it('maps other 400s to the query, keeping field errors', () => {
    const info = adapter.parseError(400, {
      status_code: 400,
      message: 'Invalid filter parameters',
      errors: { start_date: ['Enter a valid date/time.'] },
    });
    expect(info).toEqual({
      status: 400,
      message: 'unpod rejected the query: Invalid filter parameters',
      details: ['Invalid filter parameters', 'start_date: Enter a valid date/time.'],
      fields: [{ filter: 'since', message: 'start_date: Enter a valid date/time.' }],
    });
  });

  it('maps 401 to credentials.token', () => {
    expect(adapter.parseError(401, noCredentials401).message).toBe(
      'unpod did not accept the token of this source — check credentials.token (unpod: Authentication credentials were not provided.)',
    );
    // Django REST framework's own body, should a layer answer before unpod's handler.
    expect(adapter.parseError(401, { detail: 'Invalid token.' }).details).toEqual(['Invalid token.']);
  });

  it('tells an expired token from a refused organisation handle (both 403)', () => {
    expect(adapter.parseError(403, expired403).message).toBe(
      'unpod says the token of this source has expired — renew credentials.token (unpod: Token has expired.)',
    );
    expect(adapter.parseError(403, invalidOrg403).message).toMatch(
      /^unpod refused the organisation handle of this source — check credentials\.orgHandle/,
    );
    expect(adapter.parseError(403, null).message).toMatch(/credentials\.orgHandle/);
  });

  it('maps 404, 429 and 5xx', () => {
    expect(adapter.parseError(404, { status_code: 404, message: 'Invalid page.' }).message).toBe(
      'unpod has no such page of this result any more (unpod: Invalid page.); go back to the first page',
    );
    expect(adapter.parseError(404, { status_code: 404, message: 'Organization not found' }).message).toMatch(
      /check credentials\.orgHandle/,
    );
    expect(
      adapter.parseError(429, {
        status_code: 429,
        message: 'Request was throttled. Expected available in 2 seconds.',
      }).message,
    ).toMatch(/^unpod is limiting the request rate/);
    expect(adapter.parseError(500, { status_code: 500, message: 'Internal server error' }).message).toBe(
      'unpod had an internal error (unpod: Internal server error)',
    );
    expect(adapter.parseError(502, '<html>bad gateway</html>')).toEqual({
      status: 502,
      message: 'unpod could not be reached',
      details: [],
    });
  });
});

describe('unpod: timestamps', () => {
  it('reads Z timestamps with and without fractions as the general parser does', () => {
    for (const s of [
      '2026-02-07T05:57:00Z',
      '2026-02-07T05:57:00.4Z',
      '2026-02-07T05:57:00.48Z',
      '2026-02-07T05:57:00.482913Z',
      '2024-02-29T23:59:59Z',
      '2026-01-31T00:00:00Z',
      '2026-02-07T05:57:00+05:30',
      '2026-02-07 05:57:00',
    ]) {
      expect([s, readTime(s, 'Asia/Kolkata')]).toEqual([s, parseProviderTime(s, 'Asia/Kolkata')]);
    }
    for (const bad of ['2026-02-30T05:57:00Z', '2026-13-07T05:57:00Z', '2026-02-07T25:57:00Z', 'x', ''])
      expect(readTime(bad, 'UTC')).toBeNull();
  });
});
