import { contentId } from '../common/content-id.ts';
import { DERIVED_ID_PREFIX } from './constants.ts';

/**
 * Fields that identify a call when unpod sends no `id` (seed 003's shape): only those fixed when the
 * call is created (not status, start/end time, duration or end reason, which it gains later), so a
 * `log=` link keeps working while a call goes on.
 */
const IDENTITY_FIELDS = ['creation_time', 'source_number', 'destination_number', 'call_type'] as const;

/** `h-` + 16 hex digits from the identifying fields (see `contentId`). */
export function derivedId(record: Readonly<Record<string, unknown>>): string {
  return contentId(record, IDENTITY_FIELDS, DERIVED_ID_PREFIX);
}
