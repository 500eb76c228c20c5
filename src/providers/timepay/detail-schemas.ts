import { z } from '../../logs/zod-mini.ts';
import { bool, text } from '../common/lenient.ts';
import { callRecordSchema, whatsappRecordSchema } from './schemas.ts';

/** GET /communication/call/{call_id}: times carry `Z`, disposition is snake_case (`promise_to_pay`). */
export const callDetailSchema = z.object({ success: bool, data: callRecordSchema });

/** GET /communication/whatsapp/{message_id}: the record plus its template. */
export const whatsappDetailSchema = z.object({
  success: bool,
  data: z.object({ ...whatsappRecordSchema.shape, template_id: text, template_name: text }),
});

/** Get Transcript: `{success, data:[{speaker: HUMAN|BOT, message}]}`. */
export const transcriptSchema = z.object({
  success: bool,
  data: z.array(z.object({ speaker: text, message: text })),
});
