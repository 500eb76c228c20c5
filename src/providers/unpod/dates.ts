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

/** An upper bound far enough ahead to mean "none" (the server needs a date to sort and bound by start). */
const OPEN_END_MS = Date.UTC(2099, 11, 31);

/**
 * The query's time range in both spellings. `end_time` always goes up (an open range uses a far date):
 * unpod's server then drops calls without a start or end (missed calls, live section) from every answer,
 * but the rest come sorted by start and are cut exactly on our side; without it the default order
 * (`-creation_time`) is not the order of the calls' starts, and a merged view could not interleave them.
 */
export function timeParams(query: Pick<ResolvedQuery, 'sinceMs' | 'untilMs'>): TimeParams {
  const { sinceMs, untilMs } = query;
  return {
    startDate: sinceMs === null ? null : utcIso(Math.ceil(sinceMs / 1000) * 1000),
    endDate: untilMs === null ? null : utcIso(Math.floor(untilMs / 1000) * 1000),
    startTime: sinceMs === null ? null : dayTime(sinceMs),
    endTime: dayTime((untilMs ?? OPEN_END_MS) + END_DAY_SLACK_MS),
  };
}
