// What the emulators' list searches share: positions run newest first, so a time range is two binary searches.

export interface SearchResult {
  total: number;
  /** Positions of the requested window, in the requested order. */
  positions: number[];
}

/** First position whose time is at or before `ms` (`times` runs newest first). */
export function firstAtOrBefore(times: Float64Array, ms: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((times[mid] ?? 0) <= ms) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The positions [lo, hi) whose time is within [startMs, endMs] (either bound absent: open), and not after
 * `cutoffMs` (the trickle's "now"; Infinity: no cutoff).
 */
export function timeRange(
  times: Float64Array,
  startMs: number | null | undefined,
  endMs: number | null | undefined,
  cutoffMs = Infinity,
): { lo: number; hi: number } {
  const end = endMs === undefined || endMs === null ? cutoffMs : Math.min(endMs, cutoffMs);
  const lo = end === Infinity ? 0 : firstAtOrBefore(times, end);
  const hi = startMs === undefined || startMs === null ? times.length : firstAtOrBefore(times, startMs - 0.5);
  return { lo, hi };
}
