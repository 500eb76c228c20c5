import { formatUtc } from '../../../ist-time.ts';
import { at } from '../../../prng.ts';
import { BUSINESS_NUMBERS, CALL, DELIVERED, READ, WHATSAPP, WHATSAPP_NUMBER } from '../data/codes.ts';
import { NONE, type TimepayDataset } from '../data/dataset.ts';
import { recordContext } from '../text/record-context.ts';
import { applyHostile, businessNumber, customerIdField, metaErrors, statusLabel } from './record-fields.ts';
import { callSummary, extractedData } from '../text/summaries.ts';
import { wamid, whatsappContent } from '../text/whatsapp-content.ts';

type Json = Record<string, unknown>;

/** `GET /communication/call/{id}`: times in UTC with `Z`, disposition as its snake_case value. */
export function callDetail(ds: TimepayDataset, i: number): Json | null {
  if (ds.type[i] !== CALL) return null;
  const ctx = recordContext(ds, i);
  const start = ds.startMs[i] ?? 0;
  const duration = ds.duration[i] ?? 0;
  const campaign = ctx.campaign;
  const [idKey, idValue] = customerIdField(ds, i);
  const record: Json = {
    call_id: ds.ids.call.encode(i),
    type: 'call',
    direction: ds.inbound[i] === 1 ? 'inbound' : 'outbound',
    from: businessNumber(ds, i),
    to: ctx.phone,
    name: ctx.customerName,
    [idKey]: idValue,
    campaign_id: campaign.id,
    campaign_name: campaign.name,
    agent_id: ds.agent[i] === NONE ? null : at(ds.catalog.agents, ds.agent[i] ?? 0).id,
    status: statusLabel(ds, i),
    disposition: ctx.disposition?.value ?? null,
    disposition_id: ctx.disposition?.id ?? null,
    start_time: formatUtc(start),
    end_time: formatUtc(start + duration * 1000),
    duration,
    recording_id: duration > 0 ? ds.ids.recording.encode(i) : null,
    transcript_id: duration > 0 ? ds.ids.transcript.encode(i) : null,
    summary: callSummary(ctx),
    extracted_data: extractedData(ctx),
    created_at: formatUtc(start),
  };
  applyHostile(record, ds.quirk[i] ?? 0);
  return record;
}

/** `GET /communication/whatsapp/{id}`: template, thread, Meta errors and delivery times. */
export function whatsappDetail(ds: TimepayDataset, i: number): Json | null {
  if (ds.type[i] !== WHATSAPP) return null;
  const ctx = recordContext(ds, i);
  const content = whatsappContent(ds, i);
  const start = ds.startMs[i] ?? 0;
  const status = ds.status[i] ?? 0;
  const delivered = status === DELIVERED || status === READ;
  const [idKey, idValue] = customerIdField(ds, i);
  const firstReply = content.conversation.find((m) => m.role === 'user');
  const record: Json = {
    message_id: ds.ids.message.encode(i),
    wamid: wamid(ds, i),
    type: 'whatsapp',
    direction: ds.inbound[i] === 1 ? 'inbound' : 'outbound',
    from: at(BUSINESS_NUMBERS, WHATSAPP_NUMBER),
    to: ctx.phone,
    name: ctx.customerName,
    [idKey]: idValue,
    campaign_id: ctx.campaign.id,
    campaign_name: ctx.campaign.name,
    template_id: content.templateId,
    template_name: content.templateName,
    language: ctx.language === 'hinglish' ? 'hi_Latn' : ctx.language,
    status: statusLabel(ds, i),
    start_time: formatUtc(start),
    sent_at: formatUtc(start),
    delivered_at: delivered ? formatUtc(start + 2000 + ((ds.recSeed[i] ?? 0) % 9000)) : null,
    read_at:
      status === READ
        ? formatUtc(
            firstReply ? firstReply.atMs - 30_000 : start + 60_000 + ((ds.recSeed[i] ?? 0) % 3_600_000),
          )
        : null,
    conversation: content.conversation.map((m) => ({
      role: m.role,
      content: m.content,
      timestamp: formatUtc(m.atMs),
    })),
    errors: metaErrors(ds, i),
  };
  applyHostile(record, ds.quirk[i] ?? 0);
  return record;
}
