import type { CallEntry, InvalidRecord, LogEntry } from '../../logs/log-entry.ts';
import { toE164 } from '../../logs/phone.ts';
import type { SourceInfo } from '../../logs/source.ts';
import { readTime } from './time.ts';
import { describeIssues, str } from '../common/lenient.ts';
import {
  directionOf,
  invalidRecord,
  isObject,
  phoneOrRaw,
  unreadableRecord,
  unreadableTime,
} from '../common/records.ts';
import { durationSeconds } from './duration.ts';
import { mapStatus, outcomeOf } from './outcomes.ts';
import { derivedId } from './record-id.ts';
import { GATEWAY_FIELD } from './constants.ts';
import { callLogSchema, type CallLog } from './schemas.ts';

function recordId(rec: CallLog, raw: Record<string, unknown>): string {
  const id = rec.id;
  if (typeof id === 'number') return String(id);
  return str(id) ?? derivedId(raw);
}

/** Why a present timestamp is unreadable, or null when it is absent or was read. */
function timeProblem(name: string, value: string | null | undefined, parsed: number | null, zone: string) {
  if (parsed !== null) return null;
  const text = str(value);
  if (text === null) return null;
  return unreadableTime(name, text, zone);
}

/** Said in the drawer when the time shown is not the call's start. */
const STORED_TIME_NOTE: Readonly<Record<string, string>> = Object.freeze({
  'Time shown': 'when unpod stored the row (creation_time): the call has no start_time',
});

/** `{id, name}` (the provider's serializer), a bare id, or nothing. */
function labelOf(v: unknown): { id: string | null; name: string | null } {
  if (isObject(v)) {
    const id = (v as { id?: unknown }).id;
    return {
      id: typeof id === 'number' ? String(id) : str(typeof id === 'string' ? id : null),
      name: str(typeof (v as { name?: unknown }).name === 'string' ? (v as { name: string }).name : null),
    };
  }
  if (typeof v === 'number' && Number.isFinite(v)) return { id: String(v), name: null };
  return { id: str(typeof v === 'string' ? v : null), name: null };
}

function build(
  rec: CallLog,
  raw: Record<string, unknown>,
  source: SourceInfo,
  created: number | null,
  started: number | null,
  ended: number | null,
  durationSec: number | null,
): CallEntry {
  const dir = directionOf(str(rec.call_type));
  // source_number "initiated the call": the customer on inbound calls, the business on outbound ones;
  // on gateway (SBC) calls always the business, both directions (GATEWAY_FIELD).
  const gateway = isObject(rec[GATEWAY_FIELD]);
  const customerIsSource = dir === 'inbound' && !gateway;
  const customerRaw = str(customerIsSource ? rec.source_number : rec.destination_number);
  const businessRaw = str(customerIsSource ? rec.destination_number : rec.source_number);
  const agent = labelOf(rec.agent);
  const statusRaw = str(rec.call_status);
  const endReason = str(rec.end_reason);
  const mapped = mapStatus(statusRaw);
  return {
    channel: 'call',
    sourceId: source.id,
    provider: 'unpod',
    id: recordId(rec, raw),
    direction: dir,
    businessNumber: phoneOrRaw(businessRaw, source.defaultCountry),
    customer: {
      name: null,
      phone: toE164(customerRaw, source.defaultCountry),
      phoneRaw: customerRaw,
      loanId: null,
      leadId: null,
    },
    campaign: { id: null, name: null },
    agent,
    status: mapped.status,
    statusRaw,
    outcome: outcomeOf(mapped.outcome, endReason),
    outcomeRaw: endReason ?? statusRaw,
    disposition: { id: null, name: null },
    // The call's start; a missed call has none, and shows when its row was stored (TIME_FIELDS).
    startedAt: started ?? created,
    endedAt: ended,
    durationSec,
    recordings: [],
    transcript: null,
    summary: null,
    extracted: started === null && created !== null ? { ...STORED_TIME_NOTE } : null,
    raw,
  };
}

/** One `/call-logs/` record (either doc version) → LogEntry, or an InvalidRecord saying why; never throws. */
export function normalizeRecord(raw: unknown, index: number, source: SourceInfo): LogEntry | InvalidRecord {
  if (!isObject(raw)) return invalidRecord(source, index, 'not an object', raw);
  try {
    const r = callLogSchema.safeParse(raw);
    if (!r.success) return invalidRecord(source, index, describeIssues(r.error), raw);
    const rec = r.data;
    const duration = durationSeconds(rec.call_duration);
    // A string of 400 digits reads as Infinity seconds: unreadable too.
    if (duration === undefined || (duration !== null && !Number.isFinite(duration))) {
      const shown = String(rec.call_duration).slice(0, 40);
      return invalidRecord(source, index, `call_duration: '${shown}' is not seconds or H:MM:SS`, raw);
    }
    const zone = source.timeZone;
    const created = readTime(rec.creation_time, zone);
    const started = readTime(rec.start_time, zone);
    const ended = readTime(rec.end_time, zone);
    const problem =
      timeProblem('creation_time', rec.creation_time, created, zone) ??
      timeProblem('start_time', rec.start_time, started, zone) ??
      timeProblem('end_time', rec.end_time, ended, zone);
    if (problem !== null) return invalidRecord(source, index, problem, raw);
    return build(rec, raw, source, created, started, ended, duration);
  } catch (e) {
    // Defensive: a hostile record (getters, proxies) must still only cost its own row.
    return unreadableRecord(source, index, e, raw);
  }
}
