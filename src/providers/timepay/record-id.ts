import { contentId } from '../common/content-id.ts';
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

/** `h-` + 16 hex digits from the identifying fields (see `contentId`). */
export function derivedId(record: Readonly<Record<string, unknown>>): string {
  return contentId(record, IDENTITY_FIELDS, DERIVED_ID_PREFIX);
}
