import type { Channel, LogStatus, Outcome } from '../../logs/log-entry.ts';
import { cachedLabelKey, labelKey } from '../common/label-key.ts';

/**
 * The one mapping from timepay's labels to normalized status and outcome. Labels are matched
 * case-insensitively with spaces, `_` and `-` alike, so `/logs` labels ("Promise to Pay") and detail
 * values (`promise_to_pay`) meet in one row. Anything not here maps to 'unknown'; the raw label is kept.
 */
interface StatusRow {
  label: string;
  status: LogStatus;
  /** What a status alone says of the outcome (WhatsApp statuses are delivery outcomes). */
  outcome: Outcome;
}

const CALL_STATUSES: readonly StatusRow[] = [
  { label: 'Completed', status: 'completed', outcome: 'unknown' },
  { label: 'No Contact', status: 'no_contact', outcome: 'unknown' },
  { label: 'Failed', status: 'failed', outcome: 'failed' },
  { label: 'In Progress', status: 'in_progress', outcome: 'unknown' },
  { label: 'Ongoing', status: 'in_progress', outcome: 'unknown' },
  { label: 'Ringing', status: 'in_progress', outcome: 'unknown' },
  { label: 'Pending', status: 'pending', outcome: 'unknown' },
  { label: 'Queued', status: 'pending', outcome: 'unknown' },
  { label: 'Scheduled', status: 'pending', outcome: 'unknown' },
];

const MESSAGE_STATUSES: readonly StatusRow[] = [
  { label: 'Accepted', status: 'pending', outcome: 'accepted' },
  { label: 'Sent', status: 'pending', outcome: 'accepted' },
  { label: 'Delivered', status: 'completed', outcome: 'delivered' },
  { label: 'Read', status: 'completed', outcome: 'read' },
  { label: 'Failed', status: 'failed', outcome: 'failed' },
];

interface DispositionRow {
  label: string;
  outcome: Outcome;
}

const DISPOSITIONS: readonly DispositionRow[] = [
  { label: 'Voicemail', outcome: 'voicemail' },
  { label: 'No Answer', outcome: 'no_answer' },
  { label: 'Not Reachable', outcome: 'no_answer' },
  { label: 'Switched Off', outcome: 'no_answer' },
  { label: 'Busy', outcome: 'busy' },
  { label: 'Call Failed', outcome: 'failed' },
  { label: 'Failed', outcome: 'failed' },
  { label: 'Cancelled', outcome: 'cancelled' },
  // Someone answered, whatever they said.
  { label: 'Promise to Pay', outcome: 'answered' },
  { label: 'Already Paid', outcome: 'answered' },
  { label: 'Payment Done', outcome: 'answered' },
  { label: 'Partial Payment', outcome: 'answered' },
  { label: 'Refused to Pay', outcome: 'answered' },
  { label: 'Dispute', outcome: 'answered' },
  { label: 'Not Interested', outcome: 'answered' },
  { label: 'Interested', outcome: 'answered' },
  { label: 'Call Back', outcome: 'answered' },
  { label: 'Call Back Later', outcome: 'answered' },
  { label: 'Callback Requested', outcome: 'answered' },
  { label: 'Wrong Number', outcome: 'answered' },
  { label: 'Do Not Call', outcome: 'answered' },
  { label: 'Language Barrier', outcome: 'answered' },
  { label: 'Answered', outcome: 'answered' },
];

function index<T extends { label: string }>(rows: readonly T[]): ReadonlyMap<string, T> {
  return new Map(rows.map((r) => [labelKey(r.label), r]));
}

const callStatuses = index(CALL_STATUSES);
const messageStatuses = index(MESSAGE_STATUSES);
const dispositions = index(DISPOSITIONS);

const UNKNOWN_STATUS: Omit<StatusRow, 'label'> = { status: 'unknown', outcome: 'unknown' };

export function mapStatus(raw: string | null, channel: Channel): { status: LogStatus; outcome: Outcome } {
  if (raw === null) return UNKNOWN_STATUS;
  const table = channel === 'call' ? callStatuses : messageStatuses;
  return table.get(cachedLabelKey(raw)) ?? UNKNOWN_STATUS;
}

/** The outcome a disposition label (or snake_case value) stands for; 'unknown' when not in the table. */
export function mapDisposition(raw: string | null): Outcome {
  if (raw === null) return 'unknown';
  return dispositions.get(cachedLabelKey(raw))?.outcome ?? 'unknown';
}

/** The display label for a disposition value: the table's label, or `some_value` → `Some value`. */
export function dispositionLabel(raw: string): string {
  const row = dispositions.get(cachedLabelKey(raw));
  if (row) return row.label;
  const words = raw.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Status labels timepay documents or shows (the `/logs` filter takes the label), for pickers. */
export const KNOWN_STATUS_LABELS: readonly string[] = [
  'Completed',
  'No Contact',
  'Failed',
  'Accepted',
  'Delivered',
  'Read',
];
