import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_FAULTS } from '../../../src/server/sandbox/http/faults.ts';
import { createSandboxServer } from '../../../src/server/sandbox/http/http-server.ts';
import { mulberry32 } from '../../../src/server/sandbox/prng.ts';
import type { RecordedRequest, SandboxFaults } from '../../../src/server/sandbox/types.ts';
import {
  createUnpodEmulator,
  type UnpodEmulator,
} from '../../../src/server/sandbox/emulators/unpod/unpod-emulator.ts';
import { emptyQuery } from '../../../src/logs/log-query.ts';
import type { InvalidRecord } from '../../../src/logs/log-entry.ts';
import type { SourceInfo } from '../../../src/logs/source.ts';
import { resolveQuery } from '../../../src/logs/url-codec.ts';
import { unpodAdapter } from '../../../src/providers/unpod/index.ts';
import { requestOf } from '../../providers/request-of.ts';

/** A fixed anchor so every run sees the same data: 10 Feb 2026, 17:30 IST. */
const NOW = Date.UTC(2026, 1, 10, 12);
const COUNT = 20_000;
const PATH = '/api/v2/platform/call-logs/';

interface Harness {
  url: string;
  emulator: UnpodEmulator;
  faults: SandboxFaults;
  server: Server;
}

async function start(seed = 42): Promise<Harness> {
  // The documented behaviour (docsOnly): the live one is held by unpod-live.test.ts.
  const emulator = createUnpodEmulator({ nowMs: NOW, seed, count: COUNT, docsOnly: true });
  const faults = { ...DEFAULT_FAULTS };
  const requests: RecordedRequest[] = [];
  const server = createSandboxServer({ faults, requests, inFlight: [], emulators: [emulator], faultRng: mulberry32(1) });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, emulator, faults, server };
}

function stop(h: Harness): Promise<void> {
  return new Promise((resolve) => {
    h.server.close(() => resolve());
    h.server.closeAllConnections();
  });
}

type CallLog = Record<string, unknown>;
interface Page {
  count: number;
  status_code: number;
  message: string;
  data: CallLog[];
}

let h: Harness;
let auth: Record<string, string>;

const get = (path: string, headers: Record<string, string> = auth) => fetch(h.url + path, { headers });
async function json<T = Page>(path: string, headers?: Record<string, string>) {
  const res = await get(path, headers);
  return { status: res.status, body: (await res.json()) as T, res };
}

/** Every record of a filtered listing (at most `maxPages` pages of 100). */
async function everyRecord(query: string, maxPages = 10): Promise<{ count: number; records: CallLog[] }> {
  const first = (await json(`${PATH}?page_size=100&${query}`)).body;
  const records = [...first.data];
  for (let page = 2; page <= Math.min(Math.ceil(first.count / 100), maxPages); page++) {
    records.push(...(await json(`${PATH}?page_size=100&page=${page}&${query}`)).body.data);
  }
  return { count: first.count, records };
}

const ms = (v: unknown): number => Date.parse(String(v));

beforeAll(async () => {
  h = await start();
  auth = {
    authorization: `Token ${h.emulator.credentials.token}`,
    'org-handle': h.emulator.credentials.orgHandle,
  };
});
afterAll(() => stop(h));

describe('unpod emulator: auth in unpod’s own format', () => {
  it.each([
    ['no Authorization', {}, 401, 'Authentication credentials were not provided.'],
    [
      'another scheme',
      { authorization: 'Bearer x', 'org-handle': 'h' },
      401,
      'Authentication credentials were not provided.',
    ],
    ['an unknown token', { authorization: 'Token nope', 'org-handle': 'h' }, 401, 'Invalid token.'],
  ])('answers %s with its status and message', async (_, headers, status, message) => {
    const r = await json(PATH, headers as Record<string, string>);
    expect([r.status, r.body]).toEqual([status, { status_code: status, message }]);
  });

  it('answers the expired token 403 "Token has expired."', async () => {
    const r = await json(PATH, {
      authorization: `Token ${h.emulator.expiredToken}`,
      'org-handle': auth['org-handle']!,
    });
    expect([r.status, r.body]).toEqual([403, { status_code: 403, message: 'Token has expired.' }]);
  });

  it('needs the Org-Handle for call logs, and the right one', async () => {
    const missing = await json(PATH, { authorization: auth.authorization! });
    expect([missing.status, missing.body]).toEqual([
      400,
      { status_code: 400, message: 'Org-Handle header is required.' },
    ]);
    const wrong = await json(PATH, { ...auth, 'org-handle': 'someone-else' });
    expect([wrong.status, wrong.body]).toEqual([
      403,
      { status_code: 403, message: 'Invalid organization handle.' },
    ]);
  });

  it('lists the sandbox organisation, whose domain_handle is the Org-Handle, with the token alone', async () => {
    const r = await json<{ data: Array<{ name: string; domain_handle: string }> }>(
      '/api/v2/platform/organizations/',
      { authorization: auth.authorization! },
    );
    expect(r.status).toBe(200);
    expect(r.body.data.map((o) => o.domain_handle)).toEqual([h.emulator.credentials.orgHandle]);
    expect(
      unpodAdapter.parseError(400, (await json(PATH, { authorization: auth.authorization! })).body).message,
    ).toMatch(/credentials\.orgHandle/);
  });

  it('derives its credentials from the seed', async () => {
    const again = createUnpodEmulator({ nowMs: NOW, seed: 42, count: 10 });
    const other = createUnpodEmulator({ nowMs: NOW, seed: 7, count: 10 });
    expect(again.credentials).toEqual(h.emulator.credentials);
    expect(other.credentials.token).not.toBe(h.emulator.credentials.token);
    expect(h.emulator.credentials.token).toMatch(/^[0-9a-f]{40}$/);
  });
});

describe('unpod emulator: GET /call-logs/ pages', () => {
  it('answers 20 per page by default, newest first by creation_time, with the total in count', async () => {
    const { status, body } = await json(PATH);
    expect(status).toBe(200);
    expect(body).toMatchObject({ count: COUNT, status_code: 200, message: 'Call logs fetched successfully' });
    expect(body.data).toHaveLength(20);
    const times = body.data.map((r) => ms(r.creation_time));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(Object.keys(body).sort()).toEqual(['count', 'data', 'message', 'status_code']);
  });

  it('takes page_size up to 100 and clamps a larger one to 100; a bad one falls back to 20', async () => {
    expect((await json(`${PATH}?page_size=100`)).body.data).toHaveLength(100);
    expect((await json(`${PATH}?page_size=500`)).body.data).toHaveLength(100);
    expect((await json(`${PATH}?page_size=abc`)).body.data).toHaveLength(20);
    expect((await json(`${PATH}?page_size=0`)).body.data).toHaveLength(20);
  });

  it('keeps the order across pages and ends on the last page', async () => {
    const p1 = (await json(`${PATH}?page_size=100`)).body.data;
    const p2 = (await json(`${PATH}?page_size=100&page=2`)).body.data;
    expect(ms(p1.at(-1)?.creation_time)).toBeGreaterThanOrEqual(ms(p2[0]?.creation_time));
    expect((await json(`${PATH}?page_size=100&page=200`)).body.data).toHaveLength(100);
  });

  it('answers 404 "Invalid page." past the last page or for a page that is not one', async () => {
    for (const page of ['201', '0', 'abc', '-1']) {
      const r = await get(`${PATH}?page_size=100&page=${page}`);
      expect([page, r.status, await r.json()]).toEqual([
        page,
        404,
        { status_code: 404, message: 'Invalid page.' },
      ]);
    }
  });

  it('answers page 1 of an empty result with data: []', async () => {
    const r = await json(`${PATH}?call_status=nothing-like-this`);
    expect([r.status, r.body.count, r.body.data]).toEqual([200, 0, []]);
  });

  it('redirects a path without its trailing slash, as Django does', async () => {
    const r = await fetch(`${h.url}/api/v2/platform/call-logs?page=2`, { headers: auth, redirect: 'manual' });
    expect(r.status).toBe(301);
    expect(r.headers.get('location')).toBe('/api/v2/platform/call-logs/?page=2');
  });

  it('owns only its own paths', () => {
    expect(h.emulator.owns(PATH)).toBe(true);
    expect(h.emulator.owns('/api/v2/platform/organizations/')).toBe(true);
    for (const p of ['/api/v1/logs', '/v1/call-log', '/api/v2/platform/', '/api/v2/platform/call-logs/x'])
      expect(h.emulator.owns(p)).toBe(false);
  });
});

describe('unpod emulator: filters', () => {
  it.each([
    ['call_type=inbound', (r: CallLog) => r.call_type === 'inbound'],
    ['call_type=outbound', (r: CallLog) => r.call_type === 'outbound'],
    ['call_type=INBOUND', (r: CallLog) => r.call_type === 'inbound'],
    ['call_status=completed', (r: CallLog) => r.call_status === 'completed'],
    ['call_status=missed', (r: CallLog) => r.call_status === 'missed'],
    ['call_status=no-answer', (r: CallLog) => r.call_status === 'no-answer'],
    ['call_status=failed', (r: CallLog) => String(r.call_status).toLowerCase() === 'failed'],
    ['call_status=ANSWERED', (r: CallLog) => r.call_status === 'ANSWERED'],
    [
      'call_type=outbound&call_status=REJECTED',
      (r: CallLog) => r.call_type === 'outbound' && r.call_status === 'REJECTED',
    ],
  ])('filters by %s: every record matches and the count shrinks', async (query, matches) => {
    const { count, records } = await everyRecord(query, 5);
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(COUNT);
    expect(records.filter((r) => !matches(r) && typeof r.call_status === 'string')).toEqual([]);
  });

  it('splits the whole set between inbound and outbound', async () => {
    const inbound = (await get(`${PATH}?call_type=inbound`).then((r) => r.json())) as Page;
    const outbound = (await get(`${PATH}?call_type=outbound`).then((r) => r.json())) as Page;
    expect(inbound.count + outbound.count).toBe(COUNT);
  });

  it('rejects an unknown call_type with 400 in unpod’s format', async () => {
    const r = await json(`${PATH}?call_type=sideways`);
    expect([r.status, r.body]).toEqual([
      400,
      { status_code: 400, message: "Invalid call_type 'sideways'. Must be one of: inbound, outbound." },
    ]);
  });

  it('takes whole days (inclusive, UTC) and exact instants for start_date/end_date', async () => {
    const day = await everyRecord('start_date=2026-02-02&end_date=2026-02-02', 20);
    expect(day.count).toBeGreaterThan(0);
    for (const r of day.records) {
      expect(ms(r.creation_time)).toBeGreaterThanOrEqual(Date.UTC(2026, 1, 2));
      expect(ms(r.creation_time)).toBeLessThan(Date.UTC(2026, 1, 3));
    }
    const instants = await everyRecord(
      'start_date=2026-02-02T00:00:00Z&end_date=2026-02-02T23:59:59.999Z',
      1,
    );
    expect(instants.count).toBe(day.count);
    // The same instants written with an offset (a `+` in a query string arrives as a space).
    const offset = await everyRecord(
      `start_date=${encodeURIComponent('2026-02-02T05:30:00+05:30')}&end_date=2026-02-03T05:29:59.999 05:30`,
      1,
    );
    expect(offset.count).toBe(day.count);
    const morning = await everyRecord('start_date=2026-02-02T06:00:00Z&end_date=2026-02-02T10:00:00Z', 5);
    expect(morning.count).toBeLessThan(day.count);
    for (const r of morning.records) {
      expect(ms(r.creation_time)).toBeGreaterThanOrEqual(Date.UTC(2026, 1, 2, 6));
      expect(ms(r.creation_time)).toBeLessThanOrEqual(Date.UTC(2026, 1, 2, 10));
    }
  });

  it('answers an empty result for start_date after end_date, and 400 for a date that is none', async () => {
    expect((await json(`${PATH}?start_date=2026-02-05&end_date=2026-02-01`)).body.count).toBe(0);
    for (const bad of ['yesterday', '2026-02-30', '2026-13-01', '2026-02-01T25:00']) {
      const r = await json(`${PATH}?start_date=${encodeURIComponent(bad)}`);
      expect([bad, r.status, r.body.message]).toEqual([
        bad,
        400,
        `Invalid start_date '${bad}'. Use ISO 8601, e.g. 2026-02-01 or 2026-02-01T00:00:00Z.`,
      ]);
    }
  });
});

describe('unpod emulator: data set', () => {
  it('mixes both doc versions by period, and within pages around the change', async () => {
    const quirks = h.emulator.describeQuirks() as {
      formats: { olderDoc: number; newerDoc: number; mixedPositions: [number, number] };
    };
    expect(quirks.formats.olderDoc).toBeGreaterThan(COUNT / 3);
    expect(quirks.formats.newerDoc).toBeGreaterThan(COUNT / 6);
    const [from, to] = quirks.formats.mixedPositions;
    const page = Math.floor((from + to) / 2 / 100) + 1;
    const { data } = (await get(`${PATH}?page_size=100&page=${page}`).then((r) => r.json())) as Page;
    const older = data.filter((r) => 'id' in r);
    const newer = data.filter((r) => !('id' in r));
    expect(older.length).toBeGreaterThan(0);
    expect(newer.length).toBeGreaterThan(0);
    for (const r of older) {
      expect(typeof r.bridge).toBe('number');
      expect(String(r.call_duration)).toMatch(/^(\d+:)?\d{2}:\d{2}$/);
    }
    for (const r of newer) {
      expect('bridge' in r).toBe(false);
      expect(typeof r.call_duration).toBe('number');
    }
    // Newest records are in the newer shape, the oldest in the older one.
    const first = (await get(PATH).then((r) => r.json())) as Page;
    expect(first.data.every((r) => !('id' in r))).toBe(true);
    const last = (await get(`${PATH}?page=1000`).then((r) => r.json())) as Page;
    expect(last.data.every((r) => 'id' in r)).toBe(true);
  });

  it('has Indian numbers, missed calls without times, and free-text statuses', async () => {
    const { records } = await everyRecord('', 5);
    const customers = records.map((r) =>
      r.call_type === 'inbound' ? r.source_number : r.destination_number,
    );
    expect(customers.filter((n) => !/^\+91[6-9]\d{9}$/.test(String(n)))).toEqual(['javascript:alert(1)']);
    const unanswered = records.filter((r) => r.start_time === null);
    expect(unanswered.length).toBeGreaterThan(50);
    expect(
      unanswered.every(
        (r) => r.end_time === null && Number.parseInt(String(r.call_duration).replace(/:/g, ''), 10) === 0,
      ),
    ).toBe(true);
    const statuses = new Set(records.map((r) => r.call_status));
    for (const s of ['completed', 'success', 'missed', 'no-answer', 'failed']) expect(statuses).toContain(s);
  });

  it('is deterministic: the same seed gives the same bytes, another seed other data', async () => {
    const twin = await start(42);
    const other = await start(43);
    try {
      const q = `${PATH}?page=37&page_size=50&call_type=outbound`;
      const a = await (await get(q)).text();
      const b = await (await fetch(twin.url + q, { headers: auth })).text();
      expect(b).toBe(a);
      const c = await fetch(other.url + q, {
        headers: {
          authorization: `Token ${other.emulator.credentials.token}`,
          'org-handle': other.emulator.credentials.orgHandle,
        },
      });
      expect(await c.text()).not.toBe(a);
    } finally {
      await Promise.all([stop(twin), stop(other)]);
    }
  });

});

describe('unpod emulator: faults in unpod’s format', () => {
  it('answers 429 with Retry-After, and 500, as {status_code, message}', async () => {
    h.faults.rateLimitRate = 1;
    try {
      const r = await get(PATH);
      expect(r.status).toBe(429);
      expect(r.headers.get('retry-after')).toBe('2');
      expect(await r.json()).toEqual({
        status_code: 429,
        message: 'Request was throttled. Expected available in 2 seconds.',
      });
    } finally {
      h.faults.rateLimitRate = 0;
    }
    h.faults.errorRate = 1;
    try {
      const r = await get(PATH);
      expect([r.status, await r.json()]).toEqual([
        500,
        { status_code: 500, message: 'Internal server error' },
      ]);
    } finally {
      h.faults.errorRate = 0;
    }
  });
});

describe('unpod emulator → unpod adapter', () => {
  const source: SourceInfo = {
    id: 'sandbox-unpod',
    provider: 'unpod',
    label: 'unpod (sandbox)',
    timeZone: 'UTC',
    defaultCountry: 'IN',
    sandbox: true,
  };

  const requestUrl = (req: { path: string; params: Array<[string, string]> }) =>
    `${req.path}?${new URLSearchParams(req.params).toString()}`;

  it('normalizes every page with no invalid record but the planted ones', async () => {
    const planted = (h.emulator.describeQuirks() as { malformed: Array<{ position: number }> }).malformed.map(
      (m) => m.position,
    );
    const q = resolveQuery({ ...emptyQuery, extra: {} }, NOW, 'UTC');
    const invalid: number[] = [];
    const ids = new Set<string>();
    let valid = 0;
    const pages = Math.ceil(COUNT / 50);
    for (let page = 1; page <= pages; page++) {
      const req = requestOf(unpodAdapter.listRequest(q, page, source, null));
      const body: unknown = await (await get(requestUrl(req))).json();
      const list = unpodAdapter.parseList(body, source);
      expect(list.total).toBe(COUNT);
      expect(list.entries).toHaveLength(page < pages ? 50 : COUNT - (pages - 1) * 50);
      list.entries.forEach((e) => {
        if ('kind' in e) invalid.push((page - 1) * 50 + (e as InvalidRecord).index);
        else {
          valid++;
          ids.add(e.id);
        }
      });
    }
    expect(invalid).toEqual(planted);
    expect(valid).toBe(COUNT - planted.length);
    // Ids are unique within the source, with or without an upstream id.
    expect(ids.size).toBe(valid);
  });

  it('applies what the adapter sends: status, call type and a time range', async () => {
    const q = {
      ...resolveQuery({ ...emptyQuery, extra: {} }, NOW, 'UTC'),
      statuses: ['missed'],
      sinceMs: Date.UTC(2026, 0, 1),
      untilMs: Date.UTC(2026, 0, 20, 23, 59, 59, 999),
      extra: { call_type: ['inbound'] },
    };
    expect(unpodAdapter.unapplied(q)).toEqual([]);
    const req = requestOf(unpodAdapter.listRequest(q, 1, source, null));
    const r = await get(requestUrl(req));
    expect(r.status).toBe(200);
    const list = unpodAdapter.parseList(await r.json(), source);
    expect(list.total).toBeGreaterThan(0);
    for (const e of list.entries) {
      if ('kind' in e) continue;
      expect(e).toMatchObject({
        direction: 'inbound',
        statusRaw: 'missed',
        status: 'no_contact',
        startedAt: expect.any(Number),
      });
      expect(e.startedAt).toBeGreaterThanOrEqual(q.sinceMs);
      expect(e.startedAt).toBeLessThanOrEqual(q.untilMs);
    }
  });

  it('turns every auth error into a message naming the credential', async () => {
    const cases: Array<[Record<string, string>, RegExp]> = [
      [{}, /credentials\.token/],
      [
        { authorization: `Token ${h.emulator.expiredToken}`, 'org-handle': auth['org-handle']! },
        /expired — renew credentials\.token/,
      ],
      [{ authorization: auth.authorization! }, /credentials\.orgHandle/],
      [{ ...auth, 'org-handle': 'nope' }, /credentials\.orgHandle/],
    ];
    for (const [headers, pattern] of cases) {
      const r = await get(PATH, headers);
      expect(unpodAdapter.parseError(r.status, await r.json()).message).toMatch(pattern);
    }
  });
});
