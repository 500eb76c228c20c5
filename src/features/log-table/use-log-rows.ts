import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { logPageQueryOptions } from '../../api/logs.ts';
import type { InvalidRecord, LogEntry } from '../../logs/log-entry.ts';
import type { ResolvedQuery } from '../../logs/log-query.ts';
import type { SourceInfo } from '../../logs/source.ts';
import type { ListPage, ProviderAdapter } from '../../providers/adapter.ts';
import { pagesForRange } from './page-math.ts';

export type RowItem = LogEntry | InvalidRecord;

export interface LogRows {
  /** Rows in the result, from the provider's total (0 until the first page arrives). */
  total: number;
  pageSize: number;
  /** The row at an index, or null while its page is loading. */
  rowAt: (index: number) => RowItem | null;
  /** Invalid records among the loaded pages. */
  invalidCount: number;
  firstPage: ReturnType<typeof useQuery<ListPage>>;
  /** Pages under the viewport that failed. */
  pageErrors: Error[];
  /** The rows shown belong to an earlier query: the new one is loading, or failed. */
  stale: boolean;
  /** The new query failed and the rows shown are the last good result's. */
  failedOver: boolean;
  loadingPages: number;
  /** Changes whenever any loaded page changes: a cheap dependency for memos over `rowAt`. */
  version: string;
  /** A merged view: the members whose pages failed, each named (a single source reports `pageErrors`). */
  memberErrors?: { sourceLabel: string; error: Error }[];
  /** A merged view: each member's own total (null until its first page arrives, or when it failed). */
  memberTotals?: { sourceLabel: string; total: number | null }[];
  /** A merged view reading in order towards rows far ahead: merged rows so far, and the row wanted. */
  mergeProgress?: { shown: number; wanted: number } | null;
}

/** Fetches only the pages under the viewport (plus the next), keyed by (source, query, page). */
export function useLogRows(
  source: SourceInfo,
  adapter: ProviderAdapter,
  query: ResolvedQuery,
  range: { start: number; end: number },
  /** false: ask nothing (the table shows a merged view through `useMergedRows` instead). */
  enabled = true,
): LogRows {
  const pageSize = adapter.capabilities.pageSizes[0] ?? 10;
  const firstPage = useQuery({
    ...logPageQueryOptions(source, adapter, query, 1),
    placeholderData: keepPreviousData,
    enabled,
  });
  // When the new query fails for good, the last result that arrived stays on screen, marked stale.
  const [lastGood, setLastGood] = useState<ListPage | null>(null);
  if (firstPage.data && !firstPage.isPlaceholderData && firstPage.data !== lastGood)
    setLastGood(firstPage.data);
  const failedOver = firstPage.isError && !firstPage.data && lastGood !== null;
  const first = firstPage.data ?? (failedOver ? lastGood : undefined);
  const stale = firstPage.isPlaceholderData || failedOver;
  const total = first?.total ?? 0;
  const lastPage = Math.ceil(total / pageSize);
  const pages = useMemo(
    () => (stale || !enabled ? [] : pagesForRange(range, pageSize, lastPage).filter((p) => p !== 1)),
    [stale, enabled, range, pageSize, lastPage],
  );
  const results = useQueries({
    queries: pages.map((page) => logPageQueryOptions(source, adapter, query, page, total)),
  });

  const byPage = new Map<number, ListPage>();
  if (first) byPage.set(1, first);
  const pageErrors: Error[] = [];
  let loadingPages = 0;
  let version = `${firstPage.dataUpdatedAt}`;
  results.forEach((result, i) => {
    if (result.data) byPage.set(pages[i] ?? -1, result.data);
    if (result.error) pageErrors.push(result.error);
    if (result.isFetching) loadingPages += 1;
    version += `:${pages[i]}@${result.dataUpdatedAt}`;
  });
  let invalidCount = 0;
  for (const page of byPage.values())
    for (const e of page.entries) if ('kind' in e && e.kind === 'invalid') invalidCount += 1;

  const rowAt = (index: number): RowItem | null => {
    const page = byPage.get(Math.floor(index / pageSize) + 1);
    return page?.entries[index % pageSize] ?? null;
  };

  return {
    total,
    pageSize,
    rowAt,
    invalidCount,
    firstPage,
    pageErrors,
    stale,
    failedOver,
    loadingPages,
    version: `${version}:${failedOver ? 'f' : ''}`,
  };
}
