import { hash32 } from '../../../prng.ts';
import { BUSINESS_NUMBERS, CONNECTED, FAILED, NO_ANSWER, STATUS_TEXTS } from '../data/codes.ts';
import type { UnpodDataset } from '../data/generate-unpod.ts';
import { HOSTILE_NUMBER, HOSTILE_URL } from '../data/quirks.ts';

/**
 * One call as unpod's live server stores it (PROVIDERS.md, live section): the row is written after the
 * call ended, so `creation_time` (the data set's time, newest first) follows `end_time` by a few seconds;
 * missed calls have no start or end. About a quarter come through the phone gateway (SBC): `bridge` is set,
 * `source_number` is always the business number, and its statuses are `NA` / `FAILURE`.
 */
export interface LiveCall {
  gateway: boolean;
  startMs: number | null;
  endMs: number | null;
  /** Float seconds (`56.627129`), 0 when not connected. */
  durationSec: number;
  status: string;
  source: string;
  destination: string;
  micros: number;
}

/** Seconds between a call's end and the row being stored: 2–9. */
const STORE_DELAY_MS = 2000;

export function liveCall(ds: UnpodDataset, i: number): LiveCall {
  const h = hash32(ds.seed ^ 0x11fe, i);
  const gateway = h % 4 === 0;
  const connected = ds.result[i] === CONNECTED;
  const created = ds.createdMs[i] ?? 0;
  const delay = STORE_DELAY_MS + ((h >>> 8) % 8000);
  const durationSec = connected ? (ds.duration[i] ?? 0) + ((h >>> 4) % 1_000_000) / 1_000_000 : 0;
  const endMs = connected ? created - delay : null;
  const startMs = endMs === null ? null : endMs - Math.round(durationSec * 1000);
  const text: string = STATUS_TEXTS[ds.status[i] ?? 0] ?? '';
  const status =
    gateway && ds.result[i] === NO_ANSWER ? 'NA' : gateway && ds.result[i] === FAILED ? 'FAILURE' : text;
  const business = BUSINESS_NUMBERS[ds.business[i] ?? 0] ?? BUSINESS_NUMBERS[0];
  const customer = ds.quirk[i] === HOSTILE_NUMBER ? HOSTILE_URL : (ds.phones[ds.customer[i] ?? 0] ?? '');
  const inbound = ds.inbound[i] === 1;
  const source = gateway || !inbound ? business : customer;
  const destination = gateway || !inbound ? customer : business;
  return { gateway, startMs, endMs, durationSec, status, source, destination, micros: h % 1_000_000 };
}
