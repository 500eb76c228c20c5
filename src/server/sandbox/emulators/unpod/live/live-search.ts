import { timeRange, type SearchResult } from '../../../log-search.ts';
import { DAY_MS } from '../../../zoned-time.ts';
import type { UnpodDataset } from '../data/generate-unpod.ts';
import { MALFORMED_CREATION_TIME } from '../data/quirks.ts';
import { liveCall } from './live-call.ts';
import type { LiveCriteria } from './live-query.ts';

/** A stored row follows its call's end by at most this much (live-call.ts: 2–9 s). */
const STORE_SLACK_MS = 10_000;

/** Matches of the live view's filters, in its order (default `-creation_time`), and the window asked for. */
export function searchLive(ds: UnpodDataset, c: LiveCriteria, offset: number, limit: number): SearchResult {
  // A start on or after startDay means a row stored after it; an end by endDay's end, stored ≤ 10 s later.
  const { lo, hi } = timeRange(
    ds.createdMs,
    c.startDay,
    c.endDay === undefined ? undefined : c.endDay + DAY_MS + STORE_SLACK_MS,
    ds.clock.now(),
  );
  const matches: number[] = [];
  const sortKey: number[] = [];
  const dated = c.startDay !== undefined || c.endDay !== undefined;
  for (let i = lo; i < hi; i++) {
    if (c.callType !== undefined && (ds.inbound[i] === 1 ? 'inbound' : 'outbound') !== c.callType) continue;
    const call = liveCall(ds, i);
    if (c.status !== undefined && call.status.toLowerCase() !== c.status) continue;
    // `start_time__date >=` and `end_time__date <=`: a call without a start or end drops out.
    if (c.startDay !== undefined && (call.startMs === null || call.startMs < c.startDay)) continue;
    if (c.endDay !== undefined && (call.endMs === null || call.endMs >= c.endDay + DAY_MS)) continue;
    if (dated && ds.quirk[i] === MALFORMED_CREATION_TIME) continue;
    if (c.sourcePrefix !== undefined && !call.source.startsWith(c.sourcePrefix)) continue;
    if (c.destinationPrefix !== undefined && !call.destination.startsWith(c.destinationPrefix)) continue;
    if (c.maxDuration !== undefined && call.durationSec > c.maxDuration) continue;
    matches.push(i);
    if (c.sort !== undefined) {
      const f = c.sort.field;
      // Postgres puts NULLs first in a descending order, last in an ascending one.
      const start = call.startMs ?? (c.sort.desc ? Infinity : -Infinity);
      sortKey.push(
        f === 'start_time' ? start : f === 'call_duration' ? call.durationSec : (ds.createdMs[i] ?? 0),
      );
    }
  }
  let order = matches;
  if (c.sort !== undefined) {
    const dir = c.sort.desc ? -1 : 1;
    const idx = matches.map((_, k) => k);
    idx.sort((a, b) => dir * ((sortKey[a] ?? 0) - (sortKey[b] ?? 0)) || a - b);
    order = idx.map((k) => matches[k] ?? 0);
  }
  return { total: matches.length, positions: order.slice(offset, offset + limit) };
}
