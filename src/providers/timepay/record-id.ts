import { DERIVED_ID_PREFIX } from './constants.ts';

/**
 * Fields that together identify a log when timepay sends no call_id / message_id (the documented
 * "mixed types" call has none). Content, not position, so the id survives paging and refetching; and
 * only fields fixed when the log starts (no status, disposition, end_time, recording or transcript ids,
 * which a call in progress gains later), so a `log=` link keeps working.
 */
const IDENTITY_FIELDS = [
  'type',
  'start_time',
  'to',
  'from',
  'campaign_id',
  'agent_id',
  'loan_id',
  'lead_id',
  'wamid',
] as const;

function hex(n: number): string {
  // 2^32 + n always has 9 hex digits: drop the leading 1 instead of padding.
  return (0x1_0000_0000 + n).toString(16).slice(1);
}

/**
 * A stable id from the record's identifying content: `h-` + 16 hex digits, two FNV-1a 32-bit hashes
 * with different seeds (64 bits: collisions need billions of records). Hashed field by field, without
 * building a string, because it runs per record during normalization.
 */
export function derivedId(record: Readonly<Record<string, unknown>>): string {
  let a = 0x811c9dc5;
  let b = 0x9e3779b9;
  for (const f of IDENTITY_FIELDS) {
    const v = record[f];
    const s = typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x01000193);
    }
    // A separator, so ("ab","c") and ("a","bc") differ.
    a = Math.imul(a ^ 0x1f, 0x01000193);
    b = Math.imul(b ^ 0x1f, 0x01000193);
  }
  return `${DERIVED_ID_PREFIX}${hex(a >>> 0)}${hex(b >>> 0)}`;
}
