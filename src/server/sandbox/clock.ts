// The trickle: on the real clock the data set also holds the next few hours of records, and every request
// sees only those that have started by then. A fixed `now` has no trickle and no cutoff.
import { firstAtOrBefore } from './log-search.ts';
import { DAY_MS, HOUR_MS } from './zoned-time.ts';

/** Where the sandbox reads the current time, once per request (tests pass their own). */
export interface SandboxClock {
  now(): number;
}

/** The real clock: `Date.now()`. */
export const REAL_CLOCK: SandboxClock = { now: () => Date.now() };

/** No cutoff: every record is served (a fixed `now`, trickle off). */
export const NO_CUTOFF: SandboxClock = { now: () => Infinity };

/** How far past `now` the trickle reaches. */
export const TRICKLE_MS = 8 * HOUR_MS;

/**
 * Trickle records of a data set of `count` logs over 90 days: a flat rate 2.5 × that set's 90-day average,
 * so about 3 a minute across the four providers at their default sizes (556 + 278 + 186 + 463 = 1,483 in 8 h).
 */
export function trickleCount(count: number): number {
  return Math.ceil(((count * TRICKLE_MS) / (90 * DAY_MS)) * 2.5);
}

/** One trickle instant, drawn flat over (nowMs, nowMs + TRICKLE_MS], in whole seconds. */
export function trickleTime(rng: () => number, nowMs: number): number {
  return nowMs + 1000 + Math.floor(rng() * (TRICKLE_MS / 1000)) * 1000;
}

/** First position (newest-first `times`) that has started by the clock's now: positions before it are future. */
export function firstVisible(times: Float64Array, clock: SandboxClock): number {
  const now = clock.now();
  return now === Infinity ? 0 : firstAtOrBefore(times, now);
}

/** Whether position `i` has started by the clock's now (a lookup by id must not see a future record). */
export function isVisible(times: Float64Array, i: number, clock: SandboxClock): boolean {
  return (times[i] ?? Infinity) <= clock.now();
}
