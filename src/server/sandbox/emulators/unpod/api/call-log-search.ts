import type { UnpodDataset } from '../data/generate-unpod.ts';
import { MALFORMED_CREATION_TIME } from '../data/quirks.ts';
import type { CallLogCriteria } from './call-log-query.ts';
import { timeRange, type SearchResult } from '../../../log-search.ts';

/** Counts the matches and collects those in [offset, offset+limit): a time range, then one tight pass. */
export function searchCallLogs(
  ds: UnpodDataset,
  c: CallLogCriteria,
  offset: number,
  limit: number,
): SearchResult {
  const positions: number[] = [];
  const hasTime = c.startMs !== undefined || c.endMs !== undefined;
  const { lo, hi } = timeRange(ds.createdMs, c.startMs, c.endMs, ds.clock.now());
  if (hi <= lo || c.statusMask === 0) return { total: 0, positions };
  if (c.inbound === undefined && c.statusMask === undefined && !hasTime) {
    // No predicate: the window is a slice of the positions that have started (the trickle's cutoff).
    for (let i = lo + offset; i < Math.min(hi, lo + offset + limit); i++) positions.push(i);
    return { total: hi - lo, positions };
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
