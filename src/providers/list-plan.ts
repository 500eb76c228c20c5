import type { ResolvedQuery } from '../logs/log-query.ts';
import type { SourceInfo } from '../logs/source.ts';
import type { ProviderAdapter, ProviderRequest } from './adapter.ts';
import { channelsOutOfScope } from './channel-scope.ts';

/** The same-origin proxy URL of a provider request for one source. */
export function sourceUrl(sourceId: string, request: ProviderRequest): string {
  const search = new URLSearchParams(request.params).toString();
  return `/api/sources/${encodeURIComponent(sourceId)}${request.path}${search ? `?${search}` : ''}`;
}

/**
 * What a page of a list costs: one request, nothing (the source never logs the channels asked for), or a
 * page the provider cannot serve. The browser's table and the server's first-screen preloads both plan
 * through here, so the server preloads byte for byte the request the browser then sends.
 */
export type ListPlan =
  | { kind: 'request'; request: ProviderRequest }
  | { kind: 'empty' }
  | { kind: 'out-of-reach'; message: string };

export function listPlan(
  source: SourceInfo,
  adapter: ProviderAdapter,
  query: ResolvedQuery,
  page: number,
  knownTotal: number | null,
): ListPlan {
  if (channelsOutOfScope(query, adapter.capabilities) !== null) return { kind: 'empty' };
  const plan = adapter.listRequest(query, page, source, knownTotal);
  if ('outOfReach' in plan) return { kind: 'out-of-reach', message: plan.outOfReach };
  return { kind: 'request', request: plan };
}
