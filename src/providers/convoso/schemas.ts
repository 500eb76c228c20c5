import { compiledObject, z } from '../../logs/zod-mini.ts';
import { bool, num, text } from '../common/lenient.ts';

// Mirrors GET /v1/log/retrieve of the Convoso docs (seed 004). Names are Convoso's; normalize.ts renames.
// Numbers come as strings ("546", "21"); ids are strings that some accounts send as numbers.

/** An id: a string, or a number sent as one; absent/null for none. */
export const idText = z.optional(
  z.custom<string | number | null>(
    (v) => v === null || typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)),
    'expected an id (string or number)',
  ),
);

export const recordingSchema = compiledObject({
  src: text,
  type: text,
  new: text,
  recording_id: idText,
  filename: text,
  public_url: text,
});
export type Recording = z.infer<typeof recordingSchema>;

export const callLogSchema = compiledObject({
  id: idText,
  lead_id: idText,
  list_id: idText,
  campaign_id: idText,
  campaign: text,
  user: text,
  user_id: idText,
  phone_number: idText,
  number_dialed: idText,
  first_name: text,
  last_name: text,
  status: text,
  status_name: text,
  call_length: num,
  call_date: text,
  agent_comment: text,
  // Absent without include_recordings=1.
  recording: z.nullish(z.array(recordingSchema)),
  queue_id: idText,
  called_count: num,
  caller_id_displayed: idText,
  term_reason: text,
  call_type: text,
  queue_position: num,
  queue_seconds: num,
  originating_agent_id: idText,
  session_id: text,
});
export type CallLog = z.infer<typeof callLogSchema>;

/** `data` is read loosely: records are validated one by one so one bad record cannot fail a page. */
export const listDataSchema = compiledObject({
  offset: num,
  limit: num,
  total_found: num,
  entries: num,
  results: z.nullish(z.array(z.unknown())),
});

export const listEnvelopeSchema = compiledObject({
  success: bool,
  data: listDataSchema,
});

/** Every documented error: `{success:false, code, text}` (code a number or a numeric string). */
export const errorBodySchema = z.object({ success: bool, code: num, text: text });
export type ErrorBody = z.infer<typeof errorBodySchema>;
