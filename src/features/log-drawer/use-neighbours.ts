import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import { logKeys, logPageQueryOptions } from '../../api/logs.ts';
import { logKey } from '../../logs/log-entry.ts';
import type { ResolvedQuery } from '../../logs/log-query.ts';
import type { SourceInfo } from '../../logs/source.ts';
import type { ListPage, ProviderAdapter } from '../../providers/adapter.ts';

/** Where the open log sits in the current result, and the logs before and after it (`logKey`s). */
export interface Neighbours {
  /** 0-based row of the open log, or null when it is not on a loaded page. */
  index: number | null;
  total: number | null;
  prev: string | null;
  next: string | null;
  /** A neighbour's page that is not loaded yet (fetched by the hook). */
  missingPage: number | null;
}

const NONE: Neighbours = { index: null, total: null, prev: null, next: null, missingPage: null };

/**
 * The open log's neighbours among the table's loaded pages of this (source, query): the pages are the
 * table's own react-query cache, so stepping costs no request until it leaves them. Invalid rows are skipped.
 */
export function findNeighbours(
  client: QueryClient,
  sourceId: string,
  query: ResolvedQuery,
  id: string,
): Neighbours {
  const pages = new Map<number, ListPage>();
  for (const [, page] of client.getQueriesData<ListPage>({ queryKey: logKeys.list(sourceId, query) }))
    if (page && !pages.has(page.page)) pages.set(page.page, page);
  let at: { page: ListPage; offset: number } | null = null;
  for (const page of pages.values()) {
    const offset = page.entries.findIndex((e) => !('kind' in e) && e.id === id);
    if (offset !== -1) {
      at = { page, offset };
      break;
    }
  }
  if (!at) return NONE;
  const { pageSize, total } = at.page;
  const index = (at.page.page - 1) * pageSize + at.offset;
  let missingPage: number | null = null;
  const scan = (direction: 1 | -1): string | null => {
    // At most two pages away: a long run of invalid rows is not worth a chain of requests.
    for (
      let i = index + direction;
      i >= 0 && i < total && Math.abs(i - index) <= pageSize * 2;
      i += direction
    ) {
      const pageNo = Math.floor(i / pageSize) + 1;
      const page = pages.get(pageNo);
      if (!page) {
        missingPage ??= pageNo;
        return null;
      }
      const row = page.entries[i % pageSize];
      if (row && !('kind' in row)) return logKey(row);
    }
    return null;
  };
  const prev = scan(-1);
  const next = scan(1);
  return { index, total, prev, next, missingPage };
}

/** `findNeighbours`, kept current as pages arrive; a neighbour's missing page is fetched once asked for. */
export function useNeighbours(
  source: SourceInfo,
  adapter: ProviderAdapter,
  query: ResolvedQuery,
  id: string,
): Neighbours {
  const client = useQueryClient();
  const subscribe = useCallback(
    (onChange: () => void) => client.getQueryCache().subscribe(onChange),
    [client],
  );
  // A string snapshot: stable between cache events that do not move the neighbours.
  const snapshot = () => JSON.stringify(findNeighbours(client, source.id, query, id));
  const text = useSyncExternalStore(subscribe, snapshot, snapshot);
  const found = useMemo(() => JSON.parse(text) as Neighbours, [text]);
  useEffect(() => {
    if (found.missingPage === null) return;
    // Pages past the first are keyed with the known total, as the table keys them.
    const page = found.missingPage;
    void client.prefetchQuery(
      logPageQueryOptions(source, adapter, query, page, page === 1 ? null : found.total),
    );
  }, [client, source, adapter, query, found.missingPage, found.total]);
  return found;
}
