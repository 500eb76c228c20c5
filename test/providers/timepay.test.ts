import { describe, expect, it } from 'vitest';
import type { InvalidRecord, WhatsappEntry } from '../../src/logs/log-entry.ts';
import { emptyQuery } from '../../src/logs/log-query.ts';
import type { ResolvedQuery } from '../../src/logs/log-query.ts';
import type { SourceInfo } from '../../src/logs/source.ts';
import { resolveQuery } from '../../src/logs/url-codec.ts';
import { loadAdapter } from '../../src/providers/registry.ts';
import { TRANSCRIPT_PATH, timepayAdapter as adapter } from '../../src/providers/timepay/index.ts';
import { clone, configuredSource, query, valid } from './adapter-kit.ts';
import { requestOf } from './request-of.ts';
import callLogs from './fixtures/timepay/call-logs.json' with { type: 'json' };
import countOnly from './fixtures/timepay/count-only.json' with { type: 'json' };
import mixedTypes from './fixtures/timepay/mixed-types.json' with { type: 'json' };
import serverError from './fixtures/timepay/server-error-500.json' with { type: 'json' };
import validationError from './fixtures/timepay/validation-error-400.json' with { type: 'json' };
import whatsappLogs from './fixtures/timepay/whatsapp-logs.json' with { type: 'json' };

const source = configuredSource('timepay', {
  id: 'collections',
  label: 'Collections (timepay)',
  timeZone: 'Asia/Kolkata',
  defaultCountry: 'IN',
});

const listRequest = (q: ResolvedQuery, page: number, src: SourceInfo) =>
  requestOf(adapter.listRequest(q, page, src, null));

describe('timepay: list normalization of the documented examples', () => {
  it('normalizes the call example', () => {
    const page = adapter.parseList(callLogs, source);
    expect(page).toMatchObject({ page: 1, pageSize: 10, total: 2450, hasNext: true });
    const e = valid(page.entries[0]);
    expect(e).toMatchObject({
      channel: 'call',
      sourceId: 'collections',
      provider: 'timepay',
      id: 'KjbdfYCefvutafHGCDhgfhgafhdyfyg',
      direction: 'outbound',
      businessNumber: '+918888888888',
      customer: {
        name: 'John Wick',
        phone: '+919999999999',
        phoneRaw: '9999999999',
        loanId: 'LOAN-ABC-123',
        leadId: null,
      },
      campaign: { id: 'LKsfiGVdygfvYFGCdygayhf', name: 'August EMI Reminder Campaign' },
      agent: { id: 'lGJVyhgvayGDtfsfdfdf', name: null },
      status: 'no_contact',
      statusRaw: 'No Contact',
      outcome: 'voicemail',
      outcomeRaw: 'Voicemail',
      disposition: { id: 'YefgTYRCdygdygw', name: 'Voicemail' },
      // 08:33:36 in Asia/Kolkata is 03:03:36 UTC.
      startedAt: Date.UTC(2026, 0, 17, 3, 3, 36),
      endedAt: Date.UTC(2026, 0, 17, 3, 5, 8),
      durationSec: 14,
      recordings: [
        {
          kind: 'proxy',
          id: '9242c009-1f8f-4bd6-a40c-e40926d1fd88',
          path: '/api/v1/recordings/9242c009-1f8f-4bd6-a40c-e40926d1fd88',
        },
      ],
      transcript: { kind: 'ref', id: '7437557f-7ab9-4012-b411-a6f534c5aaf0' },
      extracted: {},
    });
    expect(e.summary).toMatch(/₹12,500/);
    expect(e.raw).toEqual(callLogs.data[0]);
  });

  it('normalizes the WhatsApp example with its Meta delivery error', () => {
    const page = adapter.parseList(whatsappLogs, source);
    expect(page.total).toBe(1250);
    const e = valid(page.entries[0]) as WhatsappEntry;
    expect(e).toMatchObject({
      channel: 'whatsapp',
      id: 'kajdfahbfuyFYtdygfvygYFDCycf',
      businessNumber: null,
      customer: { phone: '+918264705488', loanId: 'LOAN-ABC-123' },
      agent: { id: null },
      status: 'completed',
      statusRaw: 'Read',
      outcome: 'read',
      outcomeRaw: 'Read',
      disposition: { id: null, name: null },
      startedAt: Date.UTC(2026, 0, 22, 13, 34, 31),
      endedAt: null,
      durationSec: null,
      recordings: [],
      transcript: null,
      wamid: 'wamid.HBgMOTE4MjY0NzA1NDg4FQIAERgSMUREQzk0RjExNTQzMzE3RkZGAA==',
    });
    expect(e.conversation).toHaveLength(1);
    expect(e.conversation[0]).toMatchObject({ role: 'assistant', at: Date.UTC(2026, 0, 22, 13, 34, 31) });
    expect(e.conversation[0]?.content).toMatch(/^नमस्ते john/);
    expect(e.deliveryErrors).toEqual([
      {
        code: 131042,
        title: 'Business eligibility payment issue',
        message: 'Business eligibility payment issue',
        href: 'https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/',
        details:
          'Message failed to send because there were one or more errors related to your payment method.',
      },
    ]);
  });

  it('normalizes the mixed example, whose records lack fields', () => {
    const page = adapter.parseList(mixedTypes, source);
    expect(page).toMatchObject({ total: 15340, hasNext: true });
    const wa = valid(page.entries[0]) as WhatsappEntry;
    expect(wa).toMatchObject({
      channel: 'whatsapp',
      id: 'IbugvFCTDFCdgtfdhgCTYRFCYGEf',
      businessNumber: null,
      durationSec: null,
      status: 'failed',
      outcome: 'failed',
      disposition: { id: null, name: null },
      conversation: [],
      deliveryErrors: [],
      summary: null,
      extracted: null,
    });
    const call = valid(page.entries[1]);
    expect(call).toMatchObject({
      channel: 'call',
      businessNumber: '+918035450808',
      customer: { name: 'Trilok', phone: '+918888889956' },
      outcome: 'voicemail',
      durationSec: 14,
    });
    // No call_id: a stable id derived from the content.
    expect(call.id).toMatch(/^h-[0-9a-f]{16}$/);
    expect(valid(adapter.parseList(clone(mixedTypes), source).entries[1]).id).toBe(call.id);
    expect(adapter.detailRequest?.(call)).toBeNull();
  });

  it('tells a channel from ids when type is absent', () => {
    const noType = clone(callLogs);
    delete (noType.data[0] as Partial<(typeof noType.data)[0]>).type;
    expect(valid(adapter.parseList(noType, source).entries[0]).channel).toBe('call');
    const waNoType = clone(whatsappLogs);
    delete (waNoType.data[0] as Partial<(typeof waNoType.data)[0]>).type;
    expect(valid(adapter.parseList(waNoType, source).entries[0]).channel).toBe('whatsapp');
  });

  it('accepts numbers sent as strings, "" for absent, and SMS records', () => {
    const body = clone(callLogs) as { data: Array<Record<string, unknown>> };
    Object.assign(body.data[0] ?? {}, { duration: '14', from: '', disposition: '', summary: null });
    const e = valid(adapter.parseList(body, source).entries[0]);
    expect(e).toMatchObject({
      durationSec: 14,
      businessNumber: null,
      disposition: { name: null },
      outcome: 'unknown',
      summary: null,
    });
    const sms = {
      success: true,
      data: [
        {
          ...whatsappLogs.data[0],
          type: 'sms',
          conversation: undefined,
          status: 'Delivered',
          content: 'EMI due',
        },
      ],
    };
    expect(valid(adapter.parseList(sms, source).entries[0])).toMatchObject({
      channel: 'sms',
      outcome: 'delivered',
      transcript: { kind: 'text', text: 'EMI due' },
    });
  });

  it('never links a delivery error to a page outside Meta', () => {
    const body = clone(whatsappLogs);
    const error = body.data[0]?.errors[0];
    if (error) error.href = 'javascript:alert(1)';
    const e = valid(adapter.parseList(body, source).entries[0]) as WhatsappEntry;
    expect(e.deliveryErrors[0]?.href).toBeNull();
  });
});

describe('timepay: a bad record costs only its row', () => {
  it('isolates and counts malformed records among good ones', () => {
    const body = clone(mixedTypes) as { data: unknown[] };
    body.data.splice(
      1,
      0,
      'not a record',
      { type: 'email', to: '1' },
      { ...callLogs.data[0], duration: 'long' },
      {
        to: '9999999999',
      },
      null,
    );
    const page = adapter.parseList(body, source);
    expect(page.entries).toHaveLength(7);
    const invalid = page.entries.filter((e): e is InvalidRecord => 'kind' in e);
    expect(invalid.map((e) => [e.index, e.reason])).toEqual([
      [1, 'not an object'],
      [2, "unknown type 'email' (expected call, whatsapp or sms)"],
      [3, 'duration: expected a number'],
      [4, 'no type, and no call_id, wamid or message_id with a conversation to tell its channel'],
      [5, 'not an object'],
    ]);
    expect(invalid.every((e) => e.sourceId === 'collections')).toBe(true);
    expect(valid(page.entries[0]).channel).toBe('whatsapp');
    expect(valid(page.entries[6]).channel).toBe('call');
  });

  it('rejects a record whose timestamp is present but unreadable', () => {
    const body = clone(callLogs) as { data: Array<Record<string, unknown>> };
    Object.assign(body.data[0] ?? {}, { start_time: 'not-a-date' });
    const [e] = adapter.parseList(body, source).entries;
    expect(e && 'kind' in e ? e.reason : '').toBe("start_time: 'not-a-date' is not a date-time");
  });

  it('reports nested problems with their path', () => {
    const body = clone(whatsappLogs) as { data: Array<Record<string, unknown>> };
    Object.assign(body.data[0] ?? {}, { conversation: [{ role: 'user', content: 5 }] });
    const [e] = adapter.parseList(body, source).entries;
    expect(e && 'kind' in e ? e.reason : '').toMatch(/^conversation\.0\.content: /);
  });

  it('fails the page only when the envelope itself is not a list', () => {
    expect(() => adapter.parseList('<html>', source)).toThrow(/without a list of logs/);
    expect(() => adapter.parseList({ success: true, data: {} }, source)).toThrow(/without a list of logs/);
    expect(() => adapter.parseList(countOnly, source)).toThrow();
  });
});

describe('timepay: requests', () => {
  const at = (iso: string) => Date.parse(iso);

  it('produces every documented parameter of /logs from a query', () => {
    const req = listRequest(
      query({
        channels: ['call'],
        statuses: ['No Contact'],
        dispositions: ['Voicemail'],
        from: '+918035450808',
        phone: '+91 88888 89956',
        campaigns: ['tcELESaJAtDfnWxJvzLU'],
        agents: ['lGJVyhgvayGDtfsfdfdf'],
        sinceMs: at('2026-01-16T18:30:00Z'),
        untilMs: at('2026-01-17T18:29:59.999Z'),
      }),
      3,
      source,
    );
    expect(req).toEqual({
      path: '/api/v1/logs',
      params: [
        ['type', 'call'],
        ['status', 'No Contact'],
        ['disposition', 'Voicemail'],
        ['from_phone', '+918035450808'],
        ['phone', '8888889956'],
        ['campaign_id', 'tcELESaJAtDfnWxJvzLU'],
        ['agent_id', 'lGJVyhgvayGDtfsfdfdf'],
        // Inclusive bounds, offset-less, in the source's zone.
        ['start_time', '2026-01-16T23:40:00'],
        ['end_time', '2026-01-17T23:59:59'],
        ['page', '3'],
      ],
    });
  });

  it('writes times in the source zone, not the browser zone', () => {
    const la: SourceInfo = { ...source, timeZone: 'America/Los_Angeles' };
    const { params } = listRequest(query({ sinceMs: at('2026-07-01T07:00:00Z') }), 1, la);
    expect(params).toContainEqual(['start_time', '2026-06-30T23:40:00']);
  });

  it('resolves a relative range from the URL to the right day', () => {
    const resolved = resolveQuery(
      { ...emptyQuery, extra: {}, since: 'now/d', until: 'now/d' },
      at('2026-01-17T08:00:00Z'),
      'Asia/Kolkata',
    );
    const { params } = listRequest(resolved, 1, source);
    expect(params).toEqual([
      ['start_time', '2026-01-16T23:40:00'],
      ['end_time', '2026-01-17T23:59:59'],
      ['page', '1'],
    ]);
  });

  it('sends a national customer number and an E.164 business number', () => {
    const { params } = listRequest(query({ phone: '9999999999', from: '08035450808' }), 1, source);
    expect(params).toEqual([
      ['from_phone', '+918035450808'],
      ['phone', '9999999999'],
      ['page', '1'],
    ]);
  });

  it('asks for a count with count_only=true', () => {
    expect(adapter.countRequest?.(query({ statuses: ['Failed'] }), source)).toEqual({
      path: '/api/v1/logs',
      params: [
        ['status', 'Failed'],
        ['count_only', 'true'],
      ],
    });
    expect(adapter.parseCount?.(countOnly)).toBe(15340);
    expect(() => adapter.parseCount?.({ success: true })).toThrow();
  });

  it('sends no type when every channel is selected', () => {
    const q = query({ channels: ['call', 'whatsapp', 'sms'] });
    expect(listRequest(q, 1, source).params).toEqual([['page', '1']]);
    expect(adapter.unapplied(q)).toEqual([]);
  });
});

describe('timepay: filters it cannot apply are reported, not dropped silently', () => {
  it('reports several values, free text, sort and provider-only filters with reasons', () => {
    const q = query({
      channels: ['call', 'whatsapp'],
      statuses: ['Completed', 'Failed'],
      campaigns: ['a', 'b'],
      q: 'emi',
      sort: { field: 'duration', desc: false },
      extra: { list_id: ['12'] },
      phone: 'abc',
    });
    expect(adapter.unapplied(q)).toEqual([
      { filter: 'channel', reason: 'timepay filters by one channel at a time; showing all channels' },
      { filter: 'status', reason: 'timepay filters by one status at a time; showing all statuses' },
      { filter: 'campaign', reason: 'timepay filters by one campaign at a time; showing all campaigns' },
      { filter: 'phone', reason: "'abc' has no digits to search by" },
      { filter: 'q', reason: 'timepay has no free-text search' },
      { filter: 'sort', reason: 'timepay returns newest first only' },
      { filter: 'x.list_id', reason: "timepay has no filter 'list_id'" },
    ]);
    expect(listRequest(q, 1, source).params).toEqual([['page', '1']]);
  });

  it('needs no warning for its own newest-first order', () => {
    expect(adapter.unapplied(query({ sort: { field: 'time', desc: true } }))).toEqual([]);
  });

  it('declares its capabilities', () => {
    expect(adapter.capabilities.pageSizes).toEqual([10]);
    expect(adapter.capabilities.filters.status).toEqual({ supported: true, multiple: false });
    expect(adapter.capabilities.filters.q).toEqual({
      supported: false,
      reason: 'timepay has no free-text search',
    });
    expect(adapter.capabilities.knownValues?.status?.map((o) => o.value)).toContain('No Contact');
  });
});

describe('timepay: errors in its own words', () => {
  it('keeps 400 validation errors verbatim, each tied to the filter that sent the value', () => {
    expect(adapter.parseError(400, validationError)).toEqual({
      status: 400,
      message: 'timepay rejected the query: Validation failed',
      details: ["Invalid type 'email'. Must be one of: call, whatsapp, sms"],
      fields: [{ filter: 'channel', message: "Invalid type 'email'. Must be one of: call, whatsapp, sms" }],
    });
    const times = adapter.parseError(400, {
      success: false,
      message: 'Validation failed',
      errors: ["Invalid start_time 'x'. Use YYYY-MM-DD", "Invalid page '0'. Must be a positive integer"],
    });
    expect(times.fields).toEqual([{ filter: 'since', message: "Invalid start_time 'x'. Use YYYY-MM-DD" }]);
  });

  it('maps 401, 404, 429 and 500', () => {
    expect(adapter.parseError(401, { error: 'Unauthorized', message: 'Invalid token' }).message).toBe(
      'timepay rejected the token of this source — check credentials.token',
    );
    expect(adapter.parseError(404, { error: 'NotFound', message: 'Recording not found' })).toEqual({
      status: 404,
      message: 'timepay has no such item: Recording not found',
      details: ['NotFound', 'Recording not found'],
    });
    expect(adapter.parseError(429, null).message).toMatch(/limiting the request rate/);
    expect(adapter.parseError(500, serverError)).toEqual({
      status: 500,
      message: 'timepay had an internal error: An unexpected error occurred',
      details: ['Internal Server Error', 'An unexpected error occurred'],
    });
    expect(adapter.parseError(502, '<html>bad gateway</html>').message).toMatch(/could not be reached/);
  });
});

describe('timepay: details, transcripts, recordings, pickers', () => {
  it('merges the call detail (Z times, snake_case disposition) into the entry', () => {
    const entry = valid(adapter.parseList(callLogs, source).entries[0]);
    expect(adapter.detailRequest?.(entry)).toEqual({
      path: '/api/v1/communication/call/KjbdfYCefvutafHGCDhgfhgafhdyfyg',
      params: [],
    });
    const detail = {
      success: true,
      data: {
        ...callLogs.data[0],
        start_time: '2026-01-17T03:03:36Z',
        end_time: '2026-01-17T03:05:08Z',
        disposition: 'promise_to_pay',
        summary: 'Full summary from the detail page.',
        extracted_data: { promised_amount: 12500 },
      },
    };
    const merged = adapter.parseDetail?.(
      detail,
      { ...entry, disposition: { id: null, name: null }, outcome: 'unknown', outcomeRaw: null },
      source,
    );
    expect(merged).toMatchObject({
      id: entry.id,
      startedAt: Date.UTC(2026, 0, 17, 3, 3, 36),
      disposition: { id: 'YefgTYRCdygdygw', name: 'Promise to Pay' },
      outcome: 'answered',
      summary: 'Full summary from the detail page.',
      extracted: { promised_amount: 12500 },
      raw: entry.raw,
    });
    // With the label from the list, the list's label stays.
    expect(adapter.parseDetail?.(detail, entry, source)).toMatchObject({
      disposition: { name: 'Voicemail' },
      outcome: 'voicemail',
    });
  });

  it('merges the WhatsApp detail with its template', () => {
    const entry = valid(adapter.parseList(whatsappLogs, source).entries[0]);
    expect(adapter.detailRequest?.(entry)?.path).toBe(
      '/api/v1/communication/whatsapp/kajdfahbfuyFYtdygfvygYFDCycf',
    );
    const detail = {
      success: true,
      data: {
        ...whatsappLogs.data[0],
        template_id: 't1',
        template_name: 'emi_reminder_hi',
        status: 'Delivered',
      },
    };
    const merged = adapter.parseDetail?.(detail, entry, source) as WhatsappEntry;
    expect(merged).toMatchObject({
      templateName: 'emi_reminder_hi',
      statusRaw: 'Read',
      wamid: entry.channel === 'whatsapp' ? entry.wamid : null,
    });
    expect(() => adapter.parseDetail?.({ success: false }, entry, source)).toThrow(/unreadable/);
  });

  it('looks a log up by id through both detail endpoints', () => {
    expect(adapter.lookupRequests?.('abc').map((r) => r.path)).toEqual([
      '/api/v1/communication/call/abc',
      '/api/v1/communication/whatsapp/abc',
    ]);
    expect(adapter.lookupRequests?.('h-0123456789abcdef')).toEqual([]);
    const found = adapter.parseLookup?.(
      { success: true, data: { ...callLogs.data[0], disposition: 'promise_to_pay' } },
      source,
    );
    expect(found).toMatchObject({
      channel: 'call',
      id: 'KjbdfYCefvutafHGCDhgfhgafhdyfyg',
      disposition: { name: 'Promise to Pay' },
    });
    expect(adapter.parseLookup?.({ success: false }, source)).toBeNull();
  });

  it('fetches transcripts from the one named path and names the speakers', () => {
    expect(TRANSCRIPT_PATH).toBe('/api/v1/transcripts');
    expect(adapter.transcriptRequest?.('7437557f')).toEqual({
      path: '/api/v1/transcripts/7437557f',
      params: [],
    });
    const turns = adapter.parseTranscript?.({
      success: true,
      data: [
        { speaker: 'BOT', message: 'नमस्ते, मैं timepay से बोल रही हूँ।' },
        { speaker: 'HUMAN', message: 'Haan, boliye.' },
        { speaker: 'SYSTEM', message: '' },
      ],
    });
    expect(turns).toEqual([
      { speaker: 'agent', speakerRaw: 'BOT', text: 'नमस्ते, मैं timepay से बोल रही हूँ।' },
      { speaker: 'customer', speakerRaw: 'HUMAN', text: 'Haan, boliye.' },
      { speaker: 'unknown', speakerRaw: 'SYSTEM', text: '' },
    ]);
  });

  it('fills the campaign and disposition pickers', () => {
    const campaigns = adapter.options.campaign;
    expect(campaigns?.request('aug')).toEqual({
      path: '/api/v1/campaigns',
      params: [
        ['page', '1'],
        ['limit', '100'],
        ['search', 'aug'],
      ],
    });
    expect(
      campaigns?.parse({
        success: true,
        data: [
          { id: 'tcELESaJAtDfnWxJvzLU', name: 'Aug Campaign', status: 'active' },
          { id: null, name: 'broken' },
        ],
        pagination: { page: 1, limit: 100, total: 2, totalPages: 1 },
      }),
    ).toEqual([{ value: 'tcELESaJAtDfnWxJvzLU', label: 'Aug Campaign' }]);
    const dispositions = adapter.options.disposition;
    expect(dispositions?.request('')).toEqual({
      path: '/api/v1/dispositions',
      params: [
        ['page', '1'],
        ['limit', '100'],
      ],
    });
    expect(
      dispositions?.parse({
        success: true,
        data: [{ id: 'd1', name: 'Promise to Pay', description: 'Will pay by date', priority: 1 }],
      }),
    ).toEqual([{ value: 'Promise to Pay', label: 'Promise to Pay', description: 'Will pay by date' }]);
    expect(dispositions?.parse('garbage')).toEqual([]);
  });

  it('is the registry entry for timepay', async () => {
    expect(await loadAdapter('timepay')).toBe(adapter);
  });
});
