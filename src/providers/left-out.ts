import type { ResolvedQuery } from '../logs/log-query.ts';
import type { ProviderAdapter, UnappliedFilter } from './adapter.ts';

/**
 * Not "cannot apply": time bounds a provider widens to whole days (it still filters by time, its note
 * says how) and sort (a merged view is newest first whatever the URL asks).
 */
const NOT_A_QUESTION = new Set(['since', 'until', 'sort']);

/** A source of a merged view that cannot apply an active filter, and those filters. */
export interface LeftOut<M> {
  member: M;
  filters: UnappliedFilter[];
}

/**
 * DESIGN.md's merged-view rule: a source that cannot apply an active filter is left out of the result,
 * unless the query says `unapplied: 'include'`. `skipping` lists those sources whatever the choice, so the
 * page can name them either way; `included` is who answers (in the given order).
 */
export function splitMembers<M extends { adapter: ProviderAdapter }>(
  members: readonly M[],
  resolved: ResolvedQuery,
): { included: M[]; skipping: LeftOut<M>[] } {
  const skipping: LeftOut<M>[] = [];
  const able: M[] = [];
  for (const member of members) {
    const filters = member.adapter.unapplied(resolved).filter((u) => !NOT_A_QUESTION.has(u.filter));
    if (filters.length > 0) skipping.push({ member, filters });
    else able.push(member);
  }
  return { included: resolved.unapplied === 'include' ? [...members] : able, skipping };
}
