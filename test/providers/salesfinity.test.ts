// The seed (001) documents Salesfinity's parameters and response fields but shows no example payload, so
// the fixtures under fixtures/salesfinity are built from its field table and PROVIDERS.md's envelopes
// (field names and shapes exactly as documented; values invented). Error bodies are the emulator's
// chosen shape (ERROR_BODY_SHAPE in constants.ts), which the docs leave open.
// Contact lists come from /v1/contact-lists/csv (PROVIDERS.md, live section): the fixture has its live shape.
import { describe, expect, it } from 'vitest';
import type { InvalidRecord } from '../../src/logs/log-entry.ts';
import type { ResolvedQuery } from '../../src/logs/log-query.ts';
import type { SourceInfo } from '../../src/logs/source.ts';
import { salesfinityAdapter as adapter } from '../../src/providers/salesfinity/index.ts';
import { sequenceOptions } from '../../src/providers/salesfinity/options.ts';
import { clone, configuredSource, query, valid } from './adapter-kit.ts';
import { requestOf } from './request-of.ts';
import callLog from './fixtures/salesfinity/call-log.json' with { type: 'json' };
import contactLists from './fixtures/salesfinity/contact-lists.json' with { type: 'json' };
import dispositions from './fixtures/salesfinity/dispositions.json' with { type: 'json' };
import sequence from './fixtures/salesfinity/sequence.json' with { type: 'json' };
import team from './fixtures/salesfinity/team.json' with { type: 'json' };
import unauthorized from './fixtures/salesfinity/unauthorized-401.json' with { type: 'json' };
import validationError from './fixtures/salesfinity/validation-error-400.json' with { type: 'json' };

const source = configuredSource('salesfinity', {
  id: 'sales',
  label: 'Sales dialer',
  timeZone: 'UTC',
  defaultCountry: 'US',
});

const params = (q: ResolvedQuery, page = 1) => requestOf(adapter.listRequest(q, page, source, null)).params;

describe('salesfinity: list normalization', () => {
  const page = adapter.parseList(callLog, source);

  it('reads the envelope and its pagination', () => {
    expect(page).toMatchObject({ page: 1, pageSize: 50, total: 1234, hasNext: true });
    expect(page.entries).toHaveLength(5);
    const last = adapter.parseList(
      { ...callLog, pagination: { total: 1234, page: 25, limit: 50, pages: 25 } },
      source,
    );
    expect(last.hasNext).toBe(false);
  });

  it('normalizes an answered call with every documented field', () => {
    const e = valid(page.entries[0]);
    expect(e).toMatchObject({
      channel: 'call',
      sourceId: 'sales',
      provider: 'salesfinity',
      id: '6790a1c2e4b0f1a2b3c4d5e6',
      direction: 'outbound',
      businessNumber: '+16465550199',
      customer: {
        name: 'Dana Whitaker',
        phone: '+14155550142',
        phoneRaw: '+14155550142',
        loanId: null,
        leadId: '66f1e2d3c4b5a69788796a5b',
      },
      campaign: { id: '65ab12cd34ef56ab78cd90ef', name: 'Q1 Logistics VPs' },
      agent: { id: '64f0c1d2e3f4a5b6c7d8e9f0', name: 'Jordan Reyes' },
      status: 'completed',
      statusRaw: 'answered',
      outcome: 'answered',
      outcomeRaw: 'Answered – Meeting Set',
      disposition: { id: '1', name: 'Answered – Meeting Set' },
      startedAt: Date.UTC(2026, 0, 16, 15, 4, 5),
      endedAt: Date.UTC(2026, 0, 16, 15, 9, 17),
      durationSec: 312,
      recordings: [
        {
          kind: 'url',
          id: '6790a1c2e4b0f1a2b3c4d5e6',
          url: 'https://recordings.salesfinity.co/calls/6790a1c2e4b0f1a2b3c4d5e6.mp3',
        },
      ],
      summary: 'Dana agreed to a demo on Tuesday at 2pm ET.',
      extracted: {
        company: 'Northwind Logistics',
        title: 'VP Operations',
        email: 'dana.whitaker@northwind.example',
        notes: 'Booked a demo for Tuesday 2pm ET.',
        answered_by: 'human',
        crm_disposition: 'Meeting Booked',
      },
    });
    expect(e.raw).toEqual(callLog.data[0]);
  });

  it('strips control characters from the transcription, keeping newlines', () => {
    expect(valid(page.entries[0]).transcript).toEqual({
      kind: 'text',
      text:
        "Jordan: Hi Dana, this is Jordan from Acme.\nDana: Hi Jordan, what's this about?\n" +
        'Jordan: We help logistics teams cut dispatch time.',
    });
  });

  it('maps voicemail, no answer, cancelled and an inbound callback', () => {
    expect(valid(page.entries[1])).toMatchObject({
      outcome: 'voicemail',
      outcomeRaw: 'Left Voicemail',
      status: 'completed',
      disposition: { id: '11', name: 'Left Voicemail' },
      customer: { phone: '+442079460958', name: 'Oliver Hughes' },
      extracted: { company: 'Brightline Ltd', title: 'Head of IT', answered_by: 'machine_start' },
    });
    // No started_at (never connected): the time the call was placed.
    expect(valid(page.entries[2])).toMatchObject({
      outcome: 'no_answer',
      status: 'no_contact',
      startedAt: Date.UTC(2026, 0, 16, 14, 55, 12),
      endedAt: null,
      recordings: [],
      transcript: null,
    });
    expect(valid(page.entries[3])).toMatchObject({
      outcome: 'cancelled',
      outcomeRaw: 'cancelled',
      status: 'no_contact',
      disposition: { id: null, name: null },
      campaign: { id: null, name: null },
    });
    // Inbound: the customer is the caller (`from`), the business number the called one (`to`).
    expect(valid(page.entries[4])).toMatchObject({
      direction: 'inbound',
      customer: { phone: '+12125550163' },
      businessNumber: '+16465550199',
      outcome: 'answered',
      disposition: { id: '6', name: 'Answered – Call back later' },
    });
  });

  it('maps outcomes from the disposition, else from outcome and answered_by', () => {
    const withOutcome = (over: Record<string, unknown>) => {
      const body = clone(callLog) as { data: Array<Record<string, unknown>> };
      Object.assign(body.data[0] ?? {}, over);
      return valid(adapter.parseList(body, source).entries[0]);
    };
    expect(withOutcome({ disposition: { internal_id: 13 } })).toMatchObject({
      outcome: 'failed',
      disposition: { name: 'Bad Number' },
    });
    expect(withOutcome({ disposition: { internal_id: 14 } }).outcome).toBe('cancelled');
    expect(withOutcome({ disposition: { internal_id: 12 } }).outcome).toBe('answered');
    // A custom disposition: its category, else its name, else the call's outcome.
    expect(
      withOutcome({ disposition: { internal_id: 15, name: 'Answered – Demo Booked', category: 'positive' } }),
    ).toMatchObject({ outcome: 'answered', disposition: { id: '15', name: 'Answered – Demo Booked' } });
    expect(
      withOutcome({ disposition: { internal_id: 16, external_name: 'Voicemail 2' }, outcome: 'no-answer' }),
    ).toMatchObject({ outcome: 'voicemail', disposition: { name: 'Voicemail 2' } });
    expect(
      withOutcome({ disposition: { internal_id: 17 }, outcome: 'answered', answered_by: 'machine_start' }),
    ).toMatchObject({ outcome: 'voicemail', disposition: { name: 'Disposition 17' } });
    expect(withOutcome({ disposition: null, outcome: 'ringing', is_completed: false })).toMatchObject({
      outcome: 'unknown',
      outcomeRaw: 'ringing',
      status: 'in_progress',
      statusRaw: 'ringing',
    });
  });

  it('plays only http(s) recordings and accepts numbers as strings, "" and absent fields', () => {
    const body = clone(callLog) as { data: Array<Record<string, unknown>> };
    Object.assign(body.data[0] ?? {}, {
      recording_url: 'javascript:alert(1)',
      duration: '312',
      summary: '',
      contact: { first_name: '<script>alert(1)</script>', last_name: '' },
    });
    expect(valid(adapter.parseList(body, source).entries[0])).toMatchObject({
      recordings: [],
      durationSec: 312,
      summary: null,
      customer: { name: '<script>alert(1)</script>' },
    });
  });

  it('derives a stable id when a record has neither _id nor call_id', () => {
    const body = clone(callLog) as { data: Array<Record<string, unknown>> };
    delete body.data[0]?._id;
    delete body.data[0]?.call_id;
    const id = valid(adapter.parseList(body, source).entries[0]).id;
    expect(id).toMatch(/^h-[0-9a-f]{16}$/);
    expect(valid(adapter.parseList(clone(body), source).entries[0]).id).toBe(id);
    delete body.data[1]?._id;
    expect(valid(adapter.parseList(body, source).entries[1]).id).toBe('CA0e1d2c3b4a59687766554433221100ff');
  });
});

describe('salesfinity: a bad record costs only its row', () => {
  it('isolates malformed records among good ones, with readable reasons', () => {
    const body = clone(callLog) as { data: unknown[] };
    body.data.splice(
      1,
      0,
      'not a record',
      { ...callLog.data[0], duration: 'abc' },
      { ...callLog.data[0], started_at: 'not-a-date' },
      { ...callLog.data[0], contact: 'n/a' },
      null,
    );
    const page = adapter.parseList(body, source);
    expect(page.entries).toHaveLength(10);
    const invalid = page.entries.filter((e): e is InvalidRecord => 'kind' in e);
    expect(invalid.map((e) => [e.index, e.reason])).toEqual([
      [1, 'not an object'],
      [2, 'duration: expected a number'],
      [3, "started_at: 'not-a-date' is not a date-time"],
      [4, expect.stringMatching(/^contact: /)],
      [5, 'not an object'],
    ]);
    expect(valid(page.entries[0]).id).toBe('6790a1c2e4b0f1a2b3c4d5e6');
    expect(valid(page.entries[9]).direction).toBe('inbound');
  });

  it('fails the page only when the envelope is not a list', () => {
    expect(() => adapter.parseList('<html>', source)).toThrow(/without a list of call logs/);
    expect(() => adapter.parseList({ data: {} }, source)).toThrow(/without a list of call logs/);
  });
});

describe('salesfinity: requests', () => {
  it('produces every documented parameter from a query, arrays in bracket form', () => {
    const q = query({
      channels: ['call'],
      statuses: ['answered'],
      dispositions: ['1', '6'],
      campaigns: ['65ab12cd34ef56ab78cd90ef'],
      agents: ['64f0c1d2e3f4a5b6c7d8e9f0', '64f0c1d2e3f4a5b6c7d8e9f1'],
      phone: '(415) 555-0142',
      from: '646 555 0199',
      q: 'northwind',
      sinceMs: Date.parse('2026-01-16T00:00:00Z'),
      untilMs: Date.parse('2026-01-16T23:59:59.999Z'),
      sort: { field: 'duration', desc: true },
      extra: {
        direction: ['outbound'],
        min_duration: ['30'],
        max_duration: ['600'],
        has_recording: ['true'],
        answered_by: ['human'],
        is_completed: ['true'],
        exclude_negative_dispositions: ['true'],
        sequences: ['seq_7f3a9c', 'seq_1b2c3d'],
      },
    });
    expect(adapter.unapplied(q)).toEqual([]);
    expect(requestOf(adapter.listRequest(q, 3, source, null))).toEqual({
      path: '/v1/call-log',
      params: [
        ['filters[start_date]', '2026-01-16T00:00:00.000Z'],
        ['filters[end_date]', '2026-01-16T23:59:59.999Z'],
        ['filters[outcome]', 'answered'],
        ['filters[direction]', 'outbound'],
        ['filters[min_duration]', '30'],
        ['filters[max_duration]', '600'],
        ['filters[has_recording]', 'true'],
        ['filters[answered_by]', 'human'],
        ['filters[is_completed]', 'true'],
        ['filters[disposition_ids][]', '1'],
        ['filters[disposition_ids][]', '6'],
        ['filters[exclude_negative_dispositions]', 'true'],
        ['filters[user_ids][]', '64f0c1d2e3f4a5b6c7d8e9f0'],
        ['filters[user_ids][]', '64f0c1d2e3f4a5b6c7d8e9f1'],
        ['filters[contact_list_ids][]', '65ab12cd34ef56ab78cd90ef'],
        ['filters[sequences][]', 'seq_7f3a9c'],
        ['filters[sequences][]', 'seq_1b2c3d'],
        ['filters[from][]', '+16465550199'],
        ['filters[to][]', '+14155550142'],
        ['filters[search]', 'northwind'],
        ['sort', '-duration'],
        ['limit', '50'],
        ['page', '3'],
      ],
    });
  });

  it('sorts by createdAt, leaving the documented default unsaid', () => {
    expect(params(query({ sort: { field: 'time', desc: false } }))).toEqual([
      ['sort', 'createdAt'],
      ['limit', '50'],
      ['page', '1'],
    ]);
    expect(params(query({ sort: { field: 'time', desc: true } }))).toEqual([
      ['limit', '50'],
      ['page', '1'],
    ]);
    expect(params(query({ sort: { field: 'duration', desc: false } }))).toContainEqual(['sort', 'duration']);
  });

  it('writes phone numbers as E.164 in the source country', () => {
    const uk: SourceInfo = { ...source, defaultCountry: 'GB' };
    expect(
      requestOf(adapter.listRequest(query({ phone: '020 7946 0958' }), 1, uk, null)).params,
    ).toContainEqual(['filters[to][]', '+442079460958']);
  });

  it('asks for a count with limit=1 and reads pagination.total', () => {
    expect(adapter.countRequest?.(query({ statuses: ['no-answer'] }), source)).toEqual({
      path: '/v1/call-log',
      params: [
        ['filters[outcome]', 'no-answer'],
        ['limit', '1'],
        ['page', '1'],
      ],
    });
    expect(adapter.parseCount?.(callLog)).toBe(1234);
    expect(() => adapter.parseCount?.({ data: [] })).toThrow(/pagination.total/);
  });

  it('sends nothing for every outcome at once, or for the call channel', () => {
    const q = query({ channels: ['call'], statuses: ['answered', 'no-answer', 'cancelled'] });
    expect(adapter.unapplied(q)).toEqual([]);
    expect(params(q)).toEqual([
      ['limit', '50'],
      ['page', '1'],
    ]);
  });
});

describe('salesfinity: filters it cannot apply are reported and left out', () => {
  it('reports each with its reason', () => {
    const q = query({
      channels: ['whatsapp'],
      statuses: ['answered', 'cancelled'],
      dispositions: ['Left Voicemail'],
      phone: 'abc',
      sort: { field: 'agent', desc: false },
      extra: {
        list_id: ['12'],
        direction: ['sideways'],
        min_duration: ['-5'],
        answered_by: ['human', 'machine_start'],
      },
    });
    expect(adapter.unapplied(q)).toEqual([
      { filter: 'channel', reason: 'Salesfinity has calls only; showing calls' },
      { filter: 'status', reason: 'Salesfinity filters by one outcome at a time; showing all' },
      {
        filter: 'disposition',
        reason: "'Left Voicemail' is not a Salesfinity disposition id; showing all dispositions",
      },
      { filter: 'phone', reason: "'abc' has no digits to search by" },
      { filter: 'x.list_id', reason: "Salesfinity has no filter 'list_id'" },
      { filter: 'x.direction', reason: "'sideways' is not one of inbound, outbound" },
      { filter: 'x.min_duration', reason: "'-5' is not a number of seconds ≥ 0" },
      { filter: 'x.answered_by', reason: 'Salesfinity filters by one answered by at a time; showing all' },
      { filter: 'sort', reason: 'Salesfinity sorts by time or duration only' },
    ]);
    expect(params(q)).toEqual([
      ['limit', '50'],
      ['page', '1'],
    ]);
  });

  it('reports a status that is not a documented outcome', () => {
    expect(adapter.unapplied(query({ statuses: ['Completed'] }))).toEqual([
      {
        filter: 'status',
        reason: "'Completed' is not a Salesfinity call outcome (answered, no-answer, cancelled)",
      },
    ]);
  });

  it('declares its capabilities and provider-only filters', () => {
    const c = adapter.capabilities;
    expect(c.channels).toEqual(['call']);
    expect(c.pageSizes).toEqual([50]);
    expect(c.sortFields).toEqual(['time', 'duration']);
    expect(c.filters.disposition).toEqual({ supported: true, multiple: true });
    expect(c.knownValues?.status?.map((o) => o.value)).toEqual(['answered', 'no-answer', 'cancelled']);
    expect(c.extraFilters.map((f) => f.name)).toEqual([
      'direction',
      'min_duration',
      'max_duration',
      'has_recording',
      'answered_by',
      'is_completed',
      'exclude_negative_dispositions',
      'sequences',
    ]);
    const minDuration = c.extraFilters.find((f) => f.name === 'min_duration');
    expect(minDuration?.validate?.('30')).toBeNull();
    expect(minDuration?.validate?.('abc')).toMatch(/not a number/);
  });
});

describe('salesfinity: times', () => {
  it('a record with no start and an unreadable ended_at is invalid, not a row without an end', () => {
    const rec = { ...clone(callLog.data[0]), ended_at: 'yesterday-ish' } as Record<string, unknown>;
    delete rec.started_at;
    delete rec.createdAt;
    const [entry] = adapter.parseList({ ...clone(callLog), data: [rec] }, source).entries;
    expect(entry && 'kind' in entry ? entry.reason : null).toMatch(/ended_at/);
  });
});

describe('salesfinity: errors in its own words', () => {
  it("a gateway's HTML error page is not taken for the provider's words", () => {
    const info = adapter.parseError(502, '<html><body><h1>502 Bad Gateway</h1></body></html>');
    expect(info.message).not.toContain('<');
    expect(info.details).toEqual([]);
  });

  it('keeps validation messages verbatim, those naming a filter tied to it', () => {
    expect(adapter.parseError(400, validationError)).toEqual({
      status: 400,
      message:
        'Salesfinity rejected the query: limit must not be greater than 100; filters.outcome must be one of the following values: answered, no-answer, cancelled',
      details: [
        'limit must not be greater than 100',
        'filters.outcome must be one of the following values: answered, no-answer, cancelled',
      ],
      fields: [
        {
          filter: 'status',
          message: 'filters.outcome must be one of the following values: answered, no-answer, cancelled',
        },
      ],
    });
    const extra = adapter.parseError(400, {
      statusCode: 400,
      message: ['filters.min_duration must be a number conforming to the specified constraints'],
      error: 'Bad Request',
    });
    expect(extra.fields?.map((f) => f.filter)).toEqual(['x.min_duration']);
  });

  it('maps 401, 403, 404, 429, 500 and 502', () => {
    expect(adapter.parseError(401, unauthorized)).toEqual({
      status: 401,
      message: 'Salesfinity rejected the API key of this source: Invalid API key — check credentials.apiKey',
      details: ['Unauthorized', 'Invalid API key'],
    });
    expect(adapter.parseError(401, { message: 'Invalid API key' }).details).toEqual(['Invalid API key']);
    expect(adapter.parseError(403, null).message).toMatch(/refused this API key/);
    expect(adapter.parseError(404, { statusCode: 404, message: 'Sequence not found' }).message).toBe(
      'Salesfinity has no such item: Sequence not found',
    );
    expect(
      adapter.parseError(429, { statusCode: 429, message: 'ThrottlerException: Too Many Requests' }).message,
    ).toBe('Salesfinity is limiting the request rate; retrying shortly');
    expect(adapter.parseError(500, { statusCode: 500, message: 'Internal server error' }).message).toBe(
      'Salesfinity had an internal error: Internal server error',
    );
    expect(adapter.parseError(502, '<html>bad gateway</html>').message).toMatch(/could not be reached/);
  });
});

describe('salesfinity: pickers', () => {
  it('fills dispositions with numeric ids and their category', () => {
    expect(adapter.options.disposition?.request('')).toEqual({ path: '/v1/dispositions', params: [] });
    expect(adapter.options.disposition?.parse(dispositions)).toEqual([
      { value: '1', label: 'Answered – Meeting Set', description: 'positive' },
      { value: '3', label: 'Answered – Not Interested', description: 'negative' },
      { value: '11', label: 'Left Voicemail', description: 'not answered' },
      { value: '14', label: 'Cancelled', description: 'cancelled' },
      { value: '15', label: 'Answered – Demo Booked', description: 'positive' },
    ]);
    expect(adapter.options.disposition?.parse('garbage')).toEqual([]);
  });

  it('fills agents from the team and campaigns from contact lists', () => {
    expect(adapter.options.agent?.request('')).toEqual({ path: '/v1/team', params: [] });
    expect(adapter.options.agent?.parse(team)).toEqual([
      { value: '64f0c1d2e3f4a5b6c7d8e9f0', label: 'Jordan Reyes', description: 'jordan@acme-sales.example' },
      { value: '64f0c1d2e3f4a5b6c7d8e9f1', label: 'sam@acme-sales.example' },
    ]);
    expect(adapter.options.campaign?.request('q1')).toEqual({
      path: '/v1/contact-lists/csv',
      params: [
        ['page', '1'],
        ['limit', '100'],
      ],
    });
    expect(adapter.options.campaign?.parse(contactLists)).toEqual([
      { value: '65ab12cd34ef56ab78cd90ef', label: 'Q1 Logistics VPs', description: '842 contacts' },
      { value: '65ab12cd34ef56ab78cd90f0', label: 'UK Mid-Market', description: '377 contacts' },
    ]);
  });

  it('fills the sequence filter from /sequences', () => {
    const filter = adapter.capabilities.extraFilters.find((f) => f.name === 'sequences');
    expect(filter?.options).toBe(sequenceOptions);
    expect(sequenceOptions.request('')).toEqual({
      path: '/v1/sequences',
      params: [
        ['page', '1'],
        ['limit', '100'],
      ],
    });
    const list = { data: [sequence.data], pagination: { total: 1, page: 1, limit: 100, pages: 1 } };
    expect(sequenceOptions.parse(list)).toEqual([{ value: 'seq_7f3a9c', label: 'Inbound demo follow-up' }]);
  });
});
