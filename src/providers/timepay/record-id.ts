import { DERIVED_ID_PREFIX } from './constants.ts';

/**
 * Fields that together identify a log when timepay sends no call_id / message_id (the documented
 * "mixed types" call has none). Content, not position: the id survives paging and refetching.
 */
const IDENTITY_FIELDS = [
  'type',
  'date',
  'start_time',
  'end_time',
  'to',
  'from',
  'campaign_id',
  'agent_id',
  'recording_id',
  'transcript_id',
  'wamid',
  'loan_id',
  'lead_id',
  'name',
  'status',
  'disposition',
] as const;

/** Two FNV-1a 32-bit hashes with different seeds: 64 bits, so collisions need ~4 billion records. */
function fnv(s: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A stable id from the record's identifying content: `h-` + 16 hex digits. */
export function derivedId(record: Readonly<Record<string, unknown>>): string {
  let s = '';
  for (const f of IDENTITY_FIELDS) {
    const v = record[f];
    s += `${f}=${typeof v === 'string' || typeof v === 'number' ? String(v) : ''}\u0001`;
  }
  const hex = (n: number) => n.toString(16).padStart(8, '0');
  return `${DERIVED_ID_PREFIX}${hex(fnv(s, 0x811c9dc5))}${hex(fnv(s, 0x01000193 ^ 0x9e3779b9))}`;
}
