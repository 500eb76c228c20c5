import type { Channel } from './log-entry.ts';

/**
 * A time bound as the user wrote it: an ISO 8601 instant (`2026-01-17T00:00:00Z`) or a relative
 * expression (`now`, `now-24h`, `now-7d`, `now/d`, `now-1d/d`). Resolved against a clock with `resolveTime`.
 */
export type TimeExpr = string;

export interface SortSpec {
  field: string;
  desc: boolean;
}

/** Everything that selects and shapes the logs on screen. Parsed from, and serialized to, the URL. */
export interface LogQuery {
  /** Source ids; `['all']` means every source. Empty means "the first source". */
  sources: string[];
  channels: Channel[];
  statuses: string[];
  dispositions: string[];
  campaigns: string[];
  agents: string[];
  /** Customer phone, as typed. */
  phone: string | null;
  /** Business (caller/sender) number, as typed. */
  from: string | null;
  /** Free-text search. */
  q: string | null;
  since: TimeExpr | null;
  until: TimeExpr | null;
  sort: SortSpec | null;
  /** Visible columns in order; null means the default set. */
  columns: string[] | null;
  /** The log open in the drawer (`logKey`). */
  log: string | null;
  /** Provider-only filters, from `x.<name>` params; values in URL order. */
  extra: Record<string, string[]>;
  /**
   * `unapplied=include`: a merged view keeps the sources that cannot apply an active filter, unfiltered by
   * it. Absent: they are left out of the result (and named).
   */
  unapplied?: 'include';
}

export const emptyQuery: LogQuery = {
  sources: [],
  channels: [],
  statuses: [],
  dispositions: [],
  campaigns: [],
  agents: [],
  phone: null,
  from: null,
  q: null,
  since: null,
  until: null,
  sort: null,
  columns: null,
  log: null,
  extra: {},
};

/** A query with its times resolved to UTC epoch milliseconds: what adapters receive. */
export interface ResolvedQuery extends Omit<LogQuery, 'since' | 'until' | 'columns' | 'log'> {
  sinceMs: number | null;
  untilMs: number | null;
  /**
   * When the result was first read (the clock `since`/`until` resolved against). An open upper bound is
   * pinned to it on every request, so paging a live provider neither repeats nor skips rows; a fresh
   * load or Refresh moves it. Absent or null: nothing is pinned.
   */
  asOfMs?: number | null;
}
