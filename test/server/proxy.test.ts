import { request, type IncomingMessage } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  closedPort,
  SLOW_CHUNK,
  SLOW_CHUNKS,
  startFakeUpstream,
  type FakeUpstream,
} from './fake-upstream.ts';
import { send } from './http-client.ts';
import { startTestSwitchboard, type TestSwitchboard } from './switchboard-harness.ts';

const SECRETS = {
  timepay: 'tp-secret-token-0001',
  salesfinity: 'sf-secret-key-0002',
  unpod: 'un-secret-token-0003',
  convoso: 'cv-secret/token+0004',
};

/** A JSON response limit small enough to test, large enough for the streaming tests' 1 MiB. */
const MAX_JSON_BYTES = 2_000_000;
/** The proxy's upstream timeouts in this file (total, and idle between bytes). */
const TIMEOUT_MS = 2_000;
const IDLE_TIMEOUT_MS = 1_500;

let upstream: FakeUpstream;
/** Another host, where an upstream's redirect points: it must never see a request. */
let elsewhere: FakeUpstream;
let app: TestSwitchboard;

beforeAll(async () => {
  upstream = await startFakeUpstream();
  elsewhere = await startFakeUpstream();
  const baseUrl = upstream.url;
  app = await startTestSwitchboard({
    config: {
      sources: [
        {
          id: 'tp',
          provider: 'timepay',
          label: 'Collections',
          baseUrl,
          credentials: { token: SECRETS.timepay },
        },
        {
          id: 'sf',
          provider: 'salesfinity',
          label: 'Sales',
          baseUrl,
          credentials: { apiKey: SECRETS.salesfinity },
        },
        {
          id: 'un',
          provider: 'unpod',
          label: 'Voice bot',
          baseUrl,
          credentials: { token: SECRETS.unpod, orgHandle: 'acme' },
        },
        {
          id: 'cv',
          provider: 'convoso',
          label: 'Call center',
          baseUrl,
          credentials: { authToken: SECRETS.convoso },
        },
        {
          id: 'down',
          provider: 'timepay',
          label: 'Down',
          baseUrl: `http://127.0.0.1:${await closedPort()}`,
          credentials: { token: SECRETS.timepay },
        },
      ],
    },
    env: {
      // Short enough to test quickly, long enough that a machine under full load never trips them by accident.
      SWITCHBOARD_UPSTREAM_TIMEOUT_MS: String(TIMEOUT_MS),
      SWITCHBOARD_UPSTREAM_IDLE_TIMEOUT_MS: String(IDLE_TIMEOUT_MS),
      SWITCHBOARD_MAX_JSON_BYTES: String(MAX_JSON_BYTES),
      // These tests count what reaches the upstream and race 400 ms deadlines: the cache and coalescing are off
      // here and have their own tests (test/server/cache, test/server/redis); the budget stays on.
      SWITCHBOARD_CACHE_TTL_MS: '0',
      SWITCHBOARD_CACHE_PINNED_TTL_MS: '0',
      SWITCHBOARD_COALESCING: '0',
    },
  });
});

afterAll(async () => {
  await app?.close();
  await upstream?.close();
  await elsewhere?.close();
});

beforeEach(() => {
  upstream.received.length = 0;
  elsewhere.received.length = 0;
});

function lastReceived() {
  const last = upstream.received.at(-1);
  if (!last) throw new Error('the upstream received nothing');
  return last;
}

/** Every header a browser (or an attacker) might try to push through the proxy. */
const HOSTILE_CLIENT_HEADERS = {
  cookie: 'session=browser-cookie',
  authorization: 'Bearer client-supplied',
  'x-api-key': 'client-supplied',
  'org-handle': 'evil-org',
  'proxy-authorization': 'Basic client-supplied',
  'x-forwarded-for': '10.0.0.1',
  'x-forwarded-host': 'evil.example',
  'x-forwarded-proto': 'http',
  forwarded: 'for=10.0.0.1;host=evil.example',
  'x-real-ip': '10.0.0.1',
  origin: 'https://evil.example',
  referer: 'https://evil.example/page?phone=+919876543210',
  'x-auth-token': 'client-supplied',
  te: 'trailers',
  upgrade: 'websocket',
  accept: 'application/json',
  'accept-language': 'hi-IN',
  'if-modified-since': 'Tue, 01 Jul 2025 00:00:00 GMT',
};

describe('credentials go upstream the way each provider wants them', () => {
  const cases = [
    {
      source: 'tp',
      path: '/api/v1/logs?type=call&page=2',
      headers: { authorization: `Bearer ${SECRETS.timepay}` },
    },
    {
      source: 'sf',
      path: '/v1/call-log?filters%5Buser_ids%5D%5B%5D=a&filters%5Buser_ids%5D%5B%5D=b',
      headers: { 'x-api-key': SECRETS.salesfinity },
    },
    {
      source: 'un',
      path: '/api/v2/platform/call-logs/?page=1',
      headers: { authorization: `Token ${SECRETS.unpod}`, 'org-handle': 'acme' },
    },
    { source: 'cv', path: '/v1/log/retrieve?limit=10&offset=0', headers: {} },
  ];

  it.each(cases)(
    '$source: injects its credentials and forwards path and query untouched',
    async ({ source, path, headers }) => {
      const res = await send(app.url, `/api/sources/${source}${path}`, { headers: HOSTILE_CLIENT_HEADERS });
      expect(res.status).toBe(200);
      const received = lastReceived();
      const expectedUrl =
        source === 'cv' ? `${path}&auth_token=${encodeURIComponent(SECRETS.convoso)}` : path;
      expect(received.url).toBe(expectedUrl);
      for (const [name, value] of Object.entries(headers)) expect(received.headers[name]).toBe(value);
      if (!('authorization' in headers)) expect(received.headers.authorization).toBeUndefined();
      if (!('x-api-key' in headers)) expect(received.headers['x-api-key']).toBeUndefined();
      if (!('org-handle' in headers)) expect(received.headers['org-handle']).toBeUndefined();
    },
  );

  it.each(cases)(
    '$source: strips cookies, client auth and hop-by-hop headers, keeps content negotiation',
    async ({ source, path }) => {
      await send(app.url, `/api/sources/${source}${path}`, { headers: HOSTILE_CLIENT_HEADERS });
      const { headers } = lastReceived();
      expect(headers.cookie).toBeUndefined();
      expect(headers['proxy-authorization']).toBeUndefined();
      for (const name of ['x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto', 'forwarded'])
        expect(headers[name]).toBeUndefined();
      expect(headers['x-real-ip']).toBeUndefined();
      expect(headers.origin).toBeUndefined();
      expect(headers.referer).toBeUndefined();
      expect(JSON.stringify(headers)).not.toContain('evil.example');
      expect(headers.te).toBeUndefined();
      expect(headers.upgrade).toBeUndefined();
      expect(JSON.stringify(headers)).not.toContain('client-supplied');
      expect(JSON.stringify(headers)).not.toContain('evil-org');
      expect(headers.accept).toBe('application/json');
      expect(headers['accept-language']).toBe('hi-IN');
      expect(headers['if-modified-since']).toBe('Tue, 01 Jul 2025 00:00:00 GMT');
      expect(headers.host).toBe(new URL(upstream.url).host);
    },
  );

  it('convoso: replaces an auth_token the client sent (in any spelling) with the configured one', async () => {
    await send(
      app.url,
      '/api/sources/cv/v1/log/retrieve?auth_token=mine&limit=5&AUTH_TOKEN=x&auth%5Ftoken=y',
    );
    const url = new URL(lastReceived().url, 'http://x');
    expect(url.searchParams.getAll('auth_token')).toEqual([SECRETS.convoso]);
    expect([...url.searchParams.keys()]).toEqual(['limit', 'auth_token']);
  });

  const tokenSpellings = [
    ['upper case', 'AUTH_TOKEN=x'],
    ['an escaped underscore', 'auth%5Ftoken=x'],
    ['a double-escaped underscore', 'auth%255Ftoken=x'],
    ['escaped letters', '%61uth_%74oken=x'],
    ['an array', 'auth_token[]=x'],
    ['an escaped array', 'auth_token%5B%5D=x'],
    ['an indexed array', 'auth_token[0]=x'],
    ['a dot (PHP reads it as _)', 'auth.token=x'],
    ['a space (PHP reads it as _)', 'auth+token=x'],
    ['an escaped space', 'auth%20token=x'],
    ['a leading space', '+auth_token=x'],
    ['no value', 'auth_token'],
    ['an empty value', 'auth_token='],
    ['a ;-separated pair', 'offset=0;auth_token=x'],
    ['an escaped ;', 'offset=0%3Bauth_token=x'],
  ] as const;

  it.each(tokenSpellings)('convoso: drops a client auth_token spelled with %s', async (_name, pair) => {
    await send(app.url, `/api/sources/cv/v1/log/retrieve?${pair}&limit=5`);
    expect(lastReceived().url).toBe(
      `/v1/log/retrieve?limit=5&auth_token=${encodeURIComponent(SECRETS.convoso)}`,
    );
  });

  it.each(tokenSpellings)('timepay: drops a client auth_token spelled with %s too', async (_name, pair) => {
    await send(app.url, `/api/sources/tp/api/v1/logs?${pair}&page=2`);
    expect(lastReceived().url).toBe('/api/v1/logs?page=2');
  });
});

describe('credentials never come back', () => {
  /** Every form a credential can take in a body: as written, %-encoded (either case), form-encoded, JSON-escaped. */
  function forms(secret: string): string[] {
    const encoded = encodeURIComponent(secret);
    return [
      secret,
      encoded,
      encoded.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase()),
      new URLSearchParams({ s: secret }).toString().slice(2),
      JSON.stringify(secret).slice(1, -1).replace(/\//g, '\\/'),
    ];
  }

  function expectNoSecret(text: string) {
    for (const secret of Object.values(SECRETS))
      for (const form of forms(secret)) expect(text).not.toContain(form);
  }

  it.each(['tp', 'sf', 'un', 'cv'])(
    '%s: an upstream echoing the request gets its credentials scrubbed from body and headers',
    async (source) => {
      const path = {
        tp: '/api/v1/logs',
        sf: '/v1/call-log',
        un: '/api/v2/platform/call-logs/',
        cv: '/v1/log/retrieve',
      }[source];
      const res = await send(app.url, `/api/sources/${source}${path}?fake=echo`);
      expect(res.status).toBe(200);
      expectNoSecret(res.text);
      expectNoSecret(JSON.stringify(res.headers));
      const body = JSON.parse(res.text) as { token: string };
      expect(body.token).toContain('[redacted]');
    },
  );

  it('scrubs a compressed body too', async () => {
    const res = await send(app.url, '/api/sources/cv/v1/log/retrieve?fake=echo&gzip=1');
    expect(res.status).toBe(200);
    const text = res.headers['content-encoding'] === 'gzip' ? gunzipSync(res.body).toString() : res.text;
    expectNoSecret(text);
    expect(JSON.parse(text)).toMatchObject({ token: '[redacted]' });
  });
});

describe('responses coming back', () => {
  it('drops Set-Cookie and unknown upstream headers, passes content and rate-limit headers, never caches', async () => {
    const res = await send(app.url, '/api/sources/tp/api/v1/logs');
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toEqual({ ok: true, path: '/api/v1/logs' });
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(res.headers['x-upstream-internal']).toBeUndefined();
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers['x-ratelimit-remaining']).toBe('99');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-switchboard-upstream-auth']).toBeUndefined();
  });

  it.each([401, 403])(
    'passes an upstream %i through with its body and marks it as a credentials failure',
    async (code) => {
      const res = await send(app.url, `/api/sources/sf/v1/call-log?fake=status&code=${code}`);
      expect(res.status).toBe(code);
      expect(JSON.parse(res.text)).toEqual({ error: `upstream ${code}`, message: 'from the provider' });
      expect(res.headers['x-switchboard-upstream-auth']).toBe('failed');
      expect(res.headers['x-switchboard-source']).toBe('sf');
      expect(app.logs.at(-1)).toContain('source "sf"');
    },
  );

  it.each([404, 429, 500])('passes an upstream %i through without blaming the credentials', async (code) => {
    const res = await send(app.url, `/api/sources/sf/v1/call-log?fake=status&code=${code}`);
    expect(res.status).toBe(code);
    expect(res.headers['x-switchboard-upstream-auth']).toBeUndefined();
    if (code === 429) {
      expect(res.headers['retry-after']).toBe('7');
      expect(res.headers['x-ratelimit-remaining']).toBe('0');
    }
  });

  it('passes Range through: 206 with Content-Range and exactly those bytes', async () => {
    const res = await send(app.url, '/api/sources/tp/api/v1/recordings/rec_123', {
      headers: { range: 'bytes=100-1099' },
    });
    expect(res.status).toBe(206);
    expect(res.headers['content-range']).toBe(`bytes 100-1099/${upstream.recording.length}`);
    expect(res.headers['content-length']).toBe('1000');
    expect(res.headers['accept-ranges']).toBe('bytes');
    expect(res.headers['content-type']).toBe('audio/wav');
    expect(res.body.equals(upstream.recording.subarray(100, 1100))).toBe(true);
    expect(lastReceived().headers.range).toBe('bytes=100-1099');
  });

  it('keeps the caching headers of recordings and answers If-None-Match with the upstream 304', async () => {
    const full = await send(app.url, '/api/sources/tp/api/v1/recordings/rec_123');
    expect(full.status).toBe(200);
    expect(full.headers['cache-control']).toBe('public, max-age=86400');
    expect(full.headers.etag).toBe('"rec-v1"');
    expect(full.body.equals(upstream.recording)).toBe(true);
    const again = await send(app.url, '/api/sources/tp/api/v1/recordings/rec_123', {
      headers: { 'if-none-match': '"rec-v1"' },
    });
    expect(again.status).toBe(304);
  });

  it('forwards HEAD as HEAD', async () => {
    const res = await send(app.url, '/api/sources/tp/api/v1/recordings/rec_9', { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers['content-length']).toBe(String(upstream.recording.length));
    expect(res.body.length).toBe(0);
    expect(lastReceived().method).toBe('HEAD');
  });
});

describe('streaming', () => {
  function openStream(path: string) {
    const { hostname, port } = new URL(app.url);
    const req = request({ hostname, port, path });
    const response = new Promise<IncomingMessage>((resolve, reject) => {
      req.on('response', resolve);
      req.on('error', reject);
    });
    req.end();
    return { req, response };
  }

  it('delivers the first bytes before the upstream has finished, then the whole body', async () => {
    const { response } = openStream('/api/sources/tp/api/v1/logs?fake=slow');
    const res = await response;
    const chunks: Buffer[] = [];
    const firstBytes = new Promise<void>((resolve) => res.once('data', () => resolve()));
    const ended = new Promise<void>((resolve) => res.on('end', resolve));
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    await firstBytes; // the upstream is holding the rest back: a buffering proxy would never get here
    expect(chunks.reduce((total, chunk) => total + chunk.length, 0)).toBeLessThan(SLOW_CHUNK * SLOW_CHUNKS);
    upstream.releaseSlow();
    await ended;
    expect(Buffer.concat(chunks).length).toBe(SLOW_CHUNK * SLOW_CHUNKS);
  });

  it('aborts the upstream request when the client goes away before the upstream answers', async () => {
    const { req, response } = openStream('/api/sources/tp/api/v1/logs?fake=hang');
    // The hang-up we cause rejects the response we will never get.
    response.catch(() => {});
    await expect.poll(() => upstream.received.length).toBe(1);
    req.destroy();
    await lastReceived().aborted;
  });

  it('aborts the upstream request when the client goes away', async () => {
    const aborted = upstream.slowAborted();
    const { req, response } = openStream('/api/sources/tp/api/v1/logs?fake=slow');
    const res = await response;
    await new Promise<void>((resolve) => res.once('data', () => resolve()));
    req.destroy();
    await aborted;
  });
});

describe('what the proxy refuses', () => {
  it.each(['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'TRACE', 'PROPFIND'])(
    '%s → 405 with Allow, nothing sent upstream',
    async (method) => {
      const res = await send(app.url, '/api/sources/tp/api/v1/logs', { method });
      expect(res.status).toBe(405);
      expect(res.headers.allow).toBe('GET, HEAD');
      expect(JSON.parse(res.text)).toMatchObject({ error: 'method_not_allowed' });
      expect(upstream.received).toHaveLength(0);
    },
  );

  it('unknown source → 404 JSON', async () => {
    const res = await send(app.url, '/api/sources/nope/api/v1/logs');
    expect(res.status).toBe(404);
    expect(JSON.parse(res.text)).toMatchObject({ error: 'unknown_source', source: 'nope' });
  });

  const outside = [
    ['a path the provider does not allow', '/tp/api/v1/admin'],
    ['another provider’s path', '/tp/v1/call-log'],
    ['the source root', '/tp'],
    ['a literal spelled with escapes', '/tp/api/v1/%6Cogs'],
    ['an extra trailing slash', '/tp/api/v1/logs/'],
    ['a missing trailing slash (unpod)', '/un/api/v2/platform/call-logs'],
    ['a double slash', '/tp//api/v1/logs'],
    ['an empty id', '/tp/api/v1/recordings/'],
    ['an id with two segments', '/tp/api/v1/recordings/a/b'],
    ['.. as the id', '/tp/api/v1/recordings/..'],
    ['. as the id', '/tp/api/v1/recordings/.'],
    ['.. inside the path', '/tp/api/v1/logs/../../admin'],
    ['.. climbing back into an allowed path', '/tp/api/v1/campaigns/../logs'],
    ['%2e%2e as the id', '/tp/api/v1/recordings/%2e%2e'],
    ['%2E%2E%2F in the id', '/tp/api/v1/recordings/%2E%2E%2Fadmin'],
    ['an encoded slash in the id', '/tp/api/v1/recordings/a%2Fb'],
    ['an encoded backslash in the id', '/tp/api/v1/recordings/a%5Cb'],
    ['a double-encoded ..', '/tp/api/v1/recordings/%252e%252e'],
    ['an encoded NUL', '/tp/api/v1/recordings/a%00'],
    ['an invalid escape', '/tp/api/v1/recordings/%zz'],
    ['an encoded slash in a literal', '/tp/api%2Fv1/logs'],
    ['an encoded dot in a literal', '/tp/api/v1%2elogs'],
    ['a double slash before the id', '/tp/api/v1/recordings//x'],
    ['a backslash in the id', '/tp/api/v1/recordings/a\\..\\..\\admin'],
    ['a backslash after a literal', '/tp/api/v1/logs\\..\\admin'],
    ['..\\ as the id', '/tp/api/v1/recordings/..\\'],
    ['a ; parameter after a literal', '/tp/api/v1/logs;x=1'],
    ['a ; parameter in the id', '/tp/api/v1/recordings/a;b'],
    ['..; as the id (Tomcat)', '/tp/api/v1/recordings/..;'],
    ['an encoded ; in the id', '/tp/api/v1/recordings/a%3B..'],
    ['..%2f in the id', '/tp/api/v1/recordings/..%2fadmin'],
    ['..%5c in the id', '/tp/api/v1/recordings/..%5cadmin'],
    ['a half-encoded ..', '/tp/api/v1/recordings/.%2e'],
    ['a double-encoded slash', '/tp/api/v1/recordings/a%252Fb'],
    ['an overlong UTF-8 dot', '/tp/api/v1/recordings/%c0%ae%c0%ae'],
    ['fullwidth dots (NFKC → ..)', '/tp/api/v1/recordings/%EF%BC%8E%EF%BC%8E'],
    ['a fullwidth solidus', '/tp/api/v1/recordings/a%EF%BC%8Fb'],
    ['a # in the id', '/tp/api/v1/recordings/a%23b'],
    ['a ? in the id', '/tp/api/v1/recordings/a%3Fb'],
  ] as const;

  it.each(outside)('%s → 404, nothing sent upstream', async (_name, path) => {
    const res = await send(app.url, `/api/sources${path}`);
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toContain('application/json');
    expect(upstream.received).toHaveLength(0);
  });

  it.each([
    ['timepay call details', '/tp/api/v1/communication/call/CALL-1234'],
    ['a WhatsApp message id with = and .', '/tp/api/v1/communication/whatsapp/wamid.HBgM%3D%3D'],
    ['a transcript', '/tp/api/v1/transcripts/tr_9f8e'],
    ['a sequence', '/sf/v1/sequences/64b7f0'],
    ['convoso statuses', '/cv/v1/status/search?query='],
  ])('allows %s', async (_name, path) => {
    const res = await send(app.url, `/api/sources${path}`);
    expect(res.status).toBe(200);
    expect(upstream.received).toHaveLength(1);
  });
});

describe('requests from elsewhere', () => {
  it.each([
    ['a rebound DNS name', { host: 'attacker.example' }],
    ['another site’s page', { 'sec-fetch-site': 'cross-site' }],
    ['a page on another localhost port', { 'sec-fetch-site': 'same-site' }],
  ])('refuses %s with 403, nothing sent upstream', async (_name, headers) => {
    const res = await send(app.url, '/api/sources/tp/api/v1/logs', { headers });
    expect(res.status).toBe(403);
    expect(JSON.parse(res.text)).toMatchObject({ error: 'request_refused' });
    expect(upstream.received).toHaveLength(0);
  });

  it.each([
    ['localhost with a port', { host: 'localhost:8080' }],
    ['an IPv6 literal', { host: '[::1]:8080' }],
    ['our own page', { 'sec-fetch-site': 'same-origin' }],
    ['a typed URL', { 'sec-fetch-site': 'none' }],
  ])('serves %s', async (_name, headers) => {
    const res = await send(app.url, '/api/sources/tp/api/v1/logs', { headers });
    expect(res.status).toBe(200);
  });

  it('serves a name listed in SWITCHBOARD_ALLOWED_HOSTS', async () => {
    const other = await startTestSwitchboard({
      config: { sources: [] },
      env: { SWITCHBOARD_ALLOWED_HOSTS: 'switchboard.internal, ops.example', SWITCHBOARD_SANDBOX: '0' },
    });
    try {
      expect((await send(other.url, '/api/sources', { headers: { host: 'ops.example:443' } })).status).toBe(
        200,
      );
      expect((await send(other.url, '/api/sources', { headers: { host: 'evil.example' } })).status).toBe(403);
    } finally {
      await other.close();
    }
  });

  it('forbids other origins to embed provider content', async () => {
    const res = await send(app.url, '/api/sources/tp/api/v1/recordings/rec_1');
    expect(res.headers['cross-origin-resource-policy']).toBe('same-origin');
  });
});

describe('redirects', () => {
  it.each([301, 302, 303, 307, 308])(
    'an upstream %i is an error naming the source; not followed, no Location passed',
    async (code) => {
      const to = `${elsewhere.url}/v1/log/retrieve`;
      const res = await send(
        app.url,
        `/api/sources/cv/v1/log/retrieve?fake=redirect&code=${code}&to=${encodeURIComponent(to)}`,
      );
      expect(res.status).toBe(502);
      expect(JSON.parse(res.text)).toMatchObject({ error: 'upstream_redirect', source: 'cv' });
      expect(res.text).toContain('"cv"');
      expect(res.headers.location).toBeUndefined();
      expect(res.text).not.toContain(encodeURIComponent(SECRETS.convoso));
      expect(res.text).not.toContain('leaked');
      expect(upstream.received).toHaveLength(1);
      expect(elsewhere.received).toHaveLength(0);
    },
  );

  it('a redirect to the same host is not followed either', async () => {
    const res = await send(app.url, '/api/sources/tp/api/v1/logs?fake=redirect&to=/api/v1/campaigns');
    expect(res.status).toBe(502);
    expect(JSON.parse(res.text)).toMatchObject({ error: 'upstream_redirect', source: 'tp' });
    expect(upstream.received).toHaveLength(1);
  });
});

describe('response size limits', () => {
  it('a JSON response declared over the limit → 502 naming the source, before any byte', async () => {
    const res = await send(app.url, `/api/sources/tp/api/v1/logs?fake=big&bytes=${MAX_JSON_BYTES + 1}`);
    expect(res.status).toBe(502);
    const body = JSON.parse(res.text) as { error: string; source: string; message: string };
    expect(body).toMatchObject({ error: 'upstream_too_large', source: 'tp' });
    expect(body.message).toContain('"tp"');
    await lastReceived().aborted;
  });

  it('a chunked JSON response that grows over the limit is cut, and the upstream request aborted', async () => {
    await expect(
      send(app.url, `/api/sources/tp/api/v1/logs?fake=big&chunked=1&bytes=${MAX_JSON_BYTES * 2}`),
    ).rejects.toThrow();
    await lastReceived().aborted;
    expect(app.logs.at(-1)).toMatch(/source "tp".*larger than/);
  });

  it.each([
    ['declared', ''],
    ['chunked', '&chunked=1'],
  ])('a %s JSON response of exactly the limit passes whole', async (_name, chunked) => {
    const res = await send(app.url, `/api/sources/tp/api/v1/logs?fake=big&bytes=${MAX_JSON_BYTES}${chunked}`);
    expect(res.status).toBe(200);
    expect(res.body.length).toBe(MAX_JSON_BYTES);
  });

  it('a recording is exempt: an audio stream over the limit passes whole', async () => {
    const res = await send(
      app.url,
      `/api/sources/tp/api/v1/recordings/rec_1?fake=big&type=audio%2Fwav&bytes=${MAX_JSON_BYTES * 2}`,
    );
    expect(res.status).toBe(200);
    expect(res.body.length).toBe(MAX_JSON_BYTES * 2);
  });
});

describe('timeouts', () => {
  /** Far below anything but the configured timeouts could end these requests (Node's own are minutes). */
  const CUT_BOUND_MS = 5 * TIMEOUT_MS;

  it('a JSON body still trickling in at the request timeout is cut, and the upstream request aborted', async () => {
    const started = Date.now();
    await expect(send(app.url, '/api/sources/tp/api/v1/logs?fake=trickle')).rejects.toThrow();
    // The body never ends by itself, and Node's own server timeouts are minutes: only our cut ends it.
    expect(Date.now() - started).toBeLessThan(CUT_BOUND_MS);
    await lastReceived().aborted;
  });

  it('a JSON body that stalls is cut after the idle timeout', async () => {
    const started = Date.now();
    await expect(send(app.url, '/api/sources/tp/api/v1/logs?fake=stall')).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(CUT_BOUND_MS);
    await lastReceived().aborted;
  });

  it('a recording that stalls is cut after the idle timeout', async () => {
    await expect(
      send(app.url, '/api/sources/tp/api/v1/recordings/rec_1?fake=stall&type=audio%2Fwav'),
    ).rejects.toThrow();
    await lastReceived().aborted;
  });

  it('a recording may stream for longer than the request timeout while bytes keep coming', async () => {
    const { hostname, port } = new URL(app.url);
    const req = request({
      hostname,
      port,
      path: '/api/sources/tp/api/v1/recordings/rec_1?fake=trickle&type=audio%2Fwav',
    });
    req.on('error', () => {});
    req.end();
    const res = await new Promise<IncomingMessage>((resolve) => req.on('response', resolve));
    let bytes = 0;
    let ended = false;
    res.on('data', (chunk: Buffer) => (bytes += chunk.length));
    res.on('close', () => (ended = true));
    await new Promise((resolve) => setTimeout(resolve, TIMEOUT_MS + 500));
    expect(ended).toBe(false);
    expect(bytes).toBeGreaterThan(10);
    req.destroy();
    await lastReceived().aborted;
  });
});

describe('upstream failures', () => {
  it('an unreachable upstream → 502 JSON naming the source', async () => {
    const res = await send(app.url, '/api/sources/down/api/v1/logs');
    expect(res.status).toBe(502);
    const body = JSON.parse(res.text) as { error: string; source: string; message: string };
    expect(body).toMatchObject({ error: 'upstream_unreachable', source: 'down' });
    expect(body.message).toContain('"down"');
    expect(body.message).toContain('ECONNREFUSED');
  });

  it('an upstream that does not answer in time → 502 JSON naming the source', async () => {
    const res = await send(app.url, '/api/sources/cv/v1/log/retrieve?fake=hang');
    expect(res.status).toBe(502);
    expect(JSON.parse(res.text)).toMatchObject({ error: 'upstream_unreachable', source: 'cv' });
    expect(res.text).toContain(`no answer within ${TIMEOUT_MS} ms`);
    expect(res.text).not.toContain(SECRETS.convoso);
    expect(res.text).not.toContain(encodeURIComponent(SECRETS.convoso));
  });
});

describe('the API around the proxy', () => {
  it('lists the sources with their defaults and without any secret or base URL', async () => {
    const res = await send(app.url, '/api/sources');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(res.text)).toEqual([
      {
        id: 'tp',
        provider: 'timepay',
        label: 'Collections',
        timeZone: 'Asia/Kolkata',
        defaultCountry: 'IN',
        sandbox: false,
      },
      {
        id: 'sf',
        provider: 'salesfinity',
        label: 'Sales',
        timeZone: 'UTC',
        defaultCountry: 'US',
        sandbox: false,
      },
      {
        id: 'un',
        provider: 'unpod',
        label: 'Voice bot',
        timeZone: 'UTC',
        defaultCountry: 'IN',
        sandbox: false,
      },
      {
        id: 'cv',
        provider: 'convoso',
        label: 'Call center',
        timeZone: 'America/Los_Angeles',
        defaultCountry: 'US',
        sandbox: false,
      },
      {
        id: 'down',
        provider: 'timepay',
        label: 'Down',
        timeZone: 'Asia/Kolkata',
        defaultCountry: 'IN',
        sandbox: false,
      },
    ]);
    for (const secret of Object.values(SECRETS)) {
      expect(res.text).not.toContain(secret);
      expect(JSON.stringify(res.headers)).not.toContain(secret);
    }
    expect(res.text).not.toContain(upstream.url);
    expect(res.text).not.toContain('acme');
  });

  it('GET /healthz → 200 ok', async () => {
    const res = await send(app.url, '/healthz');
    expect(res.status).toBe(200);
    expect(res.text).toBe('ok');
  });

  it('other /api paths → 404 JSON; non-API paths go to the next handler', async () => {
    const api = await send(app.url, '/api/nothing-here');
    expect(api.status).toBe(404);
    expect(JSON.parse(api.text)).toMatchObject({ error: 'not_found' });
    expect(api.headers['cache-control']).toBe('no-store');
    const page = await send(app.url, '/logs?source=tp');
    expect(page.status).toBe(418);
  });

  it('never writes a credential into its log', () => {
    expect(app.logs.length).toBeGreaterThan(0); // the failures above were logged
    const log = app.logs.join('\n');
    for (const secret of Object.values(SECRETS)) {
      expect(log).not.toContain(secret);
      expect(log).not.toContain(encodeURIComponent(secret));
    }
  });
});
