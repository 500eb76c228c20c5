import { formatIst, formatIstDate } from '../../../ist-time.ts';
import { at } from '../../../prng.ts';
import { CALL, WHATSAPP } from '../data/codes.ts';
import { NONE, SHAPE_BLANK, SHAPE_SPARSE, type TimepayDataset } from '../data/dataset.ts';
import {
  MALFORMED_CONVERSATION,
  MALFORMED_DURATION,
  MALFORMED_NO_TYPE,
  MALFORMED_START_TIME,
} from '../data/quirks.ts';
import { recordContext } from '../text/record-context.ts';
import {
  applyHostile,
  businessNumber,
  customerIdField,
  metaErrors,
  statusLabel,
  typeName,
} from './record-fields.ts';
import { callSummary, extractedData } from '../text/summaries.ts';
import { smsText, wamid, whatsappContent } from '../text/whatsapp-content.ts';

type Json = Record<string, unknown>;

/** One `/logs` record, shaped exactly as the seed shows it for its type (and its shape quirk). */
export function logRecord(ds: TimepayDataset, i: number): Json {
  const type = ds.type[i] ?? CALL;
  const record = type === CALL ? callRecord(ds, i) : messageRecord(ds, i, type === WHATSAPP);
  const quirk = ds.quirk[i] ?? 0;
  applyHostile(record, quirk);
  applyMalformed(record, quirk);
  return record;
}

function common(ds: TimepayDataset, i: number): Json {
  const start = ds.startMs[i] ?? 0;
  const campaign = at(ds.catalog.campaigns, ds.campaign[i] ?? 0);
  const [idKey, idValue] = customerIdField(ds, i);
  return {
    date: formatIstDate(start),
    start_time: formatIst(start),
    end_time: null,
    campaign_name: campaign.name,
    campaign_id: campaign.id,
    name: at(ds.customers.names, ds.customer[i] ?? 0),
    [idKey]: idValue,
  };
}

function callRecord(ds: TimepayDataset, i: number): Json {
  const ctx = recordContext(ds, i);
  const start = ds.startMs[i] ?? 0;
  const duration = ds.duration[i] ?? 0;
  const disposition = ctx.disposition;
  const sparse = ds.shape[i] === SHAPE_SPARSE;
  const hasAudio = duration > 0;
  // Unanswered calls: recording and transcript null, or (3 in 10) absent altogether.
  const omitRefs = !hasAudio && (ds.recSeed[i] ?? 0) % 10 < 3;
  const record: Json = {
    ...(sparse ? {} : { call_id: ds.ids.call.encode(i) }),
    ...common(ds, i),
    end_time: formatIst(start + duration * 1000),
    duration,
    direction: ds.inbound[i] === 1 ? 'inbound' : 'outbound',
    from: businessNumber(ds, i),
    to: at(ds.customers.phones, ds.customer[i] ?? 0),
    status: statusLabel(ds, i),
    disposition: disposition?.label ?? null,
    ...(omitRefs
      ? {}
      : {
          transcript_id: hasAudio ? ds.ids.transcript.encode(i) : null,
          recording_id: hasAudio ? ds.ids.recording.encode(i) : null,
        }),
    extracted_data: extractedData(ctx),
    ...(sparse ? {} : { summary: callSummary(ctx) }),
    agent_id: ds.agent[i] === NONE ? '' : at(ds.catalog.agents, ds.agent[i] ?? 0).id,
    disposition_id: disposition?.id ?? null,
    type: 'call',
  };
  return record;
}

function messageRecord(ds: TimepayDataset, i: number, whatsapp: boolean): Json {
  const shape = ds.shape[i] ?? 0;
  const blank = shape === SHAPE_BLANK;
  const content = whatsapp ? whatsappContent(ds, i) : null;
  const record: Json = { message_id: ds.ids.message.encode(i), ...common(ds, i) };
  if (shape !== SHAPE_SPARSE) {
    record.duration = 0;
    record.direction = ds.inbound[i] === 1 ? 'inbound' : 'outbound';
    record.from = businessNumber(ds, i) ?? (blank ? '' : null);
  }
  record.to = at(ds.customers.phones, ds.customer[i] ?? 0);
  record.status = statusLabel(ds, i);
  if (shape !== SHAPE_SPARSE) {
    record.disposition = blank ? '' : null;
    record.extracted_data = blank ? null : {};
  }
  record.agent_id = '';
  if (shape !== SHAPE_SPARSE) record.disposition_id = blank ? '' : null;
  record.type = typeName(ds, i);
  if (content) {
    record.wamid = wamid(ds, i);
    const sparse = shape === SHAPE_SPARSE;
    record.conversation = sparse
      ? []
      : content.conversation.map((m) => ({ role: m.role, content: m.content, timestamp: formatIst(m.atMs) }));
    record.errors = sparse ? [] : metaErrors(ds, i);
  } else if (shape === SHAPE_SPARSE) {
    record.summary = smsText(ds, i);
  } else {
    record.content = smsText(ds, i);
  }
  return record;
}

function applyMalformed(record: Json, quirk: number): void {
  if (quirk === MALFORMED_START_TIME) record.start_time = 'not-a-date';
  else if (quirk === MALFORMED_DURATION) record.duration = 'abc';
  else if (quirk === MALFORMED_NO_TYPE) delete record.type;
  else if (quirk === MALFORMED_CONVERSATION) record.conversation = 'conversation unavailable';
}
