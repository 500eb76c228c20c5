import { get } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startConvoso, type ConvosoHarness, type ConvosoPage } from './convoso-harness.ts';

let cv: ConvosoHarness;
let page: ConvosoPage;

beforeAll(async () => {
  cv = await startConvoso();
  page = (await cv.json('/v1/log/retrieve?limit=500&include_recordings=1')).body;
});
afterAll(() => cv.close());

const recorded = () =>
  page.data.results.find(
    (r, i) => i > 100 && (r.recording?.length ?? 0) > 0 && r.recording?.[0]?.public_url !== '',
  );

describe('public recordings', () => {
  it('serves public_url without auth as WAV, as long as the call', async () => {
    const r = recorded();
    const url = r?.recording?.[0]?.public_url ?? '';
    expect(url.startsWith(cv.url)).toBe(true);
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('audio/wav');
    expect(res.headers.get('accept-ranges')).toBe('bytes');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(0, 4).toString('ascii')).toBe('RIFF');
    const seconds = (bytes.length - 44) / 16_000;
    expect(seconds * (r?.recording?.length ?? 1)).toBeCloseTo(Number(r?.call_length), -1);
    const src = await fetch(r?.recording?.[0]?.src ?? '');
    expect(Buffer.from(await src.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it('answers Range with 206 and the same bytes, and 416 past the end', async () => {
    const url = recorded()?.recording?.[0]?.public_url ?? '';
    const whole = Buffer.from(await (await fetch(url)).arrayBuffer());
    const part = await fetch(url, { headers: { range: 'bytes=100-1099' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 100-1099/${whole.length}`);
    expect(Buffer.from(await part.arrayBuffer()).equals(whole.subarray(100, 1100))).toBe(true);
    const bad = await fetch(url, { headers: { range: `bytes=${whole.length + 10}-` } });
    expect(bad.status).toBe(416);
  });

  it('answers 404 for the planted missing recordings and unknown ids', async () => {
    const q = cv.emulator.describeQuirks() as { missingRecordings: Array<{ recording_id: string }> };
    expect(q.missingRecordings.length).toBeGreaterThan(0);
    const res = await fetch(
      `${cv.url}/convoso-media/play-recording-public/${q.missingRecordings[0]?.recording_id}`,
    );
    expect(res.status).toBe(404);
    expect((await fetch(`${cv.url}/convoso-media/play-recording-public/123`)).status).toBe(404);
  });

  it('builds recording URLs from the Host the request came with', async () => {
    // fetch() will not send another Host: a plain http request does, as the proxy does.
    const url = new URL(`${cv.url}/v1/log/retrieve?limit=200&include_recordings=1`);
    url.searchParams.set('auth_token', cv.emulator.credentials.authToken);
    const text = await new Promise<string>((resolve, reject) => {
      get(
        {
          hostname: url.hostname,
          port: url.port,
          path: url.pathname + url.search,
          headers: { host: 'sandbox.test:9999' },
        },
        (res) => {
          let data = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (data += chunk));
          res.on('end', () => resolve(data));
        },
      ).on('error', reject);
    });
    const body = JSON.parse(text) as ConvosoPage;
    const urls = body.data.results.flatMap((r) => r.recording ?? []).map((x) => x.src);
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((u) => !u?.startsWith('http://sandbox.test:9999/convoso-media/'))).toEqual([]);
  });
});
