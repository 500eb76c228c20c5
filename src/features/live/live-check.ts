import { countLogs } from '../../api/counts.ts';
import { fetchLogPage } from '../../api/logs.ts';
import type { LogEntry } from '../../logs/log-entry.ts';
import type { LogQuery, ResolvedQuery } from '../../logs/log-query.ts';
import type { SourceInfo } from '../../logs/source.ts';
import { isRelativeTime, resolveTime } from '../../logs/url-codec.ts';
import type { ListPage, ProviderAdapter } from '../../providers/adapter.ts';

/** The longer reason behind `liveUnavailable`'s note (the control's title). */
export const LIVE_RANGE_HINT =
  'Live mode needs a range that ends now: leave “until” empty or make it relative (now, now/d).';

/** Why live mode means nothing for this range (it does not end now), or null when it can run. */
export function liveUnavailable(query: Pick<LogQuery, 'until'>, nowMs: number, zone: string): string | null {
  if (query.until === null) return null;
  const until = resolveTime(query.until, nowMs, zone, { roundUp: true });
  return isRelativeTime(query.until) && until !== null && until >= nowMs - 1_000
    ? null
    : 'Only for a range that ends now';
}

/** The newest start among a page's logs (the top row when the result is newest first), or null. */
export function newestStart(page: ListPage | undefined): number | null {
  let newest: number | null = null;
  for (const e of page?.entries ?? []) {
    const start = 'kind' in e ? null : (e as LogEntry).startedAt;
    if (start !== null && (newest === null || start > newest)) newest = start;
  }
  return newest;
}

/**
 * How many logs of one source match `query` (resolved now) and started after `anchorMs`: a count request
 * where the provider has one, else page 1 newest first.
 */
export async function countNewer(
  source: SourceInfo,
  adapter: ProviderAdapter,
  query: ResolvedQuery,
  anchorMs: number,
  signal: AbortSignal,
): Promise<number> {
  const sinceMs = Math.max(query.sinceMs ?? -Infinity, anchorMs + 1);
  if (query.untilMs !== null && query.untilMs < sinceMs) return 0;
  // Newer than the pinned result: this count is read now, with no pinned upper bound.
  const newer: ResolvedQuery = { ...query, sinceMs, sort: null, asOfMs: null };
  if (adapter.countRequest && adapter.parseCount) return countLogs(source, adapter, newer, signal);
  const page = await fetchLogPage(source, adapter, newer, 1, null, signal, 'background');
  // Providers that filter by whole days send older logs too: count only the newer ones on the page.
  const onPage = page.entries.filter(
    (e) => 'kind' in e || ((e as LogEntry).startedAt ?? 0) > anchorMs,
  ).length;
  return onPage === page.entries.length && page.total > onPage ? page.total : onPage;
}
