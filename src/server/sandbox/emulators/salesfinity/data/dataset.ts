import type { SandboxClock } from '../../../clock.ts';
import type { IdCodec } from '../../../reversible-id.ts';
import type { Catalog } from './catalog.ts';
import type { Contacts } from './contacts.ts';

/** "No value" in the small code arrays below. */
export const NONE = 255;
export const BY_NOBODY = 0;
export const BY_HUMAN = 1;
export const BY_MACHINE = 2;
export const OUTCOME_ANSWERED = 0;
export const OUTCOME_NO_ANSWER = 1;
export const OUTCOME_CANCELLED = 2;
export const OUTCOMES = ['answered', 'no-answer', 'cancelled'] as const;

/**
 * The whole Salesfinity data set as parallel typed arrays, newest `createdAt` first (index = position
 * in the default order). Texts (transcription, notes, summary) are derived on demand from `recSeed`.
 */
export interface SalesfinityDataset {
  seed: number;
  nowMs: number;
  /** Records in the arrays, trickle included. */
  count: number;
  /** The trickle's cutoff, read per request: records that start after its now are not served. */
  clock: SandboxClock;
  catalog: Catalog;
  contacts: Contacts;
  /** `call_id` (`CA` + 32 hex) ↔ position. */
  callIds: IdCodec;
  createdMs: Float64Array;
  /** Seconds from createdAt to the pick-up or the give-up. */
  ringSec: Uint8Array;
  duration: Uint16Array;
  user: Uint8Array;
  contact: Uint32Array;
  /** Index into catalog.dispositions, or NONE. */
  disposition: Uint8Array;
  outcome: Uint8Array;
  answeredBy: Uint8Array;
  inbound: Uint8Array;
  recording: Uint8Array;
  completed: Uint8Array;
  /** Index into catalog.sequences, or NONE (dialed by hand). */
  sequence: Uint8Array;
  quirk: Uint8Array;
  recSeed: Uint32Array;
}
