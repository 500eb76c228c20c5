import type { LogStatus, Outcome } from '../../logs/log-entry.ts';
import { cachedLabelKey, labelKey } from '../common/label-key.ts';

/**
 * The one mapping from unpod's free-text labels to normalized status and outcome. `call_status` is
 * documented as `completed | missed | failed` and `completed | failed | no-answer`, and stored as free
 * text upstream (`success`, `ANSWERED`, `FAILED`, `REJECTED` occur, PROVIDERS.md). Labels match
 * case-insensitively with spaces, `_` and `-` alike. Anything else maps to 'unknown'; the raw label is kept.
 */
interface StatusRow {
  label: string;
  status: LogStatus;
  outcome: Outcome;
}

const CALL_STATUSES: readonly StatusRow[] = [
  { label: 'completed', status: 'completed', outcome: 'answered' },
  { label: 'success', status: 'completed', outcome: 'answered' },
  { label: 'answered', status: 'completed', outcome: 'answered' },
  { label: 'missed', status: 'no_contact', outcome: 'no_answer' },
  { label: 'no-answer', status: 'no_contact', outcome: 'no_answer' },
  // The phone gateway's default status (PROVIDERS.md, live section).
  { label: 'NA', status: 'no_contact', outcome: 'no_answer' },
  { label: 'noanswer', status: 'no_contact', outcome: 'no_answer' },
  { label: 'not answered', status: 'no_contact', outcome: 'no_answer' },
  { label: 'busy', status: 'no_contact', outcome: 'busy' },
  // The callee declined the call.
  { label: 'rejected', status: 'no_contact', outcome: 'busy' },
  { label: 'voicemail', status: 'no_contact', outcome: 'voicemail' },
  { label: 'cancelled', status: 'no_contact', outcome: 'cancelled' },
  { label: 'canceled', status: 'no_contact', outcome: 'cancelled' },
  { label: 'failed', status: 'failed', outcome: 'failed' },
  { label: 'FAILURE', status: 'failed', outcome: 'failed' },
  { label: 'error', status: 'failed', outcome: 'failed' },
  { label: 'in-progress', status: 'in_progress', outcome: 'unknown' },
  { label: 'ongoing', status: 'in_progress', outcome: 'unknown' },
  { label: 'ringing', status: 'in_progress', outcome: 'unknown' },
  { label: 'initiated', status: 'pending', outcome: 'unknown' },
  { label: 'queued', status: 'pending', outcome: 'unknown' },
  { label: 'scheduled', status: 'pending', outcome: 'unknown' },
];

/**
 * `end_reason` ("e.g., caller_hangup, no_answer") says more about the outcome than the status when it
 * names a specific one: a `completed` call that reached voicemail, a `failed` one that was busy.
 */
const END_REASONS: ReadonlyArray<{ label: string; outcome: Outcome }> = [
  { label: 'no_answer', outcome: 'no_answer' },
  { label: 'timeout', outcome: 'no_answer' },
  { label: 'busy', outcome: 'busy' },
  { label: 'rejected', outcome: 'busy' },
  { label: 'declined', outcome: 'busy' },
  { label: 'voicemail', outcome: 'voicemail' },
  { label: 'machine_detected', outcome: 'voicemail' },
  { label: 'cancelled', outcome: 'cancelled' },
  { label: 'caller_cancelled', outcome: 'cancelled' },
  { label: 'failed', outcome: 'failed' },
  { label: 'error', outcome: 'failed' },
  { label: 'network_error', outcome: 'failed' },
  { label: 'invalid_number', outcome: 'failed' },
];

const statuses: ReadonlyMap<string, StatusRow> = new Map(CALL_STATUSES.map((r) => [labelKey(r.label), r]));
const endReasons: ReadonlyMap<string, Outcome> = new Map(
  END_REASONS.map((r) => [labelKey(r.label), r.outcome]),
);

const UNKNOWN: Omit<StatusRow, 'label'> = { status: 'unknown', outcome: 'unknown' };

export function mapStatus(raw: string | null): { status: LogStatus; outcome: Outcome } {
  if (raw === null) return UNKNOWN;
  return statuses.get(cachedLabelKey(raw)) ?? UNKNOWN;
}

/** The outcome an `end_reason` names, or 'unknown' for hang-ups and anything not in the table. */
export function mapEndReason(raw: string | null): Outcome {
  if (raw === null) return 'unknown';
  return endReasons.get(cachedLabelKey(raw)) ?? 'unknown';
}

/** The outcome of a call: a specific end reason wins, else what the status says. */
export function outcomeOf(statusOutcome: Outcome, endReason: string | null): Outcome {
  const fromReason = mapEndReason(endReason);
  return fromReason === 'unknown' ? statusOutcome : fromReason;
}
