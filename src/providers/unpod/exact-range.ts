import type { ExactRange } from '../adapter.ts';
import type { LogEntry } from '../../logs/log-entry.ts';
import type { ResolvedQuery } from '../../logs/log-query.ts';
import { startOrderDesc } from './unapplied.ts';

const always = (): boolean => true;

/**
 * unpod's server compares whole days and is always asked for a range sorted by `start_time`
 * (dates.ts): rows outside the exact range come only at the ends, and are cut here by their start.
 */
export function exactRange(query: ResolvedQuery): ExactRange | null {
  const desc = startOrderDesc(query) ?? true;
  const since = query.sinceMs ?? -Infinity;
  const until = query.untilMs ?? Infinity;
  const at = (e: LogEntry) => e.startedAt ?? NaN;
  const keep = (e: LogEntry) => at(e) >= since && at(e) <= until;
  const notTooNew = (e: LogEntry) => at(e) <= until;
  const notTooOld = (e: LogEntry) => at(e) >= since;
  return desc
    ? { keep, pastTop: notTooNew, pastBottom: query.sinceMs === null ? null : notTooOld }
    : { keep, pastTop: query.sinceMs === null ? always : notTooOld, pastBottom: notTooNew };
}
