import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTimepay, type LogPage, type TimepayHarness } from './timepay-harness.ts';

let tp: TimepayHarness;
let recordingId: string;
let duration: number;

beforeAll(async () => {
  tp = await startTimepay({ timepayCount: 3000 });
  const calls = (await tp.json<LogPage>('/api/v1/logs?type=call&status=Completed')).body.data;
  const missing = new Set(
    (
      await tp.json<{ timepay: { missingRecordings: Array<{ recording_id: string }> } }>('/__sandbox/quirks')
    ).body.timepay.missingRecordings.map((m) => m.recording_id),
  );
  const call = calls.find((c) => typeof c.recording_id === 'string' && !missing.has(c.recording_id));
  recordingId = String(call?.recording_id);
  duration = Number(call?.duration);
});
afterAll(() => tp.sandbox.close());

const path = (): string => `/api/v1/recordings/${recordingId}`;

describe('GET /api/v1/recordings/{recording_id}', () => {
  it('streams a whole 8 kHz mono 16-bit WAV as long as the call', async () => {
    const res = await tp.get(path());
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('audio/wav');
    expect(res.headers.get('accept-ranges')).toBe('bytes');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(Number(res.headers.get('content-length'))).toBe(bytes.length);
    expect(bytes.toString('ascii', 0, 4)).toBe('RIFF');
    expect(bytes.toString('ascii', 8, 12)).toBe('WAVE');
    expect(bytes.readUInt16LE(22)).toBe(1);
    expect(bytes.readUInt32LE(24)).toBe(8000);
    expect(bytes.readUInt16LE(34)).toBe(16);
    expect(bytes.readUInt32LE(40)).toBe(bytes.length - 44);
    expect((bytes.length - 44) / 16000).toBeCloseTo(duration, 3);
    // Speech-like: loud stretches and quiet pauses, not silence and not a constant tone.
    const rms = (from: number): number => {
      let sum = 0;
      for (let k = 0; k < 800; k++) sum += bytes.readInt16LE(44 + (from + k) * 2) ** 2;
      return Math.sqrt(sum / 800);
    };
    const windows = Array.from({ length: Math.floor((duration * 8000) / 800) - 1 }, (_, w) => rms(w * 800));
    expect(Math.max(...windows)).toBeGreaterThan(1500);
    expect(Math.min(...windows)).toBeLessThan(200);
  });

  it('is the same audio every time (deterministic)', async () => {
    const a = Buffer.from(await (await tp.get(path())).arrayBuffer());
    const b = Buffer.from(await (await tp.get(path())).arrayBuffer());
    expect(a.equals(b)).toBe(true);
  });

  it.each([
    ['bytes=0-99', 0, 99],
    ['bytes=40-51', 40, 51],
    ['bytes=1001-4000', 1001, 4000],
  ])('answers %s with 206 and exactly those bytes', async (range, start, end) => {
    const whole = Buffer.from(await (await tp.get(path())).arrayBuffer());
    const res = await tp.get(path(), {
      authorization: `Bearer ${tp.sandbox.credentials.timepay.token}`,
      range,
    });
    expect(res.status).toBe(206);
    expect(res.headers.get('content-range')).toBe(`bytes ${start}-${end}/${whole.length}`);
    expect(Number(res.headers.get('content-length'))).toBe(end - start + 1);
    expect(Buffer.from(await res.arrayBuffer()).equals(whole.subarray(start, end + 1))).toBe(true);
  });

  it('answers open-ended and suffix ranges', async () => {
    const auth = { authorization: `Bearer ${tp.sandbox.credentials.timepay.token}` };
    const whole = Buffer.from(await (await tp.get(path())).arrayBuffer());
    const open = await tp.get(path(), { ...auth, range: `bytes=${whole.length - 10}-` });
    expect(open.status).toBe(206);
    expect(Buffer.from(await open.arrayBuffer()).equals(whole.subarray(whole.length - 10))).toBe(true);
    const suffix = await tp.get(path(), { ...auth, range: 'bytes=-500' });
    expect(suffix.headers.get('content-range')).toBe(
      `bytes ${whole.length - 500}-${whole.length - 1}/${whole.length}`,
    );
    expect(Buffer.from(await suffix.arrayBuffer()).equals(whole.subarray(whole.length - 500))).toBe(true);
  });

  it('answers 416 with the size for an unsatisfiable range', async () => {
    const whole = Number((await tp.get(path())).headers.get('content-length'));
    const res = await tp.get(path(), {
      authorization: `Bearer ${tp.sandbox.credentials.timepay.token}`,
      range: `bytes=${whole}-`,
    });
    expect(res.status).toBe(416);
    expect(res.headers.get('content-range')).toBe(`bytes */${whole}`);
  });

  it('answers 404 {error, message} for an unknown id and for a documented missing recording', async () => {
    const unknown = await tp.get('/api/v1/recordings/9242c009-1f8f-4bd6-a40c-e40926d1fd88');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ error: 'NotFound', message: 'Recording not found' });
    const quirks = (
      await tp.json<{ timepay: { missingRecordings: Array<{ recording_id: string; page: number }> } }>(
        '/__sandbox/quirks',
      )
    ).body.timepay;
    const missing = quirks.missingRecordings[0];
    expect(missing).toBeDefined();
    // It is listed like any other recording…
    const page = (await tp.json<LogPage>(`/api/v1/logs?page=${missing?.page}`)).body.data;
    expect(page.map((r) => r.recording_id)).toContain(missing?.recording_id);
    // …but there is no audio behind it.
    const res = await tp.get(`/api/v1/recordings/${missing?.recording_id}`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: 'NotFound', message: 'Recording not found' });
  });

  it('streams a long call whole, and any slice of it alone', async () => {
    const longest = (
      await tp.json<LogPage>('/api/v1/logs?type=call&disposition=Promise%20to%20Pay&page=1')
    ).body.data
      .concat(
        (await tp.json<LogPage>('/api/v1/logs?type=call&disposition=Promise%20to%20Pay&page=2')).body.data,
      )
      .filter((c) => typeof c.recording_id === 'string')
      .sort((a, b) => Number(b.duration) - Number(a.duration))[0];
    expect(Number(longest?.duration)).toBeGreaterThan(200);
    const url = `/api/v1/recordings/${longest?.recording_id}`;
    const whole = Buffer.from(await (await tp.get(url)).arrayBuffer());
    expect(whole.length).toBe(44 + Number(longest?.duration) * 16000);
    const middle = Math.floor(whole.length / 2);
    const res = await tp.get(url, {
      authorization: `Bearer ${tp.sandbox.credentials.timepay.token}`,
      range: `bytes=${middle}-${middle + 70_000}`,
    });
    expect(Buffer.from(await res.arrayBuffer()).equals(whole.subarray(middle, middle + 70_001))).toBe(true);
  });

  it('answers 401 without the token, in the recordings error format', async () => {
    const res = await tp.get(path(), {});
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: 'Unauthorized', message: 'Invalid or missing token' });
  });
});
