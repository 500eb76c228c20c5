import { END_REASONS } from '../data/codes.ts';
import type { UnpodDataset } from '../data/generate-unpod.ts';
import { MALFORMED_CREATION_TIME, MALFORMED_DURATION, MALFORMED_STATUS_OBJECT } from '../data/quirks.ts';
import { liveCall } from './live-call.ts';

type Json = Record<string, unknown>;

/** The product the sandbox's organisation belongs to (`Product-Id`; live values `unpod.dev`, `unpod.ai`). */
export const SANDBOX_PRODUCT_ID = 'unpod.dev';

/** Django REST framework's datetime: microseconds and `Z`. */
function timestamp(ms: number, micros: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}.${String(micros).padStart(6, '0')}Z`;
}

const AGENTS = ['Priya (collections bot)', 'Arjun (sales bot)', 'Meera (support bot)'] as const;
const SPACE = { id: 31, name: 'Voice campaigns' } as const;
const ORGANIZATION = { id: 7, name: 'Switchboard Sandbox Voice' } as const;
const GATEWAYS = ['SBC Mumbai', 'SBC Bengaluru'] as const;

/**
 * One `/call-logs/` record as the provider's own serializer writes it (`metrics/serializers.py`):
 * integer `id`, `product_id`, float `call_duration`, and `bridge`/`agent`/`space`/`organization` as
 * `{id, name}` objects or null.
 */
export function liveCallLogRecord(ds: UnpodDataset, i: number): Json {
  const call = liveCall(ds, i);
  const created = ds.createdMs[i] ?? 0;
  const agent = (ds.customer[i] ?? 0) % AGENTS.length;
  const record: Json = {
    id: ds.count - i,
    product_id: SANDBOX_PRODUCT_ID,
    source_number: call.source,
    destination_number: call.destination,
    call_type: ds.inbound[i] === 1 ? 'inbound' : 'outbound',
    call_status: call.status,
    creation_time: timestamp(created, call.micros),
    start_time: call.startMs === null ? null : timestamp(call.startMs, (call.micros * 7) % 1_000_000),
    end_time: call.endMs === null ? null : timestamp(call.endMs, (call.micros * 13) % 1_000_000),
    call_duration: call.durationSec,
    end_reason: END_REASONS[ds.endReason[i] ?? 0],
    bridge: call.gateway
      ? { id: 500 + (ds.business[i] ?? 0), name: GATEWAYS[(ds.business[i] ?? 0) % 2] }
      : null,
    agent: { id: 100 + agent, name: AGENTS[agent] },
    space: SPACE,
    organization: ORGANIZATION,
  };
  const quirk = ds.quirk[i] ?? 0;
  if (quirk === MALFORMED_DURATION) record.call_duration = 'about 3 min';
  else if (quirk === MALFORMED_CREATION_TIME) record.creation_time = 'not-a-date';
  else if (quirk === MALFORMED_STATUS_OBJECT) record.call_status = { code: 3, text: record.call_status };
  return record;
}
