import type { ResolvedQuery } from './log-query.ts';

/**
 * The query as it goes to a provider: an open upper bound becomes the instant the result was first read
 * (`asOfMs`), so rows that arrive while the user pages cannot shift the pages (PROVIDERS.md, live section:
 * timepay repeats and skips rows otherwise). An explicit `until` stays as the user chose it.
 */
export function pinnedQuery(query: ResolvedQuery): ResolvedQuery {
  const asOf = query.asOfMs ?? null;
  return query.untilMs === null && asOf !== null ? { ...query, untilMs: asOf } : query;
}
