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

/** Compiled name patterns by name: a page of rows shares a handful of customers. */
const namePatterns = new Map<string, RegExp>();

/**
 * Each word (two letters or more) of the customer's name inside free text as its initial
 * ("Hi Pradeep," → "Hi P.,"): agents and bots address customers by name.
 */
export function maskNameIn(text: string, name: string | null): string {
  const words = (name ?? '')
    .trim()
    .split(/\s+/u)
    .filter((w) => Array.from(w).length >= 2);
  if (words.length === 0) return text;
  let pattern = namePatterns.get(name ?? '');
  if (!pattern) {
    const alternatives = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    pattern = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{M}\\p{N}])`, 'giu');
    if (namePatterns.size >= 1_000) namePatterns.clear();
    namePatterns.set(name ?? '', pattern);
  }
  return text.replace(pattern, (w) => `${Array.from(w)[0] ?? ''}.`);
}

/** Free text of a customer's log with their name as initials and every digit hidden. */
export function maskFreeText(text: string, customerName: string | null): string {
  return maskText(maskNameIn(text, customerName));
}

/** The customer's real name behind an entry, masked or not (text fetched later is masked with it). */
export function customerNameOf(entry: LogEntry): string | null {
  return (originals.get(entry) ?? entry).customer.name;
}

const HIDDEN_RAW = { masked: 'The provider record is hidden while masking is on.' } as const;

const maskedEntries = new WeakMap<LogEntry, LogEntry>();
const originals = new WeakMap<LogEntry, LogEntry>();

function maskValue(value: unknown, name: string | null): unknown {
  if (typeof value === 'string') return maskFreeText(value, name);
  if (Array.isArray(value)) return value.map((v) => maskValue(v, name));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = maskValue(v, name);
    return out;
  }
  return value;
}

/**
 * The entry as masking shows it (screen sharing, training): customer phone to its last four digits,
 * customer name to initials (in free text too), digits of free text hidden, the raw record withheld.
 * Cached per entry, so memoized rows keep their identity.
 */
export function maskEntry(entry: LogEntry): LogEntry {
  const cached = maskedEntries.get(entry);
  if (cached) return cached;
  if (originals.has(entry)) return entry; // already masked
  const c = entry.customer;
  const free = (text: string) => maskFreeText(text, c.name);
  const base = {
    ...entry,
    customer: {
      name: c.name === null ? null : maskName(c.name),
      phone: c.phone === null ? null : maskPhone(c.phone),
      phoneRaw: c.phoneRaw === null ? null : maskPhone(c.phoneRaw),
      loanId: c.loanId === null ? null : maskPhone(c.loanId),
      leadId: c.leadId,
    },
    summary: entry.summary === null ? null : free(entry.summary),
    transcript:
      entry.transcript?.kind === 'text'
        ? { kind: 'text' as const, text: free(entry.transcript.text) }
        : entry.transcript,
    extracted:
      entry.extracted === null ? null : (maskValue(entry.extracted, c.name) as Record<string, unknown>),
    raw: HIDDEN_RAW,
  };
  const masked: LogEntry =
    base.channel === 'whatsapp' && entry.channel === 'whatsapp'
      ? {
          ...base,
          conversation: entry.conversation.map((m) => ({ ...m, content: free(m.content) })),
          deliveryErrors: entry.deliveryErrors.map((e) => ({
            ...e,
            message: e.message === null ? null : free(e.message),
            details: e.details === null ? null : free(e.details),
          })),
        }
      : base;
  maskedEntries.set(entry, masked);
  originals.set(masked, entry);
  return masked;
}
