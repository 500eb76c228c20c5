import { compiledObject, z } from '../../logs/zod-mini.ts';
import { bool, num, text } from '../common/lenient.ts';

// Mirrors GET /v1/call-log (seed 001, PROVIDERS.md). Names are Salesfinity's; normalize.ts renames.
// Objects parsed per record are `compiledObject`s: normalization must stay ≥ 200,000/s.

/** An id that may come as a string or a number (`external_id` is whatever the CRM uses). */
export const idValue = z.optional(
  z.custom<string | number | null>(
    (v) => v === null || typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)),
    'expected a string or a number',
  ),
);

export const paginationSchema = compiledObject({ total: num, page: num, limit: num, pages: num });

/** The envelope is read loosely: records are validated one by one so one bad record cannot fail a page. */
export const listEnvelopeSchema = compiledObject({
  data: z.array(z.unknown()),
  pagination: z.nullish(paginationSchema),
});

export const dispositionRefSchema = compiledObject({
  internal_id: num,
  external_id: idValue,
  external_name: text,
  // Not documented on the record; read when present (the `/dispositions` items carry them).
  name: text,
  category: text,
});

export const contactSchema = compiledObject({
  _id: idValue,
  first_name: text,
  last_name: text,
  company: text,
  title: text,
  phone: text,
  email: text,
});

export const contactListRefSchema = compiledObject({ _id: idValue, name: text });

export const userSchema = compiledObject({ _id: idValue, email: text, first_name: text, last_name: text });

export const callLogSchema = compiledObject({
  _id: idValue,
  call_id: idValue,
  outcome: text,
  direction: text,
  answered_by: text,
  duration: num,
  to: text,
  from: text,
  disposition: z.nullish(dispositionRefSchema),
  contact: z.nullish(contactSchema),
  contact_list: z.nullish(contactListRefSchema),
  user: z.nullish(userSchema),
  recording_url: text,
  notes: text,
  transcription: text,
  summary: text,
  is_completed: bool,
  started_at: text,
  ended_at: text,
  createdAt: text,
  updatedAt: text,
});
export type CallLog = z.infer<typeof callLogSchema>;
