import type { CallEntry, Direction, InvalidRecord, LogEntry } from '../../logs/log-entry.ts';
import { toE164 } from '../../logs/phone.ts';
import type { SourceInfo } from '../../logs/source.ts';
import { parseProviderTime } from '../../logs/time.ts';
import { describeIssues, numOf, str } from '../common/lenient.ts';
import {
  fullName,
  invalidRecord,
  isObject,
  phoneOrRaw,
  unreadableRecord,
  unreadableTime,
} from '../common/records.ts';
import { CALL_DATE_IS_START, INBOUND_NUMBER_DIALED_IS_BUSINESS, OUTBOUND_CALL_TYPES } from './constants.ts';
import { derivedId, idOf } from './ids.ts';
import { mapStatus } from './outcomes.ts';
import { recordingRefs } from './recordings.ts';
import { callLogSchema, type CallLog } from './schemas.ts';

const OUTBOUND = new Set(OUTBOUND_CALL_TYPES);

function direction(callType: string | null): Direction {
  if (callType === null) return 'unknown';
  const t = callType.toUpperCase();
  if (t === 'INBOUND') return 'inbound';
  return OUTBOUND.has(t) ? 'outbound' : 'unknown';
}

/** `call_date` + `call_length`; null past the range of numbers (a call_length of 1e308 is no end). */
function endOf(startedAt: number | null, durationSec: number | null): number | null {
  if (!CALL_DATE_IS_START || startedAt === null || durationSec === null) return null;
  const end = startedAt + durationSec * 1000;
  return Number.isFinite(end) ? end : null;
}

// One object literal per entry: spreads with overriding keys cost V8 dictionary-mode copies.
function callEntry(rec: CallLog, raw: Record<string, unknown>, source: SourceInfo): CallEntry {
  const country = source.defaultCountry;
  const dir = direction(str(rec.call_type));
  const customerRaw = idOf(rec.phone_number);
  const businessRaw =
    dir === 'inbound' && INBOUND_NUMBER_DIALED_IS_BUSINESS
      ? (idOf(rec.number_dialed) ?? idOf(rec.caller_id_displayed))
      : idOf(rec.caller_id_displayed);
  const code = str(rec.status);
  const mapped = mapStatus(code);
  const startedAt = parseProviderTime(rec.call_date, source.timeZone);
  const durationSec = numOf(rec.call_length);
  return {
    channel: 'call',
    sourceId: source.id,
    provider: 'convoso',
    id: idOf(rec.id) ?? derivedId(raw),
    direction: dir,
    businessNumber: phoneOrRaw(businessRaw, country),
    customer: {
      name: fullName(str(rec.first_name), str(rec.last_name)),
      phone: toE164(customerRaw, country),
      phoneRaw: customerRaw,
      loanId: null,
      leadId: idOf(rec.lead_id),
    },
    campaign: { id: idOf(rec.campaign_id), name: str(rec.campaign) },
    agent: { id: idOf(rec.user_id), name: str(rec.user) },
    status: mapped.status,
    statusRaw: code,
    outcome: mapped.outcome,
    outcomeRaw: code,
    // Convoso's status is its disposition: the code with its name.
    disposition: { id: code, name: str(rec.status_name) },
    startedAt,
    endedAt: endOf(startedAt, durationSec),
    durationSec,
    recordings: recordingRefs(rec.recording),
    transcript: null,
    summary: str(rec.agent_comment),
    extracted: null,
    raw,
  };
}

/** One `/log/retrieve` result → LogEntry, or an InvalidRecord saying why; never throws. */
export function normalizeRecord(raw: unknown, index: number, source: SourceInfo): LogEntry | InvalidRecord {
  if (!isObject(raw)) return invalidRecord(source, index, 'not an object', raw);
  try {
    const r = callLogSchema.safeParse(raw);
    if (!r.success) return invalidRecord(source, index, describeIssues(r.error), raw);
    const e = callEntry(r.data, raw, source);
    if (e.startedAt === null) {
      // A call that sorts nowhere is not shown as if it were fine.
      const date = str(r.data.call_date);
      const reason =
        date === null ? 'call_date: missing' : unreadableTime('call_date', date, source.timeZone);
      return invalidRecord(source, index, reason, raw);
    }
    return e;
  } catch (e) {
    // Defensive: a hostile record (getters, proxies) must still only cost its own row.
    return unreadableRecord(source, index, e, raw);
  }
}
