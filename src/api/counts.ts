import { queryOptions } from '@tanstack/react-query';
import type { ResolvedQuery } from '../logs/log-query.ts';
import type { SourceInfo } from '../logs/source.ts';
import type { ProviderAdapter } from '../providers/adapter.ts';
import { channelsOutOfScope } from '../providers/channel-scope.ts';
import { exactWindow } from './exact-window.ts';
import { getProviderJson } from './http.ts';
import { pinnedQuery } from '../logs/pinned-query.ts';

/** At most this many count requests in flight, over all sources: charts ask for hundreds at once. */
export const COUNT_CONCURRENCY = 4;

/** Query keys of counts: only through this factory. */
export const countKeys = {
  all: ['count'] as const,
  count: (sourceId: string, query: ResolvedQuery) => ['count', sourceId, query] as const,
};

interface Waiter {
  start: () => void;
  signal: AbortSignal;
}

let running = 0;
const waiting: Waiter[] = [];

function next(): void {
  while (running < COUNT_CONCURRENCY && waiting.length > 0) {
    const waiter = waiting.shift();
    if (waiter && !waiter.signal.aborted) {
      running++;
      waiter.start();
    }
  }
}

/**
 * Runs `task` once fewer than `COUNT_CONCURRENCY` tasks run; first come, first served. A task whose
 * signal aborts while it waits never starts (a zoom cancels the previous range's counts).
 */
export function inCountQueue<T>(signal: AbortSignal, task: () => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const waiter: Waiter = {
      signal,
      start: () => {
        task()
          .then(resolve, reject)
          .finally(() => {
            running--;
            next();
          });
      },
    };
    signal.addEventListener(
      'abort',
      () => {
        const at = waiting.indexOf(waiter);
        if (at >= 0) {
          waiting.splice(at, 1);
          reject(signal.reason);
        }
      },
      { once: true },
    );
    waiting.push(waiter);
    next();
  });
}

/** The number of logs `query` selects in one source, asked now (no queue, no cache: live checks). */
export async function countLogs(
  source: SourceInfo,
  adapter: ProviderAdapter,
  asked: ResolvedQuery,
  signal: AbortSignal,
): Promise<number> {
  if (channelsOutOfScope(asked, adapter.capabilities) !== null) return 0;
  const query = pinnedQuery(asked);
  // A provider that is not exact in time: its total is the exact window's (a few requests, shared).
  const range = adapter.exactRange?.(query) ?? null;
  if (range !== null) return (await exactWindow(source, adapter, query, range, signal)).total;
  // A provider without a count endpoint: the total of page 1, which the table may have cached anyway.
  const plan = adapter.countRequest?.(query, source) ?? adapter.listRequest(query, 1, source, null);
  if ('outOfReach' in plan) throw new Error(plan.outOfReach);
  // Counts feed charts and live checks: background work, behind the page in view (server budget).
  const body = await getProviderJson(source.id, adapter, plan, signal, 'background');
  return adapter.parseCount ? adapter.parseCount(body) : adapter.parseList(body, source).total;
}

/** The number of logs `query` selects in one source, asked through the bounded queue. */
export const countQueryOptions = (source: SourceInfo, adapter: ProviderAdapter, query: ResolvedQuery) =>
  queryOptions({
    queryKey: countKeys.count(source.id, query),
    queryFn: ({ signal }) => inCountQueue(signal, () => countLogs(source, adapter, query, signal)),
    // Past bucket counts hardly change; a zoom back out reuses them.
    staleTime: 5 * 60_000,
  });
