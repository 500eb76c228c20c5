// unpod records as the provider's own serializer writes them (PROVIDERS.md, live section); the record
// below has the shape of `metrics/serializers.py` (values invented).
import { describe, expect, it } from 'vitest';
import { unpodAdapter as adapter } from '../../src/providers/unpod/index.ts';
import { clone, configuredSource, valid } from './adapter-kit.ts';

const source = configuredSource('unpod', {
  id: 'voice',
  label: 'Voice',
  timeZone: 'UTC',
  defaultCountry: 'IN',
});

const gatewayInbound = {
  id: 9312,
  product_id: 'unpod.dev',
  source_number: '+918035450808',
  destination_number: '+919812345678',
  call_type: 'inbound',
  call_status: 'completed',
  creation_time: '2026-02-07T06:01:19.123456Z',
  start_time: '2026-02-07T05:57:45.000001Z',
  end_time: '2026-02-07T06:01:12.000002Z',
  call_duration: 207.627129,
  end_reason: 'caller_hangup',
  bridge: { id: 501, name: 'SBC Mumbai' },
  agent: { id: 101, name: 'Priya (collections bot)' },
  space: { id: 31, name: 'Voice campaigns' },
  organization: { id: 7, name: 'Acme Voice' },
};
const page = (...data: unknown[]) => ({ count: data.length, status_code: 200, message: 'ok', data });

describe('unpod: records of the live server', () => {
  it('reads the gateway parties: source is the business, destination the customer, on inbound calls too', () => {
    const e = valid(adapter.parseList(page(gatewayInbound), source).entries[0]);
    expect(e).toMatchObject({
      id: '9312',
      direction: 'inbound',
      businessNumber: '+918035450808',
      customer: { phone: '+919812345678' },
      agent: { id: '101', name: 'Priya (collections bot)' },
      durationSec: 208,
    });
    const direct = valid(
      adapter.parseList(page({ ...clone(gatewayInbound), bridge: null }), source).entries[0],
    );
    expect(direct).toMatchObject({ businessNumber: '+919812345678', customer: { phone: '+918035450808' } });
  });

  it('takes the start from start_time; creation_time (stored after the end) only for a call without one, and says so', () => {
    const e = valid(adapter.parseList(page(gatewayInbound), source).entries[0]);
    expect(e.startedAt).toBe(Date.UTC(2026, 1, 7, 5, 57, 45));
    expect(e.extracted).toBeNull();
    const missed = valid(
      adapter.parseList(
        page({
          ...clone(gatewayInbound),
          call_status: 'NA',
          start_time: null,
          end_time: null,
          call_duration: 0,
        }),
        source,
      ).entries[0],
    );
    expect(missed.startedAt).toBe(Date.UTC(2026, 1, 7, 6, 1, 19, 123));
    expect(missed.extracted).toEqual({
      'Time shown': 'when unpod stored the row (creation_time): the call has no start_time',
    });
    expect(missed).toMatchObject({ status: 'no_contact', outcome: 'no_answer', statusRaw: 'NA' });
  });

  it('maps the gateway FAILURE status and accepts every object field as null', () => {
    const e = valid(
      adapter.parseList(
        page({
          ...clone(gatewayInbound),
          call_status: 'FAILURE',
          bridge: null,
          agent: null,
          space: null,
          organization: null,
        }),
        source,
      ).entries[0],
    );
    expect(e).toMatchObject({ status: 'failed', outcome: 'failed', agent: { id: null, name: null } });
  });
});
