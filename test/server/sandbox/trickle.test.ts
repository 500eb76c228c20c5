import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../../src/server/sandbox/index.ts';
import { trickleCount, TRICKLE_MS } from '../../../src/server/sandbox/clock.ts';

// The trickle over real HTTP: a test clock drives the cutoff, so a record appears in the list, the count and
// its lookup exactly when the clock reaches its start, and totals grow while order stays newest first.

const NOW = Date.UTC(2026, 0, 20, 12);
const SECOND = 1000;
// docsOnly: these tests hold the trickle; the live quirks (Convoso's "today only" default, unpod's
// Product-Id and day filters, timepay's queue window) are held by the *-live tests.
const COUNTS = {
  timepayCount: 2000,
  salesfinityCount: 1000,
  unpodCount: 1000,
  convosoCount: 1000,
  docsOnly: true,
};

interface Top {
  /** The newest visible record, as served (stable across clock moves: ids encode array positions). */
  key: string;
  /** A lookup by id that must answer only once the record has started, and what it says then. */
  lookup?: () => Promise<boolean>;
  /** Start instants of page 1, in list order (for newest-first checks). */
  starts: number[];
}

interface Probe {
  name: string;
  count: number;
  total(): Promise<number>;
  /** A second, independent way to count (count_only, a page past the end, …). */
  countOnly(): Promise<number>;
  top(): Promise<Top>;
}

const clock = { t: NOW, now: () => clock.t };
let sandbox: Sandbox;
let probes: Probe[];

async function getJson<T>(
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: T }> {
  const res = await fetch(sandbox.url + path, { headers });
  return { status: res.status, body: (await res.json()) as T };
}

type Json = Record<string, unknown>;
const istToMs = (s: string): number => Date.parse(`${s}+05:30`);

function buildProbes(sb: Sandbox): Probe[] {
  const tp = { authorization: `Bearer ${sb.credentials.timepay.token}` };
  const sf = { 'x-api-key': sb.credentials.salesfinity.apiKey };
  const up = {
    authorization: `Token ${sb.credentials.unpod.token}`,
    'org-handle': sb.credentials.unpod.orgHandle,
    'product-id': sb.credentials.unpod.productId,
  };
  const cv = `auth_token=${sb.credentials.convoso.authToken}`;
  return [
    {
      name: 'timepay',
      count: COUNTS.timepayCount,
      total: async () =>
        (await getJson<{ pagination: { total: number } }>('/api/v1/logs?page=1', tp)).body.pagination.total,
      countOnly: async () =>
        (await getJson<{ total: number }>('/api/v1/logs?count_only=true', tp)).body.total,
      async top() {
        const { body } = await getJson<{ data: Json[] }>('/api/v1/logs?page=1', tp);
        const r = body.data[0] ?? {};
        const path =
          r.type === 'call' && typeof r.call_id === 'string'
            ? `/api/v1/communication/call/${r.call_id}`
            : r.type === 'whatsapp'
              ? `/api/v1/communication/whatsapp/${String(r.message_id)}`
              : undefined;
        return {
          key: JSON.stringify(r),
          ...(path ? { lookup: async () => (await getJson(path, tp)).status === 200 } : {}),
          starts: body.data.map((d) => istToMs(String(d.start_time))).filter((ms) => !Number.isNaN(ms)),
        };
      },
    },
    {
      name: 'salesfinity',
      count: COUNTS.salesfinityCount,
      total: async () =>
        (await getJson<{ pagination: { total: number } }>('/v1/call-log?page=1&limit=10', sf)).body.pagination
          .total,
      countOnly: async () =>
        (await getJson<{ pagination: { total: number } }>('/v1/call-log?page=1&limit=10&sort=duration', sf))
          .body.pagination.total,
      async top() {
        const { body } = await getJson<{ data: Json[] }>('/v1/call-log?page=1&limit=10', sf);
        const r = body.data[0] ?? {};
        // The public recording (no auth) is the lookup by call sid.
        const url = typeof r.recording_url === 'string' ? new URL(r.recording_url) : undefined;
        return {
          key: JSON.stringify(r),
          ...(url
            ? {
                lookup: async () =>
                  (await fetch(sandbox.url + url.pathname, { method: 'HEAD' })).status === 200,
              }
            : {}),
          starts: body.data.map((d) => Date.parse(String(d.started_at))),
        };
      },
    },
    {
      name: 'unpod',
      count: COUNTS.unpodCount,
      total: async () =>
        (await getJson<{ count: number }>('/api/v2/platform/call-logs/?page=1', up)).body.count,
      countOnly: async () => {
        const of = async (t: string) =>
          (await getJson<{ count: number }>(`/api/v2/platform/call-logs/?page=1&call_type=${t}`, up)).body
            .count;
        return (await of('inbound')) + (await of('outbound'));
      },
      async top() {
        const { body } = await getJson<{ data: Json[] }>('/api/v2/platform/call-logs/?page=1', up);
        return { key: JSON.stringify(body.data[0]), starts: [] };
      },
    },
    {
      name: 'convoso',
      count: COUNTS.convosoCount,
      total: async () =>
        Number(
          (await getJson<{ data: { total_found: string } }>(`/v1/log/retrieve?limit=10&${cv}`)).body.data
            .total_found,
        ),
      countOnly: async () =>
        Number(
          (await getJson<{ data: { total_found: string } }>(`/v1/log/retrieve?limit=10&order=asc&${cv}`)).body
            .data.total_found,
        ),
      async top() {
        const { body } = await getJson<{ data: { results: Json[] } }>(`/v1/log/retrieve?limit=10&${cv}`);
        const r = body.data.results[0] ?? {};
        const byId = `/v1/log/retrieve?id=${String(r.id)}&${cv}`;
        return {
          key: JSON.stringify(r),
          lookup: async () =>
            Number((await getJson<{ data: { total_found: string } }>(byId)).body.data.total_found) === 1,
          starts: [],
        };
      },
    },
  ];
}

beforeAll(async () => {
  sandbox = await startSandbox({ now: NOW, seed: 42, trickle: true, clock, ...COUNTS });
  probes = buildProbes(sandbox);
});
afterAll(async () => {
  await sandbox.close();
});

describe('startSandbox({ trickle: true, clock }): records arrive as the clock passes their start', () => {
  it('serves exactly the 90 days at now, and the whole trickle once its hours are over', async () => {
    for (const p of probes) {
      clock.t = NOW;
      expect([p.name, await p.total()]).toEqual([p.name, p.count]);
      clock.t = NOW + TRICKLE_MS + SECOND;
      const all = p.count + trickleCount(p.count);
      expect([p.name, await p.total(), await p.countOnly()]).toEqual([p.name, all, all]);
    }
  });

  it('lists quirks among the records started by now, positioned as the list shows them now', async () => {
    type Quirks = Record<string, { count: number; hostile: Array<{ position: number }> }>;
    for (const t of [NOW, NOW + TRICKLE_MS / 2, NOW + TRICKLE_MS + SECOND]) {
      clock.t = t;
      const quirks = (await getJson<Quirks>('/__sandbox/quirks')).body;
      for (const p of probes) {
        expect([p.name, quirks[p.name]?.count]).toEqual([p.name, await p.total()]);
        for (const h of quirks[p.name]?.hostile ?? []) expect(h.position).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('keeps the planted quirks where a fixed now has them, on the first pages at start', async () => {
    type Quirks = Record<
      string,
      { hostile: Array<{ position: number }>; malformed: Array<{ position: number }> }
    >;
    const plain = await startSandbox({ now: NOW, seed: 42, ...COUNTS });
    try {
      clock.t = NOW;
      const trickled = (await getJson<Quirks>('/__sandbox/quirks')).body;
      const fixed = (await (await fetch(`${plain.url}/__sandbox/quirks`)).json()) as Quirks;
      for (const p of probes) {
        const where = (q: Quirks) => ({
          hostile: q[p.name]?.hostile.map((h) => h.position),
          malformed: q[p.name]?.malformed.map((m) => m.position),
        });
        expect(where(fixed).hostile?.length).toBeGreaterThan(0);
        expect([p.name, where(trickled)]).toEqual([p.name, where(fixed)]);
      }
    } finally {
      await plain.close();
    }
  });

  it('grows totals step by step, newest first, the top row always the newest started', async () => {
    for (const p of probes) {
      let last = -1;
      for (let t = NOW; t <= NOW + TRICKLE_MS; t += TRICKLE_MS / 8) {
        clock.t = t;
        const total = await p.total();
        expect(total).toBeGreaterThanOrEqual(last);
        expect(await p.countOnly()).toBe(total);
        last = total;
        const { starts } = await p.top();
        for (let k = 1; k < starts.length; k++) expect(starts[k]).toBeLessThanOrEqual(starts[k - 1] ?? 0);
        if (starts[0] !== undefined) expect(starts[0]).toBeLessThanOrEqual(t);
      }
      expect([p.name, last > p.count]).toEqual([p.name, true]);
    }
  });

  it('shows a record in the list, the count and its lookup only from the second it starts', async () => {
    const looked: string[] = [];
    for (const p of probes) {
      // From the middle of the trickle on, until a record with a lookup (not every record has one) was checked.
      const n = trickleCount(p.count);
      const half = Math.ceil(n / 2);
      for (const k of [...Array(n).keys()].map((j) => ((half + j - 1) % n) + 1)) {
        const hasLookup = await checkArrival(p, p.count + k);
        if (hasLookup) {
          looked.push(p.name);
          break;
        }
      }
    }
    // unpod has no lookup by id; the other three must have been checked.
    expect(looked).toEqual(['timepay', 'salesfinity', 'convoso']);
  });
});

/** Bisects the clock for the second the total reaches `want`, and checks that record around that second. */
async function checkArrival(p: Probe, want: number): Promise<boolean> {
  let lo = NOW;
  let hi = NOW + TRICKLE_MS + SECOND;
  while (hi - lo > SECOND) {
    const mid = lo + Math.floor((hi - lo) / 2 / SECOND) * SECOND;
    clock.t = mid;
    if ((await p.total()) >= want) hi = mid;
    else lo = mid;
  }
  clock.t = hi;
  const at = await p.top();
  expect(await p.total()).toBeGreaterThanOrEqual(want);
  expect(await p.countOnly()).toBeGreaterThanOrEqual(want);
  if (at.lookup) expect([p.name, await at.lookup()]).toEqual([p.name, true]);
  clock.t = hi - SECOND;
  expect(await p.total()).toBeLessThan(want);
  expect(await p.countOnly()).toBeLessThan(want);
  expect((await p.top()).key).not.toBe(at.key);
  if (at.lookup) expect([p.name, await at.lookup()]).toEqual([p.name, false]);
  // Back again: the same record, the same bytes (ids are stable while the clock moves).
  clock.t = hi;
  expect((await p.top()).key).toBe(at.key);
  return at.lookup !== undefined;
}

describe('without a fixed now (npm start)', () => {
  it('trickles by default: now is the clock floored to the hour, and what started since then is served', async () => {
    const own = { t: NOW + 40 * 60 * SECOND, now: () => own.t };
    const sb = await startSandbox({ seed: 42, clock: own, ...COUNTS });
    try {
      const headers = { authorization: `Bearer ${sb.credentials.timepay.token}` };
      const total = async () =>
        (
          (await (await fetch(`${sb.url}/api/v1/logs?count_only=true`, { headers })).json()) as {
            total: number;
          }
        ).total;
      const at40 = await total();
      expect(at40).toBeGreaterThan(COUNTS.timepayCount);
      own.t = NOW + TRICKLE_MS + SECOND;
      expect(await total()).toBe(COUNTS.timepayCount + trickleCount(COUNTS.timepayCount));
      own.t = NOW - SECOND;
      expect(await total()).toBeLessThanOrEqual(COUNTS.timepayCount);
    } finally {
      await sb.close();
    }
  });
});

describe('a fixed now keeps the sandbox as it was', () => {
  it('has no trickle however far the clock runs, and answers the same bytes as without a clock', async () => {
    const far = { now: () => NOW + 30 * TRICKLE_MS };
    const withClock = await startSandbox({ now: NOW, seed: 42, clock: far, ...COUNTS });
    const plain = await startSandbox({ now: NOW, seed: 42, ...COUNTS });
    try {
      const tp = (sb: Sandbox) => ({ authorization: `Bearer ${sb.credentials.timepay.token}` });
      const cv = (sb: Sandbox) => `auth_token=${sb.credentials.convoso.authToken}`;
      for (const [path, headers] of [
        ['/api/v1/logs?page=1', tp],
        ['/api/v1/logs?page=200', tp],
        ['/api/v1/logs?count_only=true', tp],
        ['/v1/log/retrieve?limit=100', null],
      ] as const) {
        const bodies = await Promise.all(
          [withClock, plain].map(async (sb) => {
            const url = headers ? sb.url + path : `${sb.url}${path}&${cv(sb)}`;
            return (await fetch(url, { headers: headers ? headers(sb) : {} })).text();
          }),
        );
        expect(bodies[0]).toBe(bodies[1]);
      }
      const { body } = await (async () => {
        const res = await fetch(`${withClock.url}/api/v1/logs?count_only=true`, { headers: tp(withClock) });
        return { body: (await res.json()) as { total: number } };
      })();
      expect(body.total).toBe(COUNTS.timepayCount);
    } finally {
      await withClock.close();
      await plain.close();
    }
  });
});
