import type { z } from 'zod/mini';
import type { ChatMessage, DeliveryError } from '../../logs/log-entry.ts';
import { safeMetaHref } from '../../logs/meta-links.ts';
import { parseProviderTime } from '../../logs/time.ts';
import { numOf, str } from '../common/lenient.ts';
import type { conversationMessageSchema, metaErrorSchema } from './schemas.ts';

type MessageRecord = z.infer<typeof conversationMessageSchema>;
type MetaErrorRecord = z.infer<typeof metaErrorSchema>;

export function chatMessage(m: MessageRecord, zone: string): ChatMessage {
  const role = m.role?.toLowerCase();
  return {
    // Anything that is not the customer speaking is the business side (timepay documents assistant|user).
    role: role === 'user' || role === 'customer' || role === 'human' ? 'user' : 'assistant',
    content: m.content ?? '',
    at: parseProviderTime(m.timestamp, zone),
  };
}

export function deliveryError(e: MetaErrorRecord): DeliveryError {
  return {
    code: numOf(e.code),
    title: str(e.title),
    message: str(e.message),
    // Only Meta's own https pages are ever linked; the untouched href stays in `raw`.
    href: safeMetaHref(e.href),
    details: str(e.error_data?.details),
  };
}
