import { queryOptions, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback, useSyncExternalStore } from 'react';
import type { LogEntry } from '../logs/log-entry.ts';
import type { ResolvedQuery } from '../logs/log-query.ts';
import type { SourceInfo } from '../logs/source.ts';
import type { ListPage, ProviderAdapter } from '../providers/adapter.ts';
import { windowPage } from './exact-window.ts';
import { listPlan } from '../providers/list-plan.ts';
import { getProviderJson, type RequestPriority } from './http.ts';
import { pinnedQuery } from '../logs/pinned-query.ts';

/** Query keys of logs: only through this factory. */
export const logKeys = {
  all: ['logs'] as const,
  list: (sourceId: string, query: ResolvedQuery) => ['logs', sourceId, query] as const,
  /** `knownTotal` is part of the key: an offset-capped provider plans deep pages from it. */
  page: (sourceId: string, query: ResolvedQuery, page: number, knownTotal: number | null) =>
    ['logs', sourceId, query, page, knownTotal] as const,
};

/** A page the provider cannot serve for this query; the message says how to reach those rows. */
export class PageOutOfReachError extends Error {
  override name = 'PageOutOfReachError';
}

export async function fetchLogPage(
  source: SourceInfo,
  adapter: ProviderAdapter,
  asked: ResolvedQuery,
  page: number,
  knownTotal: number | null,
  signal: AbortSignal,
  priority: RequestPriority = 'interactive',
): Promise<ListPage> {
  const pageSize = adapter.capabilities.pageSizes[0] ?? 10;
  const query = pinnedQuery(asked);
  const range = adapter.exactRange?.(query) ?? null;
  const plan = listPlan(source, adapter, query, page, knownTotal);
  if (plan.kind === 'empty') return { page, pageSize, total: 0, hasNext: false, entries: [] };
  if (range !== null) return windowPage(source, adapter, query, range, page, signal);
  if (plan.kind === 'out-of-reach') throw new PageOutOfReachError(plan.message);
  const body = await getProviderJson(source.id, adapter, plan.request, signal, priority);
  const parsed = adapter.parseList(body, source);
  // The table places rows by the page it asked for, whatever numbering the provider echoes (unpod echoes
  // none); whether more follow is then plain arithmetic on the total.
  parsed.page = page;
  parsed.hasNext = page * parsed.pageSize < parsed.total;
  if (plan.request.reversed) parsed.entries.reverse();
  return parsed;
}

export const logPageQueryOptions = (
  source: SourceInfo,
  adapter: ProviderAdapter,
  query: ResolvedQuery,
  page: number,
  knownTotal: number | null = null,
) =>
  queryOptions({
    queryKey: logKeys.page(source.id, query, page, knownTotal),
    queryFn: ({ signal }) => fetchLogPage(source, adapter, query, page, knownTotal, signal),
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

/** `findLoadedEntry`, kept current as pages arrive (a pasted `log=` opens once its row has loaded). */
export function useLoadedEntry(sourceId: string | null, id: string | null): LogEntry | null {
  const client = useQueryClient();
  const subscribe = useCallback(
    (onChange: () => void) => client.getQueryCache().subscribe(onChange),
    [client],
  );
  const snapshot = () => (sourceId !== null && id !== null ? findLoadedEntry(client, sourceId, id) : null);
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
