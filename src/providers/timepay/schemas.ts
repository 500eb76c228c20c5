import { compiledObject, z } from '../../logs/zod-mini.ts';
import { bool, num, text } from '../common/lenient.ts';

// Mirrors GET /api/v1/logs of the timepay docs (seed 000). Names are timepay's; normalize.ts renames.
// Objects parsed per page or per record are `compiledObject`s: normalization must stay ≥ 200,000/s.

export const paginationSchema = compiledObject({
  page: num,
  per_page: num,
  total: num,
  total_pages: num,
  has_next: bool,
  has_prev: bool,
});

/** The envelope is read loosely: records are validated one by one so one bad record cannot fail a page. */
export const listEnvelopeSchema = compiledObject({
  success: bool,
  data: z.array(z.unknown()),
  pagination: z.nullish(paginationSchema),
});
export type ListEnvelope = z.infer<typeof listEnvelopeSchema>;

export const countOnlySchema = compiledObject({ success: bool, total: num });

const commonFields = {
  type: text,
  date: text,
  loan_id: text,
  lead_id: text,
  start_time: text,
  end_time: text,
  campaign_name: text,
  campaign_id: text,
  name: text,
  duration: num,
  direction: text,
  from: text,
  to: text,
  status: text,
  disposition: text,
  extracted_data: z.nullish(z.record(z.string(), z.unknown())),
  agent_id: text,
  disposition_id: text,
  summary: text,
};

export const callRecordSchema = compiledObject({
  ...commonFields,
  call_id: text,
  transcript_id: text,
  recording_id: text,
});
export type CallRecord = z.infer<typeof callRecordSchema>;

export const conversationMessageSchema = compiledObject({ role: text, content: text, timestamp: text });

export const metaErrorSchema = compiledObject({
  code: num,
  title: text,
  message: text,
  href: text,
  error_data: z.nullish(compiledObject({ details: text })),
});

export const whatsappRecordSchema = compiledObject({
  ...commonFields,
  message_id: text,
  wamid: text,
  conversation: z.nullish(z.array(conversationMessageSchema)),
  errors: z.nullish(z.array(metaErrorSchema)),
});
export type WhatsappRecord = z.infer<typeof whatsappRecordSchema>;

/**
 * No SMS example is documented: the common fields, the message id WhatsApp records carry, and
 * `content` (UNCONFIRMED: the text of the message, when timepay sends it).
 */
export const smsRecordSchema = compiledObject({ ...commonFields, message_id: text, content: text });
export type SmsRecord = z.infer<typeof smsRecordSchema>;
