// The cheap totals the volume charts ask for: unpod and Convoso count with a one-row page.
import { describe, expect, it } from 'vitest';
import { convosoAdapter } from '../../src/providers/convoso/index.ts';
import { CALL_LOGS_PATH, unpodAdapter } from '../../src/providers/unpod/index.ts';
import { clone, configuredSource, query } from './adapter-kit.ts';
// Seed 003's example response, verbatim.
import unpodCallLogs from './fixtures/unpod/call-logs.json' with { type: 'json' };
// Seed 004's example response (one stray quote mended, see convoso.test.ts).
import convosoRetrieve from './fixtures/convoso/log-retrieve.json' with { type: 'json' };

const unpodSource = configuredSource('unpod', {
  id: 'voice',
  label: 'Voice bot',
  timeZone: 'UTC',
  defaultCountry: 'IN',
});
const convosoSource = configuredSource('convoso', {
  id: 'callcenter',
  label: 'Call center',
  timeZone: 'America/Los_Angeles',
  defaultCountry: 'US',
});

const hour = Date.parse('2026-02-07T05:00:00Z');
const narrowed = query({ sinceMs: hour, untilMs: hour + 3_600_000 - 1, statuses: ['missed'] });

describe('unpod: count request', () => {
  it('asks page 1 of ONE row with the same filters as the list', () => {
    const count = unpodAdapter.countRequest?.(narrowed, unpodSource);
    expect(count).toEqual({
      path: CALL_LOGS_PATH,
      params: [
        ['page', '1'],
        ['page_size', '1'],
        ['start_date', '2026-02-07T05:00:00Z'],
        ['end_date', '2026-02-07T05:59:59Z'],
        ['start_time', '07-02-2026 05:00:00'],
        ['end_time', '08-02-2026 05:59:59'],
        ['call_status', 'missed'],
        ['sort', '{"start_time":"descend"}'],
      ],
    });
    const list = unpodAdapter.listRequest(narrowed, 1, unpodSource, null);
    if ('outOfReach' in list) throw new Error('page 1 is always in reach');
    // Same filters, only the page size differs.
    expect(count?.params.slice(2)).toEqual(list.params.slice(2));
  });

  it('reads count from the documented envelope, not the number of rows on the page', () => {
    expect(unpodAdapter.parseCount?.(unpodCallLogs)).toBe(150);
    expect(unpodAdapter.parseCount?.({ ...clone(unpodCallLogs), count: 0, data: [] })).toBe(0);
  });

  it('throws instead of counting a page without count, or one whose status_code says it failed', () => {
    const { count: _dropped, ...noCount } = clone(unpodCallLogs);
    expect(() => unpodAdapter.parseCount?.(noCount)).toThrow(/without count/);
    expect(() => unpodAdapter.parseCount?.({ ...clone(unpodCallLogs), count: -1 })).toThrow();
    expect(() =>
      unpodAdapter.parseCount?.({ count: 0, status_code: 403, message: 'Token has expired.', data: [] }),
    ).toThrow(/403: Token has expired/);
  });
});

describe('convoso: count request', () => {
  it('asks ONE row at offset 0, with the filters in the source zone and no recordings', () => {
    const count = convosoAdapter.countRequest?.(
      query({
        sinceMs: hour,
        untilMs: hour + 3_600_000 - 1,
        statuses: ['NA'],
        extra: { call_type: ['inbound'] },
      }),
      convosoSource,
    );
    expect(count).toEqual({
      path: '/v1/log/retrieve',
      params: [
        ['status', 'NA'],
        ['start_time', '2026-02-06 21:00:00'],
        ['end_time', '2026-02-06 21:59:59'],
        ['limit', '1'],
        ['offset', '0'],
        ['call_type', 'INBOUND'],
      ],
    });
  });

  it('reads total_found (a string in the seed) as the total', () => {
    expect(convosoAdapter.parseCount?.(convosoRetrieve)).toBe(546);
  });

  it("throws Convoso's own error for a success:false body and a missing total", () => {
    expect(() =>
      convosoAdapter.parseCount?.({ success: false, code: 6006, text: 'Invalid auth token' }),
    ).toThrow();
    const noTotal = clone(convosoRetrieve) as { data: Record<string, unknown> };
    delete noTotal.data.total_found;
    expect(() => convosoAdapter.parseCount?.(noTotal)).toThrow(/total_found/);
  });
});
