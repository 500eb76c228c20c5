import type { ResolvedQuery } from '../../logs/log-query.ts';
import type { ProviderAdapter } from '../../providers/adapter.ts';

/** URL parameter (`status`, `x.list_id`, `since`) → why the source does not apply what the query holds for it. */
export function unappliedByParam(adapter: ProviderAdapter, resolved: ResolvedQuery): Map<string, string> {
  return new Map(adapter.unapplied(resolved).map((u) => [u.filter, u.reason]));
}
