import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { LogEntry } from '../logs/log-entry.ts';
import type { ResolvedQuery } from '../logs/log-query.ts';
import type { SourceInfo } from '../logs/source.ts';
import type { ListPage, ProviderAdapter } from '../providers/adapter.ts';
import { getJson, sourceUrl } from './http.ts';

/** Query keys of logs: only through this factory. */
export const logKeys = {
  all: ['logs'] as const,
  list: (sourceId: string, query: ResolvedQuery) => ['logs', sourceId, query] as const,
  page: (sourceId: string, query: ResolvedQuery, page: number) => ['logs', sourceId, query, page] as const,
};

async function fetchLogPage(
  source: SourceInfo,
  adapter: ProviderAdapter,
  query: ResolvedQuery,
  page: number,
  signal: AbortSignal,
): Promise<ListPage> {
  const request = adapter.listRequest(query, page, source);
  const body = await getJson(sourceUrl(source.id, request), {
    signal,
    sourceId: source.id,
    parseError: adapter.parseError,
  });
  return adapter.parseList(body, source);
}

export const logPageQueryOptions = (
  source: SourceInfo,
  adapter: ProviderAdapter,
  query: ResolvedQuery,
  page: number,
) =>
  queryOptions({
    queryKey: logKeys.page(source.id, query, page),
    queryFn: ({ signal }) => fetchLogPage(source, adapter, query, page, signal),
    staleTime: 60_000,
  });

/** A log already on a loaded page of this source, if any (so opening a row costs no request). */
export function findLoadedEntry(client: QueryClient, sourceId: string, id: string): LogEntry | null {
  for (const [, page] of client.getQueriesData<ListPage>({ queryKey: ['logs', sourceId] })) {
    const found = page?.entries.find((e): e is LogEntry => !('kind' in e) && e.id === id);
    if (found) return found;
  }
  return null;
}
