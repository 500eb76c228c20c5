import type { SandboxClock } from '../../../clock.ts';
import type { Catalog } from './catalog.ts';
import type { Leads } from './leads.ts';

/** "No value" in the small code arrays below. */
export const NONE = 255;

export const OUTBOUND = 0;
export const INBOUND = 1;
export const MANUAL = 2;
export const CALL_TYPES = ['OUTBOUND', 'INBOUND', 'MANUAL'] as const;

/**
 * The whole Convoso data set as parallel typed arrays, newest first (index = list position).
 * Comments and session ids are derived on demand from `recSeed`.
 */
export interface ConvosoDataset {
  seed: number;
  nowMs: number;
  /** Records in the arrays, trickle included. */
  count: number;
  /** The trickle's cutoff, read per request: records that start after its now are not served. */
  clock: SandboxClock;
  catalog: Catalog;
  leads: Leads;
  /** Call start, whole seconds. */
  startMs: Float64Array;
  lead: Uint32Array;
  list: Uint8Array;
  campaign: Uint8Array;
  /** Index into catalog agents, or NONE for calls no agent took. */
  agent: Uint8Array;
  status: Uint8Array;
  callType: Uint8Array;
  callLength: Uint16Array;
  calledCount: Uint16Array;
  queueSeconds: Uint16Array;
  queuePosition: Uint8Array;
  /** 0–3 recordings. */
  recordings: Uint8Array;
  quirk: Uint8Array;
  recSeed: Uint32Array;
}
