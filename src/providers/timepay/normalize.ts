import type {
  CallEntry,
  Channel,
  ChatMessage,
  DeliveryError,
  InvalidRecord,
  LogEntry,
  Outcome,
  RecordingRef,
  SmsEntry,
  TranscriptRef,
  WhatsappEntry,
} from '../../logs/log-entry.ts';
import { toE164 } from '../../logs/phone.ts';
import type { SourceInfo } from '../../logs/source.ts';
import { parseProviderTime } from '../../logs/time.ts';
import { INBOUND_SWAPS_PARTIES } from './constants.ts';
import { describeIssues, numOf, str } from '../common/lenient.ts';
import {
  directionOf,
  invalidRecord,
  isObject,
  phoneOrRaw,
  unreadableRecord,
  unreadableTime,
} from '../common/records.ts';
import { mapDisposition, mapStatus } from './outcomes.ts';
import { recordingRef } from './recordings.ts';
import { derivedId } from './record-id.ts';
import { callRecordSchema, smsRecordSchema, whatsappRecordSchema } from './schemas.ts';
import type { CallRecord, SmsRecord, WhatsappRecord } from './schemas.ts';
import { channelOf } from './channel.ts';
import { chatMessage, deliveryError } from './whatsapp-parts.ts';

type CommonRecord = Omit<SmsRecord, 'message_id' | 'content'>;

/** A message's duration: timepay sends 0 for WhatsApp/SMS, which means "none". */
function messageDuration(v: CommonRecord['duration']): number | null {
  const n = numOf(v);
  return n !== null && n > 0 ? n : null;
}

/** What differs by channel among the fields every entry has. */
interface ChannelPart {
  outcome: Outcome;
  outcomeRaw: string | null;
  durationSec: number | null;
  recordings: RecordingRef[];
  transcript: TranscriptRef | null;
}

// One object literal per entry: `{ ...base, more }` costs V8 ~15 µs per record (dictionary-mode
// copies), which alone would sink the 200,000 records/s bar.
function entry<C extends Channel>(
  channel: C,
  rec: CommonRecord,
  id: string,
  part: ChannelPart,
  raw: unknown,
  source: SourceInfo,
): Omit<CallEntry, 'channel'> & { channel: C } {
  const zone = source.timeZone;
  const dir = directionOf(str(rec.direction));
  const swap = INBOUND_SWAPS_PARTIES && dir === 'inbound';
  const customerRaw = str(swap ? rec.from : rec.to);
  const businessRaw = str(swap ? rec.to : rec.from);
  const statusRaw = str(rec.status);
  return {
    channel,
    sourceId: source.id,
    provider: 'timepay',
    id,
    direction: dir,
    businessNumber: phoneOrRaw(businessRaw, source.defaultCountry),
    customer: {
      name: str(rec.name),
      phone: toE164(customerRaw, source.defaultCountry),
      phoneRaw: customerRaw,
      loanId: str(rec.loan_id),
      leadId: str(rec.lead_id),
    },
    campaign: { id: str(rec.campaign_id), name: str(rec.campaign_name) },
    agent: { id: str(rec.agent_id), name: null },
    status: mapStatus(statusRaw, channel).status,
    statusRaw,
    outcome: part.outcome,
    outcomeRaw: part.outcomeRaw,
    disposition: { id: str(rec.disposition_id), name: str(rec.disposition) },
    startedAt: parseProviderTime(rec.start_time, zone),
    endedAt: parseProviderTime(rec.end_time, zone),
    durationSec: part.durationSec,
    recordings: part.recordings,
    transcript: part.transcript,
    summary: str(rec.summary),
    extracted: rec.extracted_data ?? null,
    raw,
  };
}

function callEntry(rec: CallRecord, raw: Record<string, unknown>, source: SourceInfo): CallEntry {
  const disposition = str(rec.disposition);
  const fromDisposition = mapDisposition(disposition);
  const recordingId = str(rec.recording_id);
  const transcriptId = str(rec.transcript_id);
  const part: ChannelPart = {
    // Without a known disposition, only a failed status says anything about the outcome.
    outcome: fromDisposition !== 'unknown' ? fromDisposition : mapStatus(str(rec.status), 'call').outcome,
    outcomeRaw: disposition,
    durationSec: numOf(rec.duration),
    recordings: recordingId === null ? [] : [recordingRef(recordingId)],
    transcript: transcriptId === null ? null : { kind: 'ref', id: transcriptId },
  };
  return entry('call', rec, str(rec.call_id) ?? derivedId(raw), part, raw, source);
}

function messagePart(rec: CommonRecord, channel: Channel): ChannelPart {
  const statusRaw = str(rec.status);
  return {
    outcome: mapStatus(statusRaw, channel).outcome,
    outcomeRaw: statusRaw,
    durationSec: messageDuration(rec.duration),
    recordings: [],
    transcript: null,
  };
}

function whatsappEntry(rec: WhatsappRecord, raw: Record<string, unknown>, source: SourceInfo): WhatsappEntry {
  const id = str(rec.message_id) ?? derivedId(raw);
  const conversation: ChatMessage[] = [];
  for (const m of rec.conversation ?? []) conversation.push(chatMessage(m, source.timeZone));
  const deliveryErrors: DeliveryError[] = [];
  for (const e of rec.errors ?? []) deliveryErrors.push(deliveryError(e));
  return Object.assign(entry('whatsapp', rec, id, messagePart(rec, 'whatsapp'), raw, source), {
    wamid: str(rec.wamid),
    templateName: null,
    conversation,
    deliveryErrors,
  });
}

function smsEntry(rec: SmsRecord, raw: Record<string, unknown>, source: SourceInfo): SmsEntry {
  const part = messagePart(rec, 'sms');
  const content = str(rec.content);
  // The message text is what was "said": shown where a call's transcript would be.
  if (content !== null) part.transcript = { kind: 'text', text: content };
  return entry('sms', rec, str(rec.message_id) ?? derivedId(raw), part, raw, source);
}

/** A timestamp that is present but unreadable makes the record invalid (the row would sort nowhere). */
function timeProblem(e: LogEntry, rec: CommonRecord, zone: string): string | null {
  if (e.startedAt === null) {
    const start = str(rec.start_time);
    if (start !== null) return unreadableTime('start_time', start, zone);
  }
  if (e.endedAt === null) {
    const end = str(rec.end_time);
    if (end !== null) return unreadableTime('end_time', end, zone);
  }
  return null;
}

/** One `/logs` record → LogEntry, or an InvalidRecord saying why; never throws. */
export function normalizeRecord(raw: unknown, index: number, source: SourceInfo): LogEntry | InvalidRecord {
  if (!isObject(raw)) return invalidRecord(source, index, 'not an object', raw);
  const channel = channelOf(raw);
  if (typeof channel !== 'string') return invalidRecord(source, index, channel.reason, raw);
  try {
    let e: LogEntry;
    let rec: CommonRecord;
    if (channel === 'call') {
      const r = callRecordSchema.safeParse(raw);
      if (!r.success) return invalidRecord(source, index, describeIssues(r.error), raw);
      rec = r.data;
      e = callEntry(r.data, raw, source);
    } else if (channel === 'whatsapp') {
      const r = whatsappRecordSchema.safeParse(raw);
      if (!r.success) return invalidRecord(source, index, describeIssues(r.error), raw);
      rec = r.data;
      e = whatsappEntry(r.data, raw, source);
    } else {
      const r = smsRecordSchema.safeParse(raw);
      if (!r.success) return invalidRecord(source, index, describeIssues(r.error), raw);
      rec = r.data;
      e = smsEntry(r.data, raw, source);
    }
    const problem = timeProblem(e, rec, source.timeZone);
    return problem === null ? e : invalidRecord(source, index, problem, raw);
  } catch (e) {
    // Defensive: a hostile record (getters, proxies) must still only cost its own row.
    return unreadableRecord(source, index, e, raw);
  }
}
