import type { CallEntry, InvalidRecord, LogEntry, RecordingRef } from '../../logs/log-entry.ts';
import { toE164 } from '../../logs/phone.ts';
import type { SourceInfo } from '../../logs/source.ts';
import { parseTime } from './time.ts';
import { contentId } from '../common/content-id.ts';
import { boolOf, describeIssues, numOf, str } from '../common/lenient.ts';
import {
  directionOf,
  fullName,
  invalidRecord,
  isObject,
  phoneOrRaw,
  unreadableRecord,
  unreadableTime,
} from '../common/records.ts';
import { DERIVED_ID_PREFIX, INBOUND_SWAPS_PARTIES } from './constants.ts';
import { defaultDispositionName, dispositionOutcome, mapCallOutcome } from './outcomes.ts';
import { callLogSchema, type CallLog } from './schemas.ts';
import { cleanText, safeHttpUrl } from './text.ts';

/**
 * Fields that identify a call when Salesfinity sends neither `_id` nor `call_id`: fixed when the call
 * is placed (not disposition, recording or notes, which come later), so a `log=` link keeps working.
 */
const IDENTITY_FIELDS = ['started_at', 'createdAt', 'to', 'from', 'direction'] as const;

/** An id as text: ids come as strings, some as numbers. */
function idText(v: string | number | null | undefined): string | null {
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : null;
  return str(v);
}

/** Sets `key` when there is a value; whether it did. (A module function: no closure per record.) */
function putText(out: Record<string, unknown>, key: string, value: string | null): boolean {
  if (value === null) return false;
  out[key] = value;
  return true;
}

/** Contact facts with no column of their own, and the rep's notes, for the drawer (present ones only). */
function extras(rec: CallLog): Record<string, unknown> | null {
  const out: Record<string, unknown> = {};
  const contact = rec.contact;
  let any = putText(out, 'company', str(contact?.company));
  any = putText(out, 'title', str(contact?.title)) || any;
  any = putText(out, 'email', str(contact?.email)) || any;
  any = putText(out, 'notes', str(rec.notes)) || any;
  any = putText(out, 'answered_by', str(rec.answered_by)) || any;
  any = putText(out, 'crm_disposition', str(rec.disposition?.external_name)) || any;
  return any ? out : null;
}

function callEntry(rec: CallLog, raw: Record<string, unknown>, source: SourceInfo): CallEntry {
  const zone = source.timeZone;
  const country = source.defaultCountry;
  const id = idText(rec._id) ?? idText(rec.call_id) ?? contentId(raw, IDENTITY_FIELDS, DERIVED_ID_PREFIX);
  const dir = directionOf(str(rec.direction));
  const swap = INBOUND_SWAPS_PARTIES && dir === 'inbound';
  const customerRaw = str(swap ? rec.from : rec.to) ?? str(rec.contact?.phone);
  const businessRaw = str(swap ? rec.to : rec.from);

  const outcomeRaw = str(rec.outcome);
  const answeredBy = str(rec.answered_by);
  const byOutcome = mapCallOutcome(outcomeRaw, answeredBy, boolOf(rec.is_completed));
  const d = rec.disposition;
  const dispositionId = numOf(d?.internal_id);
  const dispositionName =
    str(d?.name) ??
    defaultDispositionName(dispositionId) ??
    str(d?.external_name) ??
    (dispositionId === null ? null : `Disposition ${dispositionId}`);
  const byDisposition = dispositionOutcome(dispositionId, str(d?.category), dispositionName);

  const url = safeHttpUrl(str(rec.recording_url));
  const recordings: RecordingRef[] = url === null ? [] : [{ kind: 'url', id, url }];
  const transcription = cleanText(str(rec.transcription));
  const user = rec.user;
  return {
    channel: 'call',
    sourceId: source.id,
    provider: 'salesfinity',
    id,
    direction: dir,
    businessNumber: phoneOrRaw(businessRaw, country),
    customer: {
      name: fullName(str(rec.contact?.first_name), str(rec.contact?.last_name)),
      phone: toE164(customerRaw, country),
      phoneRaw: customerRaw,
      loanId: null,
      leadId: idText(rec.contact?._id),
    },
    campaign: { id: idText(rec.contact_list?._id), name: str(rec.contact_list?.name) },
    agent: {
      id: idText(user?._id),
      name: fullName(str(user?.first_name), str(user?.last_name)) ?? str(user?.email),
    },
    status: byOutcome.status,
    statusRaw: outcomeRaw,
    outcome: byDisposition !== 'unknown' ? byDisposition : byOutcome.outcome,
    outcomeRaw: dispositionName ?? outcomeRaw,
    disposition: { id: dispositionId === null ? null : String(dispositionId), name: dispositionName },
    // A call without `started_at` (never connected) still has the moment it was placed.
    startedAt:
      str(rec.started_at) !== null ? parseTime(rec.started_at, zone) : parseTime(rec.createdAt, zone),
    endedAt: parseTime(rec.ended_at, zone),
    durationSec: numOf(rec.duration),
    recordings,
    transcript: transcription === null ? null : { kind: 'text', text: transcription },
    summary: str(rec.summary),
    extracted: extras(rec),
    raw,
  };
}

/** A timestamp present but unreadable makes the record invalid (the row would sort nowhere). */
function timeProblem(e: LogEntry, rec: CallLog, zone: string): string | null {
  // Each time the record has but could not be read (absent is fine: a call may not have ended).
  if (e.startedAt === null) {
    const field = str(rec.started_at) !== null ? 'started_at' : 'createdAt';
    const v = str(rec[field]);
    if (v !== null) return unreadableTime(field, v, zone);
  }
  const ended = str(rec.ended_at);
  return e.endedAt === null && ended !== null ? unreadableTime('ended_at', ended, zone) : null;
}

/** One `/call-log` record → LogEntry, or an InvalidRecord saying why; never throws. */
export function normalizeRecord(raw: unknown, index: number, source: SourceInfo): LogEntry | InvalidRecord {
  if (!isObject(raw)) return invalidRecord(source, index, 'not an object', raw);
  try {
    const r = callLogSchema.safeParse(raw);
    if (!r.success) return invalidRecord(source, index, describeIssues(r.error), raw);
    const e = callEntry(r.data, raw, source);
    const problem = timeProblem(e, r.data, source.timeZone);
    return problem === null ? e : invalidRecord(source, index, problem, raw);
  } catch (e) {
    // Defensive: a hostile record (getters, proxies) must still only cost its own row.
    return unreadableRecord(source, index, e, raw);
  }
}
