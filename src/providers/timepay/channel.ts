import type { Channel } from '../../logs/log-entry.ts';

function present(v: unknown): boolean {
  return v !== undefined && v !== null && v !== '';
}

/** The channel of a record: its `type`, or (when absent) what its ids betray; else why we cannot tell. */
export function channelOf(rec: Record<string, unknown>): Channel | { reason: string } {
  const type = rec.type;
  if (typeof type === 'string' && type.trim() !== '') {
    const t = type.trim().toLowerCase();
    if (t === 'call' || t === 'whatsapp' || t === 'sms') return t;
    return { reason: `unknown type '${type.slice(0, 40)}' (expected call, whatsapp or sms)` };
  }
  if (present(type) && typeof type !== 'string') return { reason: 'type: expected a string' };
  if (present(rec.call_id)) return 'call';
  if (present(rec.wamid) || (present(rec.message_id) && Array.isArray(rec.conversation))) return 'whatsapp';
  return { reason: 'no type, and no call_id, wamid or message_id with a conversation to tell its channel' };
}
