import { request, type IncomingMessage } from 'node:http';
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

let upstream: FakeUpstream;
let app: TestSwitchboard;

beforeAll(async () => {
  upstream = await startFakeUpstream();
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
    env: { SWITCHBOARD_UPSTREAM_TIMEOUT_MS: '400' },
  });
});

afterAll(async () => {
  await app?.close();
  await upstream?.close();
});

beforeEach(() => {
  upstream.received.length = 0;
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
      expect(headers['x-forwarded-for']).toBeUndefined();
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
  it.each(['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])(
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
    expect(res.text).toContain('no answer within 400 ms');
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
