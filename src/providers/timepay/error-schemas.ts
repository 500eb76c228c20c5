import { z } from '../../logs/zod-mini.ts';
import { bool, text } from './lenient.ts';

/** 400: `{success:false, message:"Validation failed", errors:[string]}`. */
export const validationErrorSchema = z.object({
  success: bool,
  message: text,
  errors: z.array(
    z.pipe(
      z.union([z.string(), z.number()]),
      z.transform((v: string | number) => String(v)),
    ),
  ),
});

/** 500 (and most others): `{success:false, error, message}`. */
export const serverErrorSchema = z.object({ success: bool, error: text, message: text });

/** Recordings: `{error: "NotFound", message: "Recording not found"}`. */
export const recordingErrorSchema = z.object({ error: text, message: text });
