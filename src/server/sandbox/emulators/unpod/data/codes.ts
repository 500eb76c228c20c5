/** What happened on a call, before it is written as one of the free-text labels below. */
export const CONNECTED = 0;
export const NO_ANSWER = 1;
export const BUSY = 2;
export const REJECTED = 3;
export const FAILED = 4;

/**
 * `call_status` as stored upstream: free text (PROVIDERS.md). Index = status code in the data set. The
 * last entry is the hostile label of one planted record and of no other.
 */
export const STATUS_TEXTS = [
  'completed',
  'success',
  'ANSWERED',
  'missed',
  'no-answer',
  'REJECTED',
  'busy',
  'failed',
  'FAILED',
  '<img src=x onerror=alert(1)>',
] as const;
export const S_COMPLETED = 0;
export const S_SUCCESS = 1;
export const S_ANSWERED = 2;
export const S_MISSED = 3;
export const S_NO_ANSWER = 4;
export const S_REJECTED = 5;
export const S_BUSY = 6;
export const S_FAILED = 7;
export const S_FAILED_UPPER = 8;
export const S_HOSTILE = 9;

/** `end_reason` ("e.g., caller_hangup, no_answer"); the last entry is hostile, used by one record. */
export const END_REASONS = [
  'caller_hangup',
  'callee_hangup',
  'agent_hangup',
  'transferred',
  'no_answer',
  'busy',
  'rejected',
  'network_error',
  'invalid_number',
  '<script>alert(1)</script>',
] as const;
export const R_CALLER = 0;
export const R_CALLEE = 1;
export const R_AGENT = 2;
export const R_TRANSFERRED = 3;
export const R_NO_ANSWER = 4;
export const R_BUSY = 5;
export const R_REJECTED = 6;
export const R_NETWORK = 7;
export const R_INVALID_NUMBER = 8;
export const R_HOSTILE = 9;

/** The organisation's numbers (Bengaluru, Mumbai, Hyderabad, Delhi virtual numbers), E.164. */
export const BUSINESS_NUMBERS = ['+918035450808', '+912261234567', '+914071234567', '+911140845566'] as const;

/** Payload shape of a record: seed 002's (id, bridge, "H:MM:SS") or seed 003's (integer seconds). */
export const OLDER_DOC = 0;
export const NEWER_DOC = 1;
