import type { LogEntry } from './log-entry.ts';

/** What masking shows in place of a hidden digit. */
export const MASK_CHAR = '•';

/** Every digit but the last four hidden; separators and a leading `+` kept (`+91 •••••• 3210`). */
export function maskPhone(phone: string): string {
  let keep = 4;
  let out = '';
  for (let i = phone.length - 1; i >= 0; i -= 1) {
    const ch = phone.charAt(i);
    if (ch >= '0' && ch <= '9') {
      out = (keep > 0 ? ch : MASK_CHAR) + out;
      keep -= 1;
    } else out = ch + out;
  }
  return out;
}

/** A name as its initials (`Asha Verma` → `A. V.`); letters of any script count as words. */
export function maskName(name: string): string {
  const words = name.trim().split(/\s+/u).filter(Boolean);
  return words.map((w) => `${Array.from(w)[0] ?? ''}.`).join(' ');
}

/** Free text (transcripts, WhatsApp messages, summaries) with every digit hidden. */
export function maskText(text: string): string {
  return text.replace(/\p{Nd}/gu, MASK_CHAR);
}

const HIDDEN_RAW = { masked: 'The provider record is hidden while masking is on.' } as const;

const maskedEntries = new WeakMap<LogEntry, LogEntry>();

function maskValue(value: unknown): unknown {
  if (typeof value === 'string') return maskText(value);
  if (Array.isArray(value)) return value.map(maskValue);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = maskValue(v);
    return out;
  }
  return value;
}

/**
 * The entry as masking shows it (screen sharing, training): customer phone to its last four digits,
 * customer name to initials, digits of free text hidden, the provider's raw record withheld.
 * Cached per entry, so memoized rows keep their identity.
 */
export function maskEntry(entry: LogEntry): LogEntry {
  const cached = maskedEntries.get(entry);
  if (cached) return cached;
  const c = entry.customer;
  const base = {
    ...entry,
    customer: {
      name: c.name === null ? null : maskName(c.name),
      phone: c.phone === null ? null : maskPhone(c.phone),
      phoneRaw: c.phoneRaw === null ? null : maskPhone(c.phoneRaw),
      loanId: c.loanId === null ? null : maskPhone(c.loanId),
      leadId: c.leadId,
    },
    summary: entry.summary === null ? null : maskText(entry.summary),
    transcript:
      entry.transcript?.kind === 'text'
        ? { kind: 'text' as const, text: maskText(entry.transcript.text) }
        : entry.transcript,
    extracted: entry.extracted === null ? null : (maskValue(entry.extracted) as Record<string, unknown>),
    raw: HIDDEN_RAW,
  };
  const masked: LogEntry =
    base.channel === 'whatsapp' && entry.channel === 'whatsapp'
      ? {
          ...base,
          conversation: entry.conversation.map((m) => ({ ...m, content: maskText(m.content) })),
          deliveryErrors: entry.deliveryErrors.map((e) => ({
            ...e,
            message: e.message === null ? null : maskText(e.message),
            details: e.details === null ? null : maskText(e.details),
          })),
        }
      : base;
  maskedEntries.set(entry, masked);
  return masked;
}
