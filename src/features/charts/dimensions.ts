import type { ResolvedQuery } from '../../logs/log-query.ts';
import type { SourceInfo } from '../../logs/source.ts';
import type { ProviderAdapter } from '../../providers/adapter.ts';

/** One source of the charted view (the app's `ViewMember`). */
export interface ChartMember {
  source: SourceInfo;
  adapter: ProviderAdapter;
}

/** What a histogram can be stacked by, and what the breakdown can list. */
export type Dimension = 'channel' | 'status' | 'disposition';
export type StackBy = 'channel' | 'status';
export type BreakdownBy = 'disposition' | 'status';

const FIELD = { channel: 'channels', status: 'statuses', disposition: 'dispositions' } as const;

export const DIMENSION_LABEL: Record<Dimension, string> = {
  channel: 'channel',
  status: 'status',
  disposition: 'disposition',
};

/**
 * How to count the part of `base` whose `dim` is `value`: a query; 0 when the query's own filter on
 * `dim` already excludes `value`; or why this source cannot tell (then no number is shown for it).
 */
export type Narrowed = { query: ResolvedQuery } | { zero: true } | { unsupported: string };

export function narrow(
  adapter: ProviderAdapter,
  base: ResolvedQuery,
  dim: Dimension,
  value: string,
): Narrowed {
  const capability = adapter.capabilities.filters[dim];
  if (!capability.supported) return { unsupported: capability.reason };
  const field = FIELD[dim];
  const current: readonly string[] = base[field];
  // A calls-only source: every log is a call, so "its calls" is the query itself (the same cached count).
  const channels = adapter.capabilities.channels;
  // A channel this source never logs (WhatsApp of a dialer): none of its logs, nothing to ask.
  if (dim === 'channel' && !channels.some((c) => c === value)) return { zero: true };
  if (dim === 'channel' && channels.length === 1 && current.length === 0) return { query: base };
  const applied = current.length > 0 && !adapter.unapplied(base).some((u) => u.filter === dim);
  if (applied && !current.includes(value)) return { zero: true };
  const query = { ...base, [field]: [value] };
  const missed = adapter.unapplied(query).find((u) => u.filter === dim);
  return missed ? { unsupported: missed.reason } : { query };
}

/** The query of one time slice (`untilMs` inclusive, as resolved queries read); open ends stay open. */
export function sliceQuery(
  base: ResolvedQuery,
  slice: { startMs: number; endMs: number; openStart: boolean; openEnd: boolean },
): ResolvedQuery {
  return {
    ...base,
    sinceMs: slice.openStart ? base.sinceMs : slice.startMs,
    untilMs: slice.openEnd ? base.untilMs : slice.endMs - 1,
  };
}

/** Counting ignores the order: one cache entry per filter set, whatever the table's sort. */
export function countBase(resolved: ResolvedQuery): ResolvedQuery {
  return { ...resolved, sort: null };
}
