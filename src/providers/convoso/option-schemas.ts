import { z } from '../../logs/zod-mini.ts';
import { bool, text } from '../common/lenient.ts';

/** A Y/N flag of `/status/search` (PROVIDERS.md); anything else reads as unknown. */
const flag = text;

/** GET /v1/status/search?query= → `data[{status, name, final, reached, success, dnc, callback, contact, voicemail}]`. */
export const statusSearchSchema = z.object({
  success: bool,
  data: z.array(
    z.object({
      status: text,
      name: text,
      final: flag,
      reached: flag,
      success: flag,
      dnc: flag,
      callback: flag,
      contact: flag,
      voicemail: flag,
    }),
  ),
});
export type StatusSearch = z.infer<typeof statusSearchSchema>;
