import { istHour, istWeekday } from '../../../ist-time.ts';
import { cumulative, hash32, intBetween, mulberry32, pickWeighted, type Rng } from '../../../prng.ts';
import { sharedCustomerOf, sharedCustomersFor } from '../../../shared-customers.ts';
import { NO_CUTOFF, type SandboxClock } from '../../../clock.ts';
import { sampleHourlyTimes, type GenerateOptions, type TrafficShape } from '../../../traffic.ts';
import { DAY_MS } from '../../../zoned-time.ts';
import {
  BUSINESS_NUMBERS,
  BUSY,
  CONNECTED,
  FAILED,
  NEWER_DOC,
  NO_ANSWER,
  OLDER_DOC,
  REJECTED,
  R_AGENT,
  R_BUSY,
  R_CALLEE,
  R_CALLER,
  R_HOSTILE,
  R_INVALID_NUMBER,
  R_NETWORK,
  R_NO_ANSWER,
  R_REJECTED,
  R_TRANSFERRED,
  S_ANSWERED,
  S_BUSY,
  S_COMPLETED,
  S_FAILED,
  S_FAILED_UPPER,
  S_HOSTILE,
  S_MISSED,
  S_NO_ANSWER,
  S_REJECTED,
  S_SUCCESS,
} from './codes.ts';
import { FORMAT_MIX_DAYS, FORMAT_SWITCH_DAYS } from '../constants.ts';
import { HOSTILE_END_REASON, HOSTILE_POSITIONS, HOSTILE_STATUS, malformedKind, NO_QUIRK } from './quirks.ts';

/**
 * The whole unpod data set as parallel typed arrays, newest first by `creation_time` (index = position).
 * Per-record details (microseconds, bridge, id) are derived on demand from `hash32(seed, position)`.
 */
export interface UnpodDataset {
  seed: number;
  nowMs: number;
  /** Records in the arrays, trickle included. */
  count: number;
  /** The trickle's cutoff, read per request. */
  clock: SandboxClock;
  /** creation_time, epoch ms, descending. */
  createdMs: Float64Array;
  /** Seconds from creation to answer (connected calls). */
  ringSec: Uint8Array;
  duration: Uint16Array;
  /** 1 = inbound. */
  inbound: Uint8Array;
  /** CONNECTED, NO_ANSWER, … */
  result: Uint8Array;
  /** Index into STATUS_TEXTS. */
  status: Uint8Array;
  /** Index into END_REASONS. */
  endReason: Uint8Array;
  /** Index into BUSINESS_NUMBERS. */
  business: Uint8Array;
  /** Index into `phones`. */
  customer: Uint32Array;
  /** OLDER_DOC or NEWER_DOC. */
  variant: Uint8Array;
  quirk: Uint8Array;
  /** Customer numbers, E.164 (`+919812345678`). */
  phones: readonly string[];
}

/** Share of calls per IST hour: a voice bot calls in business hours, a trickle of inbound at night. */
const HOUR_WEIGHTS = [
  0.02, 0.01, 0.01, 0.01, 0.01, 0.02, 0.04, 0.12, 0.4, 1, 1.2, 1.25, 1.15, 1, 1.1, 1.15, 1.2, 1.15, 1, 0.7,
  0.35, 0.12, 0.05, 0.03,
];
/** Per weekday, Sunday first. */
const DAY_WEIGHTS = [0.15, 1, 1, 1, 1, 1, 0.6];
/** In IST, volume growing over the quarter. */
const TRAFFIC: TrafficShape = {
  hourWeights: HOUR_WEIGHTS,
  dayWeights: DAY_WEIGHTS,
  hourOf: istHour,
  weekdayOf: istWeekday,
  growthFrom: 0.8,
  growthBy: 0.4,
};
const OUTBOUND_RESULTS = cumulative([55, 25, 6, 5, 9]);
const INBOUND_RESULTS = cumulative([85, 15, 0, 0, 0]);
const CONNECTED_REASONS = [R_CALLER, R_CALLEE, R_AGENT, R_TRANSFERRED];
const CONNECTED_REASON_WEIGHTS = cumulative([45, 35, 15, 5]);

/** 20,000 calls in a few milliseconds: typed arrays, one PRNG pass, one numeric sort. */
export function generateUnpod({
  nowMs: rawNow,
  seed,
  count,
  trickle = 0,
  clock = NO_CUTOFF,
}: GenerateOptions): UnpodDataset {
  const total = count + trickle;
  const nowMs = Math.floor(rawNow / 1000) * 1000;
  const rng = mulberry32(hash32(seed, 0x0e90d));
  const own = buildPhones(hash32(seed, 0x9407e), Math.max(50, Math.round(count / 3)));
  // The sandbox's shared customers with Indian numbers follow the set's own, in unpod's format (E.164).
  const shared = sharedCustomersFor(['IN']);
  const phones = [...own, ...shared.map((s) => s.e164)];
  const ds: UnpodDataset = {
    seed,
    nowMs,
    count: total,
    clock,
    createdMs: sampleHourlyTimes(rng, nowMs, count, TRAFFIC, trickle),
    ringSec: new Uint8Array(total),
    duration: new Uint16Array(total),
    inbound: new Uint8Array(total),
    result: new Uint8Array(total),
    status: new Uint8Array(total),
    endReason: new Uint8Array(total),
    business: new Uint8Array(total),
    customer: new Uint32Array(total),
    variant: new Uint8Array(total),
    quirk: new Uint8Array(total),
    phones,
  };
  const switchMs = nowMs - FORMAT_SWITCH_DAYS * DAY_MS;
  for (let i = 0; i < total; i++) {
    const inbound = rng() < 0.22;
    const result = pickWeighted(rng, inbound ? INBOUND_RESULTS : OUTBOUND_RESULTS);
    const created = ds.createdMs[i] ?? 0;
    // The provider changed format at switchMs; around it both shapes occur, even within a page.
    const near = Math.abs(created - switchMs) < FORMAT_MIX_DAYS * DAY_MS;
    const variant = near ? (rng() < 0.5 ? OLDER_DOC : NEWER_DOC) : created < switchMs ? OLDER_DOC : NEWER_DOC;
    ds.inbound[i] = inbound ? 1 : 0;
    ds.result[i] = result;
    ds.variant[i] = variant;
    ds.business[i] = rng() < 0.8 ? 0 : 1 + Math.floor(rng() * (BUSINESS_NUMBERS.length - 1));
    // Skewed: some customers are called again and again.
    ds.customer[i] = Math.floor(own.length * rng() ** 1.5);
    const k = sharedCustomerOf(seed, 0x0e90d, i, shared.length);
    if (k >= 0) ds.customer[i] = own.length + k;
    if (result === CONNECTED) {
      ds.ringSec[i] = intBetween(rng, 3, 35);
      ds.duration[i] = 15 + Math.floor(885 * rng() ** 2.2);
      ds.endReason[i] = CONNECTED_REASONS[pickWeighted(rng, CONNECTED_REASON_WEIGHTS)] ?? R_CALLER;
    } else {
      ds.endReason[i] = [
        R_NO_ANSWER,
        R_NO_ANSWER,
        R_BUSY,
        R_REJECTED,
        rng() < 0.7 ? R_NETWORK : R_INVALID_NUMBER,
      ][result] as number;
    }
    ds.status[i] = statusText(rng, result, inbound, variant);
    // Quirks sit at positions of the 90 days, so the trickle leaves them on the first pages at start.
    const q = i - trickle;
    const hostile = q < 0 ? undefined : HOSTILE_POSITIONS.get(q);
    if (hostile === HOSTILE_STATUS) ds.status[i] = S_HOSTILE;
    if (hostile === HOSTILE_END_REASON) ds.endReason[i] = R_HOSTILE;
    ds.quirk[i] = hostile ?? (q < 0 ? NO_QUIRK : malformedKind(q));
  }
  return ds;
}

/** The label a call's result is written as: both doc versions' words, and the free text seen upstream. */
function statusText(rng: Rng, result: number, inbound: boolean, variant: number): number {
  const r = rng();
  const older = variant === OLDER_DOC;
  if (result === CONNECTED)
    return older
      ? r < 0.6
        ? S_COMPLETED
        : r < 0.85
          ? S_ANSWERED
          : S_SUCCESS
      : r < 0.9
        ? S_COMPLETED
        : S_SUCCESS;
  if (result === NO_ANSWER) return inbound || older ? S_MISSED : S_NO_ANSWER;
  if (result === BUSY) return older ? S_REJECTED : S_BUSY;
  if (result === REJECTED) return S_REJECTED;
  if (result === FAILED) return older && r < 0.6 ? S_FAILED_UPPER : S_FAILED;
  return S_FAILED;
}

/** Indian mobile numbers (+91, 10 digits starting 6–9), distinct. */
function buildPhones(seed: number, n: number): string[] {
  const rng = mulberry32(seed);
  const seen = new Set<string>();
  const out: string[] = [];
  while (out.length < n) {
    const first = 6 + Math.floor(rng() * 4);
    const rest = String(Math.floor(rng() * 1_000_000_000)).padStart(9, '0');
    const phone = `+91${first}${rest}`;
    if (seen.has(phone)) continue;
    seen.add(phone);
    out.push(phone);
  }
  return out;
}
