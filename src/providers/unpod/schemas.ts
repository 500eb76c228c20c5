import { compiledObject, z } from '../../logs/zod-mini.ts';
import { num, text } from '../common/lenient.ts';

// Mirrors GET /api/v2/platform/call-logs/ of both doc versions (seeds 002, 003). Names are unpod's;
// normalize.ts renames. Objects parsed per record are `compiledObject`s: normalization must stay ≥ 200,000/s.

/** The envelope is read loosely: records are validated one by one so one bad record cannot fail a page. */
export const listEnvelopeSchema = compiledObject({
  count: num,
  status_code: num,
  message: text,
  data: z.array(z.unknown()),
});
export type ListEnvelope = z.infer<typeof listEnvelopeSchema>;

/** `"207"`-style numbers or text ids: seed 002 types `id` as a string, Django would send a number. */
const scalar = z.optional(
  z.custom<string | number | null>(
    (v) => v === null || typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)),
    'expected a string or a number',
  ),
);

/** Seconds (seed 003), or `"H:MM:SS"` / `"MM:SS"` (seed 002); read by duration.ts. */
const duration = z.optional(
  z.custom<string | number | null>(
    (v) => v === null || typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)),
    'expected seconds or H:MM:SS',
  ),
);

/** `{id, name}` as the provider's serializer writes `bridge`, `agent`, `space` and `organization` (or null). */
const idName = z.optional(
  z.custom<{ id?: unknown; name?: unknown } | string | number | null>(
    (v) =>
      v === null ||
      typeof v === 'string' ||
      (typeof v === 'number' && Number.isFinite(v)) ||
      (typeof v === 'object' && !Array.isArray(v)),
    'expected {id, name}, an id or null',
  ),
);

/**
 * One call log, either doc version or the provider's own serializer (PROVIDERS.md, live section):
 * `bridge`/`agent`/`space`/`organization` are `{id, name}` objects or null (seed 002 showed `bridge` as an
 * integer), `id` an integer, `product_id` text; every field lenient.
 */
export const callLogSchema = compiledObject({
  id: scalar,
  source_number: text,
  destination_number: text,
  call_type: text,
  call_status: text,
  creation_time: text,
  start_time: text,
  end_time: text,
  call_duration: duration,
  end_reason: text,
  bridge: idName,
  agent: idName,
  space: idName,
  organization: idName,
  product_id: text,
});
export type CallLog = z.infer<typeof callLogSchema>;

/** `GET /organizations/`: `data[{name, domain_handle, ...}]`; `domain_handle` is the Org-Handle. */
export const organizationsSchema = z.object({
  data: z.array(z.unknown()),
});
export const organizationSchema = z.object({ name: text, domain_handle: text });
