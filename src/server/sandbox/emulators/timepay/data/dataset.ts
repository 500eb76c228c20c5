import type { SandboxClock } from '../../../clock.ts';
import type { Catalog } from './catalog.ts';
import type { Customers } from './customers.ts';
import type { TimepayIds } from './timepay-ids.ts';

/** "No value" in the small code arrays below. */
export const NONE = 255;

/** How complete a record's JSON is (the seed's "mixed types" example drops fields). */
export const SHAPE_FULL = 0;
/** Fields absent: WhatsApp/SMS lose duration, from, disposition…; calls lose call_id and summary. */
export const SHAPE_SPARSE = 1;
/** Empty strings where others have null. */
export const SHAPE_BLANK = 2;

/**
 * The whole timepay data set as parallel typed arrays, newest first (index = list position).
 * Text (summaries, conversations, transcripts) is derived on demand from `recSeed`.
 */
export interface TimepayDataset {
  seed: number;
  nowMs: number;
  /** Records in the arrays, trickle included. */
  count: number;
  /** The trickle's cutoff, read per request: records that start after its now are not served. */
  clock: SandboxClock;
  catalog: Catalog;
  customers: Customers;
  ids: TimepayIds;
  startMs: Float64Array;
  type: Uint8Array;
  campaign: Uint8Array;
  agent: Uint8Array;
  disposition: Uint8Array;
  status: Uint8Array;
  /** Index into BUSINESS_NUMBERS, or NONE. */
  from: Uint8Array;
  customer: Uint16Array;
  duration: Uint16Array;
  /** 1 = inbound. */
  inbound: Uint8Array;
  shape: Uint8Array;
  quirk: Uint8Array;
  /** Index into META_ERRORS, or NONE. */
  metaError: Uint8Array;
  recSeed: Uint32Array;
  /** Logs of customer c are customerLogs[customerStart[c] .. customerStart[c+1]), newest first. */
  customerStart: Uint32Array;
  customerLogs: Uint32Array;
}
