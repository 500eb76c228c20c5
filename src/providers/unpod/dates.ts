import type { ResolvedQuery } from '../../logs/log-query.ts';
import { toZonedIso } from '../../logs/time.ts';
import { DATE_ZONE, END_DAY_SLACK_MS } from './constants.ts';

/** The time parameters of a query, in both spellings (PROVIDERS.md: docs vs the provider's server). */
export interface TimeParams {
  /** Docs: `start_date`/`end_date`, exact UTC instants, both inclusive. */
  startDate: string | null;
  endDate: string | null;
  /** Live: `start_time`/`end_time` as `DD-MM-YYYY HH:MM:SS` (only the date counts, end one day later). */
  startTime: string | null;
  endTime: string | null;
}

/** `2026-02-07T05:57:00Z`: whole seconds, UTC, as unpod's own timestamps read. */
function utcIso(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}Z`;
}

/** `07-02-2026 05:57:00` in `DATE_ZONE`. */
export function dayTime(ms: number): string {
  const wall = toZonedIso(ms, DATE_ZONE);
  return `${wall.slice(8, 10)}-${wall.slice(5, 7)}-${wall.slice(0, 4)} ${wall.slice(11, 19)}`;
}

/** True when the upper bound is only the pin of an open range (the user chose no `until`). */
export function untilIsPin(query: Pick<ResolvedQuery, 'untilMs' | 'asOfMs'>): boolean {
  return query.untilMs !== null && query.asOfMs !== undefined && query.untilMs === query.asOfMs;
}

/**
 * The query's time range in both spellings. An upper bound that is only the pin of an open range is not
 * sent: a dated query drops missed calls (no end), so "any time" must stay undated; the pin is applied
 * on our side (exact-window.ts).
 */
export function timeParams(query: Pick<ResolvedQuery, 'sinceMs' | 'untilMs' | 'asOfMs'>): TimeParams {
  const { sinceMs } = query;
  const untilMs = untilIsPin(query) ? null : query.untilMs;
  return {
    startDate: sinceMs === null ? null : utcIso(Math.ceil(sinceMs / 1000) * 1000),
    endDate: untilMs === null ? null : utcIso(Math.floor(untilMs / 1000) * 1000),
    startTime: sinceMs === null ? null : dayTime(sinceMs),
    endTime: untilMs === null ? null : dayTime(untilMs + END_DAY_SLACK_MS),
  };
}
