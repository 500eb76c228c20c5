import { at, hash32, mulberry32, pick, randomHex } from '../../../prng.ts';
import { STATUSES } from '../data/catalog.ts';
import { callId, recordingId } from '../data/call-ids.ts';
import { CALL_TYPES, INBOUND, NONE, type ConvosoDataset } from '../data/dataset.ts';
import { leadId } from '../data/leads.ts';
import { FIRST_NAMES, LAST_NAMES } from '../data/names.ts';
import {
  HOSTILE_BIDI,
  HOSTILE_BIDI_NAME,
  HOSTILE_IMG,
  HOSTILE_IMG_COMMENT,
  HOSTILE_JS,
  HOSTILE_JS_TEXT,
  HOSTILE_LONG_RTL,
  HOSTILE_SCRIPT,
  HOSTILE_SCRIPT_NAME,
  MALFORMED_LENGTH,
  MALFORMED_RECORDING,
  MALFORMED_ZERO_DATE,
  SRC_ONLY_RECORDING,
  longRtlText,
} from '../data/quirks.ts';
import { formatPacific } from '../pacific-time.ts';

/** The account number in recording file names (as in the seed's `106387_...mp3`). */
const ACCOUNT_ID = 106_387;
export const MEDIA_PREFIX = '/convoso-media';

const COMMENTS = [
  'Asked for a callback after 5pm',
  'Spouse handles the policy, call back Thursday',
  'Already covered through employer',
  'Interested, sending quote by email',
  'Requested a Spanish-speaking agent',
  'Bad connection, customer could not hear',
  'Wants to compare with current plan',
  'Left message with receptionist',
  'Customer asked to be removed from list',
  'Confirmed address and date of birth',
];

/** `agent_comment`: derived from the record's seed; most calls have none (""). */
function agentComment(ds: ConvosoDataset, i: number): string {
  if (ds.agent[i] === NONE) return '';
  const rng = mulberry32(hash32(ds.recSeed[i] ?? 0, 0xc033));
  return rng() < 0.3 ? pick(rng, COMMENTS) : '';
}

function sessionId(ds: ConvosoDataset, i: number): string {
  const rng = mulberry32(hash32(ds.recSeed[i] ?? 0, 0x5e55));
  return `${randomHex(rng, 32)}@10.${Math.floor(rng() * 4)}.${Math.floor(rng() * 256)}.${Math.floor(rng() * 256)}:5060`;
}

function recordingList(ds: ConvosoDataset, i: number, origin: string, phone: string): unknown[] {
  const n = ds.recordings[i] ?? 0;
  const quirk = ds.quirk[i];
  const epoch = Math.floor((ds.startMs[i] ?? 0) / 1000);
  const out: unknown[] = [];
  for (let k = 0; k < n; k++) {
    const id = recordingId(ds.count, i, k);
    const url = `${origin}${MEDIA_PREFIX}/play-recording-public/${id}`;
    let publicUrl = url;
    if (quirk === SRC_ONLY_RECORDING) publicUrl = '';
    else if (quirk === HOSTILE_JS && k === 0) publicUrl = HOSTILE_JS_TEXT;
    out.push({
      src: `${origin}${MEDIA_PREFIX}/recording/${id}`,
      type: k === 0 ? 'full' : 'pause',
      new: 'yes',
      recording_id: id,
      filename: `${ACCOUNT_ID}_${ds.catalog.campaigns[ds.campaign[i] ?? 0]?.id}_${phone}_${leadId(ds.seed, ds.lead[i] ?? 0)}_${epoch}_${k}.wav`,
      public_url: publicUrl,
    });
  }
  return out;
}

/**
 * One `/log/retrieve` result, in the seed's field order, numbers as strings. `origin` is the sandbox's
 * own origin (from the request's Host), so public recording URLs point back at it.
 */
export function logRecord(
  ds: ConvosoDataset,
  i: number,
  includeRecordings: boolean,
  origin: string,
): Record<string, unknown> {
  const { catalog, leads } = ds;
  const l = ds.lead[i] ?? 0;
  const campaign = at(catalog.campaigns, ds.campaign[i] ?? 0);
  const status = at(STATUSES, ds.status[i] ?? 0);
  const a = ds.agent[i] ?? NONE;
  const inbound = ds.callType[i] === INBOUND;
  const phone = leads.phones[l] ?? '';
  const quirk = ds.quirk[i];
  const sharedName = l < leads.count ? undefined : leads.sharedNames[l - leads.count];
  let firstName = sharedName?.[0] ?? FIRST_NAMES[leads.first[l] ?? 0] ?? '';
  let lastName = sharedName?.[1] ?? LAST_NAMES[leads.last[l] ?? 0] ?? '';
  let comment = agentComment(ds, i);
  if (quirk === HOSTILE_SCRIPT_NAME) firstName = HOSTILE_SCRIPT;
  if (quirk === HOSTILE_IMG_COMMENT) comment = `Customer said ${HOSTILE_IMG}`;
  if (quirk === HOSTILE_JS) lastName = HOSTILE_JS_TEXT;
  if (quirk === HOSTILE_LONG_RTL) comment = longRtlText();
  if (quirk === HOSTILE_BIDI) lastName = HOSTILE_BIDI_NAME;
  const record: Record<string, unknown> = {
    id: callId(ds.seed, ds.count, i),
    lead_id: leadId(ds.seed, l),
    list_id: catalog.lists[ds.list[i] ?? 0],
    campaign_id: campaign.id,
    campaign: campaign.name,
    user: a === NONE ? null : catalog.agentNames[a],
    user_id: a === NONE ? null : catalog.agentIds[a],
    phone_number: phone,
    number_dialed: inbound ? campaign.callerId.slice(1) : phone,
    first_name: firstName,
    last_name: lastName,
    status: status.code,
    status_name: status.name,
    call_length: quirk === MALFORMED_LENGTH ? 'N/A' : String(ds.callLength[i] ?? 0),
    call_date: quirk === MALFORMED_ZERO_DATE ? '0000-00-00 00:00:00' : formatPacific(ds.startMs[i] ?? 0),
    agent_comment: comment,
  };
  if (includeRecordings)
    record.recording = quirk === MALFORMED_RECORDING ? '' : recordingList(ds, i, origin, phone);
  record.queue_id = inbound ? campaign.queueId : null;
  record.called_count = String(ds.calledCount[i] ?? 1);
  record.caller_id_displayed = inbound ? `1${phone}` : campaign.callerId;
  record.term_reason = status.term;
  record.call_type = CALL_TYPES[ds.callType[i] ?? 0];
  record.queue_position = String(ds.queuePosition[i] ?? 1);
  record.queue_seconds = (ds.queueSeconds[i] ?? 0).toFixed(2);
  record.originating_agent_id =
    status.code === 'XFER' && a !== NONE ? catalog.agentIds[(a + 1) % catalog.agentIds.length] : null;
  record.session_id = sessionId(ds, i);
  return record;
}
