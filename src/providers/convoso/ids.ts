import { contentId } from '../common/content-id.ts';
import { str } from '../common/lenient.ts';
import { DERIVED_ID_PREFIX } from './constants.ts';

/** An id sent as a string or a number, as text; null for none. */
export function idOf(v: string | number | null | undefined): string | null {
  if (v === null || v === undefined) return null;
  return typeof v === 'number' ? String(v) : str(v);
}

/**
 * Fields that identify a call when Convoso sends no `id`: fixed when the call starts (not status,
 * length or recordings, which a call in progress gains later), so a `log=` link keeps working.
 */
const IDENTITY_FIELDS = [
  'session_id',
  'call_date',
  'lead_id',
  'phone_number',
  'campaign_id',
  'user_id',
] as const;

export function derivedId(record: Readonly<Record<string, unknown>>): string {
  return contentId(record, IDENTITY_FIELDS, DERIVED_ID_PREFIX);
}
