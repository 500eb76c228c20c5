import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { logPageQueryOptions } from '../../api/logs.ts';
import { emptyQuery, type ResolvedQuery } from '../../logs/log-query.ts';
import type { LogEntry } from '../../logs/log-entry.ts';
import type { SourceInfo } from '../../logs/source.ts';
import { serializeQuery } from '../../logs/url-codec.ts';
import type { ListPage, ProviderAdapter } from '../../providers/adapter.ts';
import { loadAdapter } from '../../providers/registry.ts';
import { keepCustomer, pagesToRead } from './thread.ts';

export interface SourceTimeline {
  source: SourceInfo;
  /** `unsupported`: the provider cannot filter by phone (`reason` says why). */
  state: 'adapter-loading' | 'adapter-error' | 'unsupported' | 'loading' | 'error' | 'ready';
  reason: string | null;
  error: Error | null;
  /** The provider's count of logs matching the phone (null until page 1 arrives). */
  total: number | null;
  pagesRead: number;
  pagesWanted: number;
  /** Logs of exactly this customer, from the pages read. */
  entries: LogEntry[];
  dropped: number;
  invalid: number;
  /** Pages past the cap were not read. */
  capped: boolean;
  /** The same customer in /logs (all of them, where the cap stops the timeline). */
  logsHref: string;
  retry: () => void;
}

export interface TimelineWindow {
  since: string | null;
  until: string | null;
}

/** Every phone-filterable source's logs of one customer: page 1, then the rest up to the cap. */
export function useTimeline(
  sources: readonly SourceInfo[],
  e164: string,
  window: TimelineWindow,
  resolved: ResolvedQuery,
): SourceTimeline[] {
  const providers = [...new Set(sources.map((s) => s.provider))];
  const adapterQueries = useQueries({
    // The same key as useAdapter: one chunk, one cache entry.
    queries: providers.map((provider) => ({
      queryKey: ['adapter', provider] as const,
      queryFn: () => loadAdapter(provider),
      staleTime: Infinity,
      gcTime: Infinity,
    })),
  });
  const adapterOf = (source: SourceInfo) => adapterQueries[providers.indexOf(source.provider)];

  const queryFor = (source: SourceInfo): ResolvedQuery => ({
    ...resolved,
    sources: [source.id],
    phone: e164,
  });
  const members = sources.flatMap((source) => {
    const adapter = adapterOf(source)?.data;
    return adapter && adapter.capabilities.filters.phone.supported ? [{ source, adapter }] : [];
  });
  const firstPages = useQueries({
    queries: members.map(({ source, adapter }) => logPageQueryOptions(source, adapter, queryFor(source), 1)),
  });
  const rest = members.flatMap(({ source, adapter }, m) => {
    const first = firstPages[m]?.data;
    if (!first) return [];
    const wanted = pagesToRead(first.total, first.pageSize);
    return Array.from({ length: wanted - 1 }, (_, k) => ({
      m,
      source,
      adapter,
      page: k + 2,
      total: first.total,
    }));
  });
  const restPages = useQueries({
    queries: rest.map(({ source, adapter, page, total }) =>
      logPageQueryOptions(source, adapter, queryFor(source), page, total),
    ),
  });

  return sources.map((source): SourceTimeline => {
    const base = {
      source,
      reason: null,
      error: null,
      total: null,
      pagesRead: 0,
      pagesWanted: 1,
      entries: [],
      dropped: 0,
      invalid: 0,
      capped: false,
      logsHref: logsHref(source.id, e164, window),
      retry: () => {},
    };
    const adapterQuery = adapterOf(source);
    if (adapterQuery?.isError)
      return {
        ...base,
        state: 'adapter-error',
        error: adapterQuery.error,
        retry: () => void adapterQuery.refetch(),
      };
    const adapter: ProviderAdapter | undefined = adapterQuery?.data;
    if (!adapter) return { ...base, state: 'adapter-loading' };
    const phone = adapter.capabilities.filters.phone;
    if (!phone.supported) return { ...base, state: 'unsupported', reason: phone.reason };
    const m = members.findIndex((x) => x.source.id === source.id);
    const first = firstPages[m];
    const later = rest.flatMap((r, k) => (r.m === m ? [restPages[k]] : []));
    const all = [first, ...later].filter((q): q is UseQueryResult<ListPage> => q !== undefined);
    const failed = all.filter((q) => q.isError);
    const retry = () => failed.forEach((q) => void q.refetch());
    const pages = all.flatMap((q) => (q.data ? [q.data] : []));
    const kept = keepCustomer(pages, e164);
    const total = first?.data?.total ?? null;
    const pagesWanted = first?.data ? pagesToRead(first.data.total, first.data.pageSize) : 1;
    const pageSize = first?.data?.pageSize ?? 1;
    return {
      ...base,
      ...kept,
      state: failed.length > 0 ? 'error' : pages.length < pagesWanted ? 'loading' : 'ready',
      error: failed[0]?.error ?? null,
      total,
      pagesRead: pages.length,
      pagesWanted,
      capped: total !== null && total > pagesWanted * pageSize,
      retry,
    };
  });
}

/** `/logs?source=…&phone=…` with the timeline's time window. */
function logsHref(sourceId: string, phone: string, window: TimelineWindow): string {
  const query = { ...emptyQuery, sources: [sourceId], phone, since: window.since, until: window.until };
  return `/logs?${serializeQuery(query).toString()}`;
}
