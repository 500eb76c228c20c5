import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTimepay, type LogPage, type LogRecord, type TimepayHarness } from './timepay-harness.ts';

let tp: TimepayHarness;
let calls: LogRecord[];
let whatsapps: LogRecord[];

beforeAll(async () => {
  tp = await startTimepay();
  calls = [];
  for (let page = 1; page <= 8; page++)
    calls.push(...(await tp.json<LogPage>(`/api/v1/logs?type=call&status=Completed&page=${page}`)).body.data);
  whatsapps = (await tp.json<LogPage>('/api/v1/logs?type=whatsapp&status=Read')).body.data;
});
afterAll(() => tp.sandbox.close());

const withCallId = (): LogRecord =>
  calls.find((c) => typeof c.call_id === 'string' && c.name !== '<script>alert(1)</script>') ?? {};

describe('GET /api/v1/communication/call/{call_id}', () => {
  it('answers the call with UTC times ending in Z and a snake_case disposition', async () => {
    const listed = withCallId();
    const { status, body } = await tp.json<{ success: boolean; data: Record<string, unknown> }>(
      `/api/v1/communication/call/${listed.call_id}`,
    );
    expect(status).toBe(200);
    expect(body.success).toBe(true);
    const d = body.data;
    expect(d.call_id).toBe(listed.call_id);
    expect(String(d.start_time)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(String(d.end_time)).toMatch(/Z$/);
    // The list's offset-less IST time and the detail's UTC time are the same instant.
    expect(Date.parse(String(d.start_time))).toBe(Date.parse(`${listed.start_time}+05:30`));
    expect(d.disposition).toBe(String(listed.disposition).toLowerCase().replace(/ /g, '_'));
    expect(d.duration).toBe(listed.duration);
    expect(d.recording_id).toBe(listed.recording_id);
  });

  it('answers 404 in timepay format for an unknown id, or a message id', async () => {
    for (const id of ['nope', String(whatsapps[0]?.message_id)]) {
      const { status, body } = await tp.json(`/api/v1/communication/call/${id}`);
      expect(status).toBe(404);
      expect(body).toEqual({ success: false, error: 'NotFound', message: 'Call not found' });
    }
  });
});

describe('GET /api/v1/communication/whatsapp/{message_id}', () => {
  it('answers the message with template, thread, errors and status', async () => {
    const listed = whatsapps.find((w) => w.message_id) ?? {};
    const { status, body } = await tp.json<{ data: Record<string, unknown> }>(
      `/api/v1/communication/whatsapp/${listed.message_id}`,
    );
    expect(status).toBe(200);
    const d = body.data;
    expect(d.message_id).toBe(listed.message_id);
    expect(d.status).toBe('Read');
    expect(String(d.template_name ?? 'inbound')).toMatch(/\w+/);
    expect(Array.isArray(d.conversation)).toBe(true);
    expect(Array.isArray(d.errors)).toBe(true);
    const [first] = d.conversation as Array<Record<string, unknown>>;
    expect(['assistant', 'user']).toContain(first?.role);
    expect(String(first?.timestamp)).toMatch(/Z$/);
  });

  it('shows Meta errors on a failed message', async () => {
    const failed = (await tp.json<LogPage>('/api/v1/logs?type=whatsapp&status=Failed')).body.data;
    const details = await Promise.all(
      failed.map(
        async (f) =>
          (
            await tp.json<{ data: { status: string; errors: Array<{ code: number }> } }>(
              `/api/v1/communication/whatsapp/${f.message_id}`,
            )
          ).body.data,
      ),
    );
    expect(details.every((d) => d.status === 'Failed')).toBe(true);
    expect(details.some((d) => d.errors.length === 1 && Number.isInteger(d.errors[0]?.code))).toBe(true);
  });

  it('answers 404 for an unknown message', async () => {
    const { status, body } = await tp.json('/api/v1/communication/whatsapp/unknown');
    expect(status).toBe(404);
    expect(body).toMatchObject({ success: false, error: 'NotFound' });
  });
});

describe('GET /api/v1/transcripts/{transcript_id}', () => {
  it('answers HUMAN/BOT turns coherent with a Promise to Pay', async () => {
    const ptp = calls.find((c) => c.disposition === 'Promise to Pay' && c.transcript_id);
    expect(ptp).toBeDefined();
    const { status, body } = await tp.json<{
      success: boolean;
      data: Array<{ speaker: string; message: string }>;
    }>(`/api/v1/transcripts/${ptp?.transcript_id}`);
    expect(status).toBe(200);
    expect(body.success).toBe(true);
    expect(body.data.length).toBeGreaterThanOrEqual(6);
    expect(new Set(body.data.map((t) => t.speaker))).toEqual(new Set(['HUMAN', 'BOT']));
    const human = body.data
      .filter((t) => t.speaker === 'HUMAN')
      .map((t) => t.message)
      .join(' ');
    // The customer promises, in English, Hinglish or Hindi (Devanagari).
    expect(human).toMatch(/I will pay|kar dung[ai]|कर दूँग[ाी]/);
  });

  it('writes Hindi transcripts in Devanagari', async () => {
    const texts = await Promise.all(
      calls
        .filter((c) => c.transcript_id)
        .slice(0, 25)
        .map(async (c) =>
          (
            await tp.json<{ data: Array<{ message: string }> }>(`/api/v1/transcripts/${c.transcript_id}`)
          ).body.data
            .map((t) => t.message)
            .join(' '),
        ),
    );
    expect(texts.some((t) => /[\u0900-\u097F]{3}/.test(t))).toBe(true);
    expect(texts.some((t) => /^[\x20-\x7E₹–—’]*$/.test(t))).toBe(true);
  });

  it('answers 404 for an unknown transcript', async () => {
    const { status } = await tp.json('/api/v1/transcripts/7437557f-7ab9-4012-b411-a6f534c5aaf0');
    expect(status).toBe(404);
  });
});

describe('GET /api/v1/campaigns and /api/v1/dispositions', () => {
  type Paged = {
    success: boolean;
    data: Array<Record<string, unknown>>;
    pagination: { page: number; limit: number; total: number; totalPages: number };
  };

  it('pages campaigns with the {page, limit, total, totalPages} shape', async () => {
    const { body } = await tp.json<Paged>('/api/v1/campaigns?limit=5&page=2');
    expect(body.success).toBe(true);
    expect(body.pagination).toEqual({ page: 2, limit: 5, total: 12, totalPages: 3 });
    expect(body.data).toHaveLength(5);
    for (const c of body.data) {
      expect(Object.keys(c)).toEqual(expect.arrayContaining(['id', 'name', 'type', 'created_at']));
      expect(['collection', 'lead_generation']).toContain(c.type);
    }
  });

  it('searches campaign names case-insensitively', async () => {
    const { body } = await tp.json<Paged>('/api/v1/campaigns?search=bUcKeT');
    expect(body.pagination.total).toBe(3);
    expect(body.data.every((c) => String(c.name).toLowerCase().includes('bucket'))).toBe(true);
  });

  it('campaign ids from /campaigns filter /logs', async () => {
    const { body } = await tp.json<Paged>('/api/v1/campaigns?search=whatsapp');
    const id = String(body.data[0]?.id);
    const logs = (await tp.json<LogPage>(`/api/v1/logs?campaign_id=${id}`)).body;
    expect(logs.pagination.total).toBeGreaterThan(0);
    expect(logs.data.every((r) => r.type === 'whatsapp' && r.campaign_id === id)).toBe(true);
  });

  it('lists dispositions by priority; their names are the /logs labels', async () => {
    const { body } = await tp.json<Paged>('/api/v1/dispositions?limit=100');
    expect(body.data.length).toBeGreaterThanOrEqual(12);
    for (const d of body.data)
      expect(Object.keys(d).sort()).toEqual(['description', 'id', 'name', 'priority']);
    const priorities = body.data.map((d) => Number(d.priority));
    expect([...priorities].sort((a, b) => a - b)).toEqual(priorities);
    const names = body.data.map((d) => d.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'Promise to Pay',
        'Voicemail',
        'No Answer',
        'Busy',
        'Switched Off',
        'Wrong Number',
      ]),
    );
    const ptp = body.data.find((d) => d.name === 'Promise to Pay');
    expect(
      calls.filter((c) => c.disposition === 'Promise to Pay').every((c) => c.disposition_id === ptp?.id),
    ).toBe(true);
  });

  it('pages and searches dispositions', async () => {
    const first = (await tp.json<Paged>('/api/v1/dispositions')).body;
    expect(first.pagination).toMatchObject({ page: 1, limit: 10 });
    expect(first.pagination.totalPages).toBe(Math.ceil(first.pagination.total / 10));
    const searched = (await tp.json<Paged>('/api/v1/dispositions?search=pay')).body;
    expect(searched.data.map((d) => d.name).sort()).toEqual(['Payment Done', 'Promise to Pay']);
    expect((await tp.json('/api/v1/dispositions?page=0')).status).toBe(400);
  });
});

describe('anything else', () => {
  it('answers 404 JSON for unknown paths, authenticated or not under /api/v1', async () => {
    const res = await tp.get('/api/v1/nope');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect((await tp.get('/somewhere/else')).status).toBe(404);
  });
});
