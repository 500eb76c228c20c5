import type { ExactRange } from '../adapter.ts';
import type { LogEntry } from '../../logs/log-entry.ts';
import type { ResolvedQuery } from '../../logs/log-query.ts';
import { END_DAY_SLACK_MS } from './constants.ts';
import { isDated, startOrderDesc } from './unapplied.ts';
import { readTime } from './time.ts';

/** When the row was stored (`creation_time`), or null. */
function storedAt(entry: LogEntry): number | null {
  const raw = entry.raw as { creation_time?: unknown } | null;
  return typeof raw?.creation_time === 'string' ? readTime(raw.creation_time, 'UTC') : null;
}

const always = (): boolean => true;

/**
 * unpod's server compares whole days (dated queries, sorted by `start_time`), and an undated query has no
 * upper bound at all: rows outside the exact range come at the ends, and are cut here. Undated (the
 * pinned "any time"), a row counts while it was stored by the pin, so missed calls, which have no start,
 * stay in the result; dated, a row counts by its start (a missed call drops out on the server).
 */
export function exactRange(query: ResolvedQuery): ExactRange | null {
  const desc = startOrderDesc(query) ?? true;
  const since = query.sinceMs ?? -Infinity;
  const until = query.untilMs ?? Infinity;
  if (!isDated(query)) {
    if (query.untilMs === null) return null;
    const stored = (e: LogEntry) => (storedAt(e) ?? -Infinity) <= until;
    // Newest stored first (the default order), or by start ascending: calls last less than a day.
    return desc
      ? { keep: stored, pastTop: stored, pastBottom: null }
      : {
          keep: stored,
          pastTop: always,
          pastBottom: (e) => (e.startedAt ?? Infinity) < until - END_DAY_SLACK_MS,
        };
  }
  const at = (e: LogEntry) => e.startedAt ?? storedAt(e) ?? NaN;
  const keep = (e: LogEntry) => at(e) >= since && at(e) <= until;
  const notTooNew = (e: LogEntry) => at(e) <= until;
  const notTooOld = (e: LogEntry) => at(e) >= since;
  return desc
    ? { keep, pastTop: notTooNew, pastBottom: query.sinceMs === null ? null : notTooOld }
    : { keep, pastTop: query.sinceMs === null ? always : notTooOld, pastBottom: notTooNew };
}
