import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSalesfinity, type CallLogPage, type SalesfinityHarness } from './salesfinity-harness.ts';
import { parseJsonText } from '../../../src/logs/json-text.ts';

let sf: SalesfinityHarness;
let recordingUrl: string;
let duration: number;
let missing: string;

beforeAll(async () => {
  sf = await startSalesfinity(3000);
  const quirks = (
    await sf.json<{ salesfinity: { missingRecordings: Array<{ call_id: string }> } }>('/__sandbox/quirks')
  ).body.salesfinity;
  missing = quirks.missingRecordings[0]?.call_id ?? '';
  const calls = (
    await sf.json<CallLogPage>('/v1/call-log?filters[answered_by]=human&filters[has_recording]=true&limit=50')
  ).body.data;
  const call = calls.find(
    (c) =>
      typeof c.recording_url === 'string' &&
      c.recording_url.startsWith('http') &&
      c.call_id !== missing &&
      typeof c.duration === 'number',
  );
  recordingUrl = String(call?.recording_url);
  duration = Number(call?.duration);
});
afterAll(() => sf.close());

describe('public recordings', () => {
  it('streams a whole 8 kHz WAV as long as the call, without any key', async () => {
    const res = await fetch(recordingUrl);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('audio/wav');
    expect(res.headers.get('accept-ranges')).toBe('bytes');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.toString('ascii', 0, 4)).toBe('RIFF');
    expect(bytes.readUInt32LE(24)).toBe(8000);
    expect((bytes.length - 44) / 16000).toBeCloseTo(duration, 3);
  });

  it('answers a Range with 206 and exactly those bytes, and 416 past the end', async () => {
    const whole = Buffer.from(await (await fetch(recordingUrl)).arrayBuffer());
    const res = await fetch(recordingUrl, { headers: { range: 'bytes=1000-4999' } });
    expect(res.status).toBe(206);
    expect(res.headers.get('content-range')).toBe(`bytes 1000-4999/${whole.length}`);
    expect(Buffer.from(await res.arrayBuffer()).equals(whole.subarray(1000, 5000))).toBe(true);
    const past = await fetch(recordingUrl, { headers: { range: `bytes=${whole.length + 10}-` } });
    expect(past.status).toBe(416);
  });

  it('answers 404 for the planted missing recording and for unknown files', async () => {
    expect(missing).toMatch(/^CA[0-9a-f]{32}$/);
    const origin = new URL(recordingUrl).origin;
    expect((await fetch(`${origin}/salesfinity-media/recordings/${missing}.wav`)).status).toBe(404);
    const res = await fetch(`${origin}/salesfinity-media/recordings/CA${'0'.repeat(32)}.wav`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ statusCode: 404, message: 'Recording not found', error: 'Not Found' });
  });
});

describe('catalog endpoints', () => {
  it('lists the 14 default dispositions and two custom ones', async () => {
    const { body } = await sf.json<{ data: Array<Record<string, unknown>> }>('/v1/dispositions');
    expect(body.data).toHaveLength(16);
    expect(body.data[10]).toMatchObject({
      id: 11,
      name: 'Left Voicemail',
      category: 'not_answered',
      is_custom: false,
    });
    expect(body.data.filter((d) => d.is_custom).map((d) => d.id)).toEqual([15, 16]);
    expect(Object.keys(body.data[0] ?? {}).sort()).toEqual([
      '_id',
      'category',
      'id',
      'is_custom',
      'is_required',
      'name',
    ]);
  });

  it('lists a team of 12 and 10 contact lists with next pages', async () => {
    expect((await sf.json<{ users: unknown[] }>('/v1/team')).body.users).toHaveLength(12);
    const p1 = (
      await sf.json<{ data: Array<Record<string, unknown>>; pagination: unknown }>(
        '/v1/contact-lists/csv?limit=4',
      )
    ).body;
    expect(p1.pagination).toEqual({ total: 10, page: 1, next: 2 });
    expect(p1.data).toHaveLength(4);
    expect(Object.keys(p1.data[0] ?? {}).sort()).toEqual([
      '_id',
      'createdAt',
      'name',
      'total_contacts',
      'updatedAt',
      'user',
    ]);
    const p3 = (
      await sf.json<{ data: unknown[]; pagination: { next: number | null } }>(
        '/v1/contact-lists/csv?limit=4&page=3',
      )
    ).body;
    expect(p3.data).toHaveLength(2);
    expect(p3.pagination.next).toBeNull();
    expect((await sf.get('/v1/contact-lists/csv?limit=0')).status).toBe(400);
  });

  it('answers /v1/contact-lists with 404, as live: the list is /v1/contact-lists/csv', async () => {
    const res = await sf.get('/v1/contact-lists');
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ statusCode: 404, error: 'Not Found' });
  });

  it('lists sequences and fetches one by id, 404 for an unknown one', async () => {
    const { body } = await sf.json<{ data: Array<{ id: string; total_calls: number }>; pagination: unknown }>(
      '/v1/sequences?limit=100',
    );
    expect(body.data).toHaveLength(8);
    expect(body.pagination).toEqual({ total: 8, page: 1, limit: 100, pages: 1 });
    const one = (await sf.json<{ data: Record<string, unknown> }>(`/v1/sequences/${body.data[0]?.id}`)).body
      .data;
    expect(Object.keys(one).sort()).toEqual(['first_used_at', 'id', 'last_used_at', 'name', 'total_calls']);
    const res = await sf.get('/v1/sequences/seq_nope');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ statusCode: 404, message: 'Sequence not found', error: 'Not Found' });
  });

  it('requires the key on every API path', async () => {
    for (const p of ['/v1/dispositions', '/v1/team', '/v1/sequences', '/v1/contact-lists'])
      expect((await sf.get(p, {})).status).toBe(401);
  });
});

describe('Salesfinity emulator: live behaviour (PROVIDERS.md, "What the live APIs really do")', () => {
  let sf: SalesfinityHarness;
  beforeAll(async () => {
    sf = await startSalesfinity(3000);
  });
  afterAll(() => sf.close());

  it('sends raw control characters inside transcriptions, so the body is not valid JSON', async () => {
    let rawPages = 0;
    for (let page = 1; page <= 5; page++) {
      const text = await (await sf.get(`/v1/call-log?limit=100&page=${page}`)).text();
      // eslint-disable-next-line no-control-regex
      if (/[\u0000\u0007\u001b]/.test(text)) {
        rawPages++;
        expect(() => JSON.parse(text) as unknown).toThrow();
        expect((parseJsonText(text) as { data: unknown[] }).data).toHaveLength(100);
      }
    }
    expect(rawPages).toBeGreaterThan(0);
  });

  it('answers one call by _id at /v1/call-log/{id}, 404 for an unknown one', async () => {
    const { body } = await sf.json<{ data: Array<{ _id: string; call_id: string }> }>('/v1/call-log?limit=3');
    const first = body.data[0];
    const one = await sf.json<{ data: { _id: string; call_id: string } }>(`/v1/call-log/${first?._id}`);
    expect(one.status).toBe(200);
    expect(one.body.data.call_id).toBe(first?.call_id);
    expect((await sf.get('/v1/call-log/0123456789abcdef01234567')).status).toBe(404);
  });
});
