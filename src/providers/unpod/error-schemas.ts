import { z } from '../../logs/zod-mini.ts';
import { num, text } from '../common/lenient.ts';

/** unpod's documented error body: `{status_code, message}`. */
export const errorSchema = z.object({ status_code: num, message: z.string() });

/** Django REST framework's own (auth, throttling, 404): `{detail}`, in case a layer answers before unpod's. */
export const drfErrorSchema = z.object({ detail: z.string() });

/** Field errors as DRF lists them: `{field: ["message", ...]}` (or `errors: {...}` inside the envelope). */
export const fieldErrorsSchema = z.record(z.string(), z.union([z.array(z.string()), z.string()]));

export const envelopeErrorsSchema = z.object({ message: text, errors: z.optional(fieldErrorsSchema) });
