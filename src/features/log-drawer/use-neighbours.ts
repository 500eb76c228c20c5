import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import { logKeys, logPageQueryOptions } from '../../api/logs.ts';
import { sourcesQueryOptions } from '../../api/sources.ts';
import { logKey, type InvalidRecord, type LogEntry } from '../../logs/log-entry.ts';
import { mergePrefix, selectSources } from '../../logs/merge.ts';
import type { ResolvedQuery } from '../../logs/log-query.ts';
import type { SourceInfo } from '../../logs/source.ts';
import type { ListPage, ProviderAdapter } from '../../providers/adapter.ts';
import { splitMembers } from '../../providers/left-out.ts';
import { useAdapters } from '../../state/use-adapter.ts';

/** Where the open log sits in the current result, and the logs before and after it (`logKey`s). */
export interface Neighbours {
  /** 0-based row of the open log, or null when it is not on a loaded page. */
  index: number | null;
  total: number | null;
  prev: string | null;
  next: string | null;
  /** A neighbour's page that is not loaded yet (fetched by the hook). */
  missingPage: number | null;
  /** In a merged view: the pages the merge waits on before the next neighbour is known, by source id. */
  missingMembers?: { sourceId: string; page: number; total: number | null }[];
}

const NONE: Neighbours = { index: null, total: null, prev: null, next: null, missingPage: null };

/** A source of a merged view with its adapter. */
export interface NeighbourMember {
  source: SourceInfo;
  adapter: ProviderAdapter;
}

type Item = LogEntry | InvalidRecord;

/**
 * The open log's neighbours in a merged view: each member's cached pages of this query, contiguous from
 * page 1, merged exactly as the table merges them (`mergePrefix`), so previous/next step over the merged
 * rows. When the open log is the last merged row, the pages the merge waits on are named.
 */
export function findMergedNeighbours(
  client: QueryClient,
  members: readonly NeighbourMember[],
  query: ResolvedQuery,
  key: string,
): Neighbours {
  const inputs = members.map(({ source }) => {
    const pages = new Map<number, ListPage>();
    for (const [, page] of client.getQueriesData<ListPage>({ queryKey: logKeys.list(source.id, query) }))
      if (page && !pages.has(page.page)) pages.set(page.page, page);
    const entries: Item[] = [];
    let hasMore = true;
    let loaded = 0;
    for (let n = 1; pages.has(n); n++) {
      const page = pages.get(n)!;
      entries.push(...page.entries);
      hasMore = page.hasNext;
      loaded = n;
    }
    return { entries, hasMore, loaded, total: pages.get(1)?.total ?? null };
  });
  const { rows, needs } = mergePrefix(inputs, (e: Item) => ('kind' in e ? null : e.startedAt));
  const index = rows.findIndex((r) => !('kind' in r.item) && logKey(r.item) === key);
  if (index === -1) return NONE;
  const scan = (direction: 1 | -1): string | null => {
    for (let i = index + direction; i >= 0 && i < rows.length; i += direction) {
      const item = rows[i]!.item;
      if (!('kind' in item)) return logKey(item);
    }
    return null;
  };
  const next = scan(1);
  const total = inputs.reduce((n, p) => n + (p.total ?? 0), 0);
  const missingMembers =
    next === null
      ? needs.map((m) => ({
          sourceId: members[m]!.source.id,
          page: inputs[m]!.loaded + 1,
          total: inputs[m]!.total,
        }))
      : [];
  return { index, total, prev: scan(-1), next, missingPage: null, missingMembers };
}

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
  // A merged view (`source=all`, several `source=`): step over the merged rows of every member.
  const several = query.sources.length > 1 || query.sources.includes('all');
  const sources = useQuery({ ...sourcesQueryOptions(), enabled: several }).data ?? [];
  const selected = selectSources(sources, query.sources).members;
  const merged = selected.length > 1 && selected.some((s) => s.id === source.id);
  const loaded = useAdapters(merged ? selected.map((s) => s.provider) : []);
  const ids = selected.map((s) => s.id).join(',');
  const ready = loaded.adapters !== null;
  const queryKey = JSON.stringify(query);
  const members = useMemo(
    () => {
      if (!merged || !loaded.adapters) return null;
      // The members the table merges: not those the filters leave out (DESIGN.md's merged-view rule);
      // one left is a single-source table, stepped as one.
      const { included } = splitMembers(
        selected.map((s, i) => ({ source: s, adapter: loaded.adapters![i]! })),
        query,
      );
      return included.length > 1 ? included : null;
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the member ids, the query and whether adapters arrived decide
    [merged, ids, ready, queryKey],
  );
  const subscribe = useCallback(
    (onChange: () => void) => client.getQueryCache().subscribe(onChange),
    [client],
  );
  // A string snapshot: stable between cache events that do not move the neighbours.
  const snapshot = () =>
    JSON.stringify(
      members
        ? findMergedNeighbours(client, members, query, logKey({ sourceId: source.id, id }))
        : findNeighbours(client, source.id, query, id),
    );
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
  const missingMembers = JSON.stringify(found.missingMembers ?? []);
  useEffect(() => {
    if (!members) return;
    for (const missing of JSON.parse(missingMembers) as NonNullable<Neighbours['missingMembers']>) {
      const member = members.find((m) => m.source.id === missing.sourceId);
      if (!member) continue;
      const known = missing.page === 1 ? null : missing.total;
      void client.prefetchQuery(
        logPageQueryOptions(member.source, member.adapter, query, missing.page, known),
      );
    }
  }, [client, members, query, missingMembers]);
  return found;
}
