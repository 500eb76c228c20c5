import type { ExactRange } from '../adapter.ts';
import type { LogEntry } from '../../logs/log-entry.ts';
import type { ResolvedQuery } from '../../logs/log-query.ts';
import { TIME_WINDOW_LEAD_MS } from './constants.ts';

/**
 * timepay's window is on a hidden queue time that precedes the start by up to TIME_WINDOW_LEAD_MS: the
 * answer holds calls that started after `until` (near the top) and, with the widened start, calls that
 * started before `since` (near the bottom). Rows are kept by their own start. Past a row that started
 * more than the lead before `until`, no row can have started after it, and likewise at the bottom.
 */
export function exactRange(query: ResolvedQuery): ExactRange | null {
  const { sinceMs, untilMs } = query;
  if (sinceMs === null && untilMs === null) return null;
  const since = sinceMs ?? -Infinity;
  const until = untilMs ?? Infinity;
  // A log without a readable start cannot be placed: it stays (and is counted), as the provider sent it.
  const start = (e: LogEntry) => e.startedAt;
  return {
    keep: (e) => {
      const s = start(e);
      return s === null || (s >= since && s <= until);
    },
    pastTop: (e) => untilMs === null || (start(e) ?? Infinity) < until - TIME_WINDOW_LEAD_MS,
    pastBottom: sinceMs === null ? null : (e) => (start(e) ?? -Infinity) > since + TIME_WINDOW_LEAD_MS,
  };
}
