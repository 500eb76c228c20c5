import { z } from '../../logs/zod-mini.ts';
import { num, text } from '../common/lenient.ts';

/** One message: a string, or a list of validation messages (NestJS-style, see `ERROR_BODY_SHAPE`). */
const messages = z.optional(
  z.custom<string | string[] | null>(
    (v) => v === null || typeof v === 'string' || (Array.isArray(v) && v.every((m) => typeof m === 'string')),
  ),
);

/** `{statusCode?, message, error?}`: every error body we have seen or chosen; each field optional. */
export const errorBodySchema = z.object({ statusCode: num, message: messages, error: text });
