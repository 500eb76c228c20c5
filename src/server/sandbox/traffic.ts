import { cumulative, pickWeighted, type Rng } from './prng.ts';
import { DAY_MS, HOUR_MS } from './zoned-time.ts';
import { trickleTime, type SandboxClock } from './clock.ts';

/** What every emulator's generator takes: `nowMs` anchors the 90-day window, same seed, same data. */
export interface GenerateOptions {
  nowMs: number;
  seed: number;
  count: number;
  /** Trickle records after `nowMs` (README), drawn after the 90 days so those stay as they were. Default 0. */
  trickle?: number;
  /** Read per request for the trickle's cutoff; default none (every record is served). */
  clock?: SandboxClock;
  /**
   * Answer as the vendor's docs describe instead of as the live API behaves (PROVIDERS.md, "What the live
   * APIs really do"). Default false: the sandbox emulates the live quirks.
   */
  docsOnly?: boolean;
}

/** When a provider's traffic happens, in its local time. */
export interface TrafficShape {
  /** Share of traffic per local hour of day (24 weights). */
  hourWeights: readonly number[];
  /** Per local weekday, Sunday first. */
  dayWeights: readonly number[];
  hourOf(ms: number): number;
  weekdayOf(ms: number): number;
  /** Volume at the start of the window, and how much it grows by the end (linear). */
  growthFrom: number;
  growthBy: number;
}

/**
 * `count` instants over the 90 days up to `nowMs`, newest first: an hour drawn by the shape's weights,
 * then a whole second within it (never after `nowMs`); then `trickle` more, flat over the hours after `nowMs`.
 */
export function sampleHourlyTimes(
  rng: Rng,
  nowMs: number,
  count: number,
  shape: TrafficShape,
  trickle = 0,
): Float64Array {
  const windowStart = nowMs - 90 * DAY_MS;
  const buckets = 90 * 24;
  const weights: number[] = [];
  for (let b = 0; b < buckets; b++) {
    const t = windowStart + b * HOUR_MS;
    weights.push(
      (shape.hourWeights[shape.hourOf(t)] ?? 0) *
        (shape.dayWeights[shape.weekdayOf(t)] ?? 1) *
        (shape.growthFrom + (shape.growthBy * b) / buckets),
    );
  }
  const cum = cumulative(weights);
  const out = new Float64Array(count + trickle);
  for (let i = 0; i < count; i++) {
    const ms = windowStart + pickWeighted(rng, cum) * HOUR_MS + Math.floor(rng() * 3600) * 1000;
    out[i] = Math.min(ms, nowMs);
  }
  for (let i = count; i < count + trickle; i++) out[i] = trickleTime(rng, nowMs);
  return out.sort().reverse();
}
