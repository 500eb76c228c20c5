import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INLINED_SOURCES_ID } from '../../src/logs/source.ts';
import { toZonedIso } from '../../src/logs/time.ts';
import { startProductionServer, type ProductionServer } from '../../src/server/production-server.ts';
import { startFakeUpstream, type FakeUpstream } from './fake-upstream.ts';
import { send } from './http-client.ts';
import { recordingLogger, writeConfig } from './switchboard-harness.ts';

// Shaped like Vite's output: the entry and its modulepreloads, the sources preload of index.html.
const INDEX_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <link rel="preload" href="/api/sources" as="fetch" crossorigin="anonymous" />
    <title>Switchboard</title>
    <script type="module" crossorigin src="/assets/index-e1.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/http-h1.js">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

const MANIFEST = {
  'index.html': { file: 'assets/index-e1.js', imports: ['_http-h1.js'], isEntry: true },
  '_http-h1.js': { file: 'assets/http-h1.js' },
  '_phone-p1.js': { file: 'assets/phone-p1.js', imports: ['_http-h1.js'] },
  'src/providers/timepay/index.ts': { file: 'assets/timepay-t1.js', imports: ['_phone-p1.js', 'index.html'] },
  'src/providers/convoso/index.ts': { file: 'assets/convoso-c1.js', imports: ['_phone-p1.js'] },
  'src/providers/unpod/index.ts': { file: 'assets/unpod-u1.js' },
  'src/features/timeline/index.ts': { file: 'assets/timeline-l1.js', imports: ['_http-h1.js'] },
};

function fakeDist(): string {
  const dist = mkdtempSync(join(tmpdir(), 'switchboard-dist-'));
  mkdirSync(join(dist, 'assets'));
  mkdirSync(join(dist, '.vite'));
  writeFileSync(join(dist, 'index.html'), INDEX_HTML);
  writeFileSync(join(dist, '.vite', 'manifest.json'), JSON.stringify(MANIFEST));
  for (const { file } of Object.values(MANIFEST)) writeFileSync(join(dist, file), 'export {};');
  return dist;
}

/** A label that would end the JSON block, open a script and split a JS string, were it not escaped. */
const HOSTILE_LABEL = 'Collections </script><script>alert(1)</script> <!-- \u2028 & "quoted"';

let upstream: FakeUpstream;
let server: ProductionServer;

beforeAll(async () => {
  upstream = await startFakeUpstream();
  const config = writeConfig({
    sources: [
      {
        id: 'tp',
        provider: 'timepay',
        label: HOSTILE_LABEL,
        baseUrl: upstream.url,
        credentials: { token: 'tp-secret-token' },
      },
      {
        id: 'cc',
        provider: 'convoso',
        label: 'Call center',
        baseUrl: upstream.url,
        credentials: { authToken: 'cc-secret-token' },
      },
    ],
  });
  server = await startProductionServer({
    port: 0,
    env: { SWITCHBOARD_CONFIG: config },
    distDir: fakeDist(),
    build: false,
    logger: recordingLogger(),
  });
});

afterAll(async () => {
  await server?.close();
  await upstream?.close();
});

const linksOf = (html: string, rel: string) =>
  [...html.matchAll(new RegExp(`<link rel="${rel}"[^>]*href="([^"]+)"`, 'g'))].map((m) =>
    (m[1] ?? '').replace(/&amp;/g, '&'),
  );

function inlined(html: string): { text: string; value: unknown } {
  const open = `<script type="application/json" id="${INLINED_SOURCES_ID}">`;
  const start = html.indexOf(open);
  expect(start).toBeGreaterThan(-1);
  const text = html.slice(start + open.length, html.indexOf('</script>', start));
  return { text, value: JSON.parse(text) };
}

describe('a dashboard page from the production server', () => {
  it('inlines the source list the API gives, escaped so no label can leave the inert JSON block', async () => {
    const res = await send(server.url, '/logs?source=tp');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    const api = JSON.parse((await send(server.url, '/api/sources')).text) as unknown;
    const { text, value } = inlined(res.text);
    expect(value).toEqual(api);
    expect(value).toContainEqual(expect.objectContaining({ id: 'tp', label: HOSTILE_LABEL }));
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    // The template's one script and the two JSON blocks (the list, the instant page 1 was planned at): the
    // label opened none.
    expect(res.text.match(/<script/g)).toHaveLength(3);
    expect(res.text).not.toContain('alert(1)</script>');
  });

  it('inlines no secret and nothing but the public fields', async () => {
    const res = await send(server.url, '/logs?source=all');
    expect(res.text).not.toContain('secret-token');
    expect(res.text).not.toContain(upstream.url);
    for (const source of inlined(res.text).value as object[])
      expect(Object.keys(source).sort()).toEqual(
        ['defaultCountry', 'id', 'label', 'provider', 'sandbox', 'timeZone'].sort(),
      );
  });

  it("modulepreloads the adapter chunks of the URL's sources, and only those not loaded anyway", async () => {
    const one = await send(server.url, '/logs?source=tp');
    // index.html's own first (the entry's import); then the adapter's, the entry's chunks not repeated.
    expect(linksOf(one.text, 'modulepreload')).toEqual([
      '/assets/http-h1.js',
      '/assets/timepay-t1.js',
      '/assets/phone-p1.js',
    ]);
    const merged = await send(server.url, '/logs?source=tp&source=cc');
    expect(linksOf(merged.text, 'modulepreload')).toEqual([
      '/assets/http-h1.js',
      '/assets/timepay-t1.js',
      '/assets/phone-p1.js',
      '/assets/convoso-c1.js',
    ]);
  });

  it("preloads page 1 of each source with the table's request, which the proxy answers", async () => {
    const res = await send(server.url, '/logs?source=tp&source=cc&channel=call');
    const fetches = linksOf(res.text, 'preload');
    // The open upper bound is pinned at the instant the page inlines, which the browser then pins too.
    const asOf = Number(
      res.text.match(/<script type="application\/json" id="switchboard-now">(\d+)<\/script>/)?.[1],
    );
    expect(Number.isFinite(asOf)).toBe(true);
    const endIst = encodeURIComponent(toZonedIso(Math.floor(asOf / 1000) * 1000, 'Asia/Kolkata'));
    expect(fetches).toEqual([
      `/api/sources/tp/api/v1/logs?type=call&end_time=${endIst}&page=1`,
      expect.stringMatching(/^\/api\/sources\/cc\/v1\/log\/retrieve\?.*offset=0/),
    ]);
    expect(res.text).toMatch(
      /<link rel="preload" as="fetch" crossorigin="anonymous" href="\/api\/sources\/tp\//,
    );
    // index.html's own preload of /api/sources is dropped: the list is inlined.
    expect(res.text).not.toContain('href="/api/sources"');
    const before = upstream.received.length;
    const page = await send(server.url, fetches[0]!);
    expect(page.status).toBe(200);
    expect(upstream.received.slice(before).map((r) => r.url)).toEqual([
      `/api/v1/logs?type=call&end_time=${endIst}&page=1`,
    ]);
  });

  it('leaves out the page-1 preload when the range is relative to the browser clock', async () => {
    const res = await send(server.url, '/logs?source=tp&since=now-24h');
    expect(linksOf(res.text, 'preload')).toEqual([]);
    expect(linksOf(res.text, 'modulepreload')).toContain('/assets/timepay-t1.js');
    const absolute = await send(server.url, '/logs?source=tp&since=2026-01-17T00:00:00Z');
    expect(linksOf(absolute.text, 'preload')).toHaveLength(1);
  });

  it('still serves the page, with the list inlined, for bad params', async () => {
    for (const path of [
      '/logs?source=nope&channel=fax&since=yesterday-ish&sort=%zz&log=%E0%A4%A',
      '/logs?source=%3Cscript%3E&x.=1&cols=nope',
      '/logs/?%%%',
    ]) {
      const res = await send(server.url, path);
      expect(res.status, path).toBe(200);
      expect(inlined(res.text).value, path).toHaveLength(2);
      expect(res.text, path).toContain('<div id="root"></div>');
      expect(res.text, path).not.toContain('<script>');
    }
  });

  it('answers HEAD with the headers only, and /customer with the timeline and adapter chunks', async () => {
    const head = await send(server.url, '/logs', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.text).toBe('');
    const customer = await send(server.url, '/customer?phone=%2B919876543210');
    expect(linksOf(customer.text, 'modulepreload')).toEqual([
      '/assets/http-h1.js', // index.html's own
      '/assets/timeline-l1.js',
      '/assets/timepay-t1.js',
      '/assets/phone-p1.js',
      '/assets/convoso-c1.js',
    ]);
    expect(inlined(customer.text).value).toHaveLength(2);
  });

  it('serves other paths as before: / gets index.html untouched', async () => {
    const res = await send(server.url, '/');
    expect(res.text).toBe(INDEX_HTML);
  });
});
