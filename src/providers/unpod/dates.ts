import type { ResolvedQuery } from '../../logs/log-query.ts';
import { toZonedIso } from '../../logs/time.ts';
import { DATE_BOUND_FORMAT, DATE_ZONE, END_DATE_INCLUSIVE } from './constants.ts';

export interface DateBounds {
  startDate: string | null;
  endDate: string | null;
  /** Why the `since` bound was widened to a whole day ('date' format only), else null. */
  sinceWidened: string | null;
  untilWidened: string | null;
}

/** `2026-02-07T05:57:00Z`: whole seconds, UTC, as unpod's own timestamps read. */
function utcIso(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}Z`;
}

const DAY_MS = 86_400_000;

/** The query's time range as `start_date`/`end_date`, in the format of `DATE_BOUND_FORMAT`. */
export function dateBounds(
  query: Pick<ResolvedQuery, 'sinceMs' | 'untilMs'>,
  format: 'date' | 'date-time' = DATE_BOUND_FORMAT,
): DateBounds {
  const { sinceMs, untilMs } = query;
  if (format === 'date-time') {
    // Both bounds inclusive, to the second.
    return {
      startDate: sinceMs === null ? null : utcIso(Math.ceil(sinceMs / 1000) * 1000),
      endDate: untilMs === null ? null : utcIso(Math.floor(untilMs / 1000) * 1000),
      sinceWidened: null,
      untilWidened: null,
    };
  }
  let startDate: string | null = null;
  let endDate: string | null = null;
  let sinceWidened: string | null = null;
  let untilWidened: string | null = null;
  if (sinceMs !== null) {
    const wall = toZonedIso(sinceMs, DATE_ZONE);
    startDate = wall.slice(0, 10);
    if (!wall.endsWith('T00:00:00') || sinceMs % 1000 !== 0)
      sinceWidened = `unpod filters by whole days (${DATE_ZONE}): showing from the start of ${startDate}`;
  }
  if (untilMs !== null) {
    const wall = toZonedIso(untilMs, DATE_ZONE);
    const day = wall.slice(0, 10);
    if (!toZonedIso(untilMs + 1, DATE_ZONE).endsWith('T00:00:00') || (untilMs + 1) % 1000 !== 0)
      untilWidened = `unpod filters by whole days (${DATE_ZONE}): showing until the end of ${day}`;
    endDate = END_DATE_INCLUSIVE
      ? day
      : toZonedIso(Date.parse(`${day}T00:00:00Z`) + DAY_MS, 'UTC').slice(0, 10);
  }
  return { startDate, endDate, sinceWidened, untilWidened };
}
