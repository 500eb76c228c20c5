import { hash32 } from '../../../prng.ts';
import type { IdCodec } from '../../../reversible-id.ts';
import { BUSINESS_NUMBERS, CONNECTED, END_REASONS, OLDER_DOC, STATUS_TEXTS } from '../data/codes.ts';
import type { UnpodDataset } from '../data/generate-unpod.ts';
import {
  HOSTILE_NUMBER,
  HOSTILE_URL,
  MALFORMED_CREATION_TIME,
  MALFORMED_DURATION,
  MALFORMED_STATUS_OBJECT,
} from '../data/quirks.ts';

type Json = Record<string, unknown>;

/** `2026-02-07T05:57:00Z` (seed 003), or with microseconds as Django REST framework writes them (older). */
function timestamp(ms: number, micros: number | null): string {
  const s = new Date(ms).toISOString().slice(0, 19);
  return micros === null ? `${s}Z` : `${s}.${String(micros).padStart(6, '0')}Z`;
}

/** `0:03:27` (seed 002's "HH:MM:SS" as Python's timedelta writes it), or `03:27` for a few records. */
function clock(sec: number, short: boolean): string {
  const mm = String(Math.floor(sec / 60) % 60).padStart(2, '0');
  const ss = String(sec % 60).padStart(2, '0');
  return short ? `${mm}:${ss}` : `${Math.floor(sec / 3600)}:${mm}:${ss}`;
}

/** One `/call-logs/` record, in the payload shape of its period (and its quirk, if any). */
export function callLogRecord(ds: UnpodDataset, ids: IdCodec, i: number): Json {
  const h = hash32(ds.seed ^ 0x5eed, i);
  const older = ds.variant[i] === OLDER_DOC;
  const connected = ds.result[i] === CONNECTED;
  const created = ds.createdMs[i] ?? 0;
  const started = created + (ds.ringSec[i] ?? 0) * 1000;
  const duration = connected ? (ds.duration[i] ?? 0) : 0;
  const micros = (n: number): number | null => (older ? hash32(h, n) % 1_000_000 : null);
  const business = BUSINESS_NUMBERS[ds.business[i] ?? 0] ?? BUSINESS_NUMBERS[0];
  const customer = ds.quirk[i] === HOSTILE_NUMBER ? HOSTILE_URL : (ds.phones[ds.customer[i] ?? 0] ?? '');
  const inbound = ds.inbound[i] === 1;
  const record: Json = {};
  if (older) record.id = ids.encode(i);
  record.source_number = inbound ? customer : business;
  record.destination_number = inbound ? business : customer;
  record.call_type = inbound ? 'inbound' : 'outbound';
  record.call_status = STATUS_TEXTS[ds.status[i] ?? 0];
  record.creation_time = timestamp(created, micros(1));
  // "null if missed": every call that was never answered.
  record.start_time = connected ? timestamp(started, micros(2)) : null;
  record.end_time = connected ? timestamp(started + duration * 1000, micros(3)) : null;
  record.call_duration = older ? clock(duration, h % 10 === 0) : duration;
  record.end_reason = END_REASONS[ds.endReason[i] ?? 0];
  if (older) record.bridge = 1000 + (h % 9000);
  applyMalformed(record, ds.quirk[i] ?? 0);
  return record;
}

function applyMalformed(record: Json, quirk: number): void {
  if (quirk === MALFORMED_DURATION) record.call_duration = 'about 3 min';
  else if (quirk === MALFORMED_CREATION_TIME) record.creation_time = 'not-a-date';
  else if (quirk === MALFORMED_STATUS_OBJECT) record.call_status = { code: 3, text: record.call_status };
}
