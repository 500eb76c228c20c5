import { z } from '../../logs/zod-mini.ts';
import { bool, text } from '../common/lenient.ts';

/** One of timepay's validation messages: a string, or a (finite) number shown as one. */
const errorText = z.pipe(
  // One check rather than a string|number union: nothing else in the browser needs a union schema.
  z.custom<string | number>((v) => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v))),
  z.transform((v: string | number) => String(v)),
);

/** 400: `{success:false, message:"Validation failed", errors:[string]}`. */
export const validationErrorSchema = z.object({ success: bool, message: text, errors: z.array(errorText) });

/** 500 (and most others): `{success:false, error, message}`. */
export const serverErrorSchema = z.object({ success: bool, error: text, message: text });

/** Recordings: `{error: "NotFound", message: "Recording not found"}`. */
export const recordingErrorSchema = z.object({ error: text, message: text });
