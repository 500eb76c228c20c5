import type { UnpodDataset } from '../data/generate-unpod.ts';
import { MALFORMED_CREATION_TIME } from '../data/quirks.ts';
import type { CallLogCriteria } from './call-log-query.ts';

export interface SearchResult {
  total: number;
  /** Positions of the requested window, newest first. */
  positions: number[];
}

/** First position whose creation is at or before `ms` (positions run newest first). */
function firstAtOrBefore(createdMs: Float64Array, ms: number): number {
  let lo = 0;
  let hi = createdMs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((createdMs[mid] ?? 0) <= ms) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Counts the matches and collects those in [offset, offset+limit): a time range, then one tight pass. */
export function searchCallLogs(
  ds: UnpodDataset,
  c: CallLogCriteria,
  offset: number,
  limit: number,
): SearchResult {
  const positions: number[] = [];
  const hasTime = c.startMs !== undefined || c.endMs !== undefined;
  const lo = c.endMs === undefined ? 0 : firstAtOrBefore(ds.createdMs, c.endMs);
  const hi = c.startMs === undefined ? ds.count : firstAtOrBefore(ds.createdMs, c.startMs - 0.5);
  if (hi <= lo || c.statusMask === 0) return { total: 0, positions };
  if (c.inbound === undefined && c.statusMask === undefined && !hasTime) {
    for (let i = offset; i < Math.min(ds.count, offset + limit); i++) positions.push(i);
    return { total: ds.count, positions };
  }
  const inbound = c.inbound ?? -1;
  const mask = c.statusMask ?? -1;
  const end = offset + limit;
  let total = 0;
  for (let i = lo; i < hi; i++) {
    if (inbound !== -1 && ds.inbound[i] !== inbound) continue;
    if (mask !== -1 && (mask & (1 << (ds.status[i] ?? 0))) === 0) continue;
    // A record whose creation_time is not a date cannot fall inside a date range.
    if (hasTime && ds.quirk[i] === MALFORMED_CREATION_TIME) continue;
    if (total >= offset && total < end) positions.push(i);
    total++;
  }
  return { total, positions };
}
