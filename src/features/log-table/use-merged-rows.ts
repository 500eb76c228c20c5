import { useQueries } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { logPageQueryOptions } from '../../api/logs.ts';
import { mergePrefix, type MergeSource } from '../../logs/merge.ts';
import type { ResolvedQuery } from '../../logs/log-query.ts';
import type { SourceInfo } from '../../logs/source.ts';
import type { ListPage, ProviderAdapter } from '../../providers/adapter.ts';
import type { LogRows, RowItem } from './use-log-rows.ts';

/** A source of the merged view with its loaded adapter. */
export interface RowsMember {
  source: SourceInfo;
  adapter: ProviderAdapter;
}

/** Rows past the viewport the merged prefix should already cover, so scrolling rarely meets a gap. */
const LOOKAHEAD = 40;

const timeOf = (item: RowItem) => ('kind' in item ? null : item.startedAt);

/**
 * The pages of each member the merged view has loaded, in order from page 1 (a member's next page is only
 * asked once the merge needs it). Pure over the cache results; used by the table and, through the same
 * cache, by the drawer's neighbours.
 */
export function memberPrefix(pages: readonly (ListPage | undefined)[]): MergeSource<RowItem> & {
  loaded: number;
  total: number | null;
} {
  const entries: RowItem[] = [];
  let loaded = 0;
  let hasMore = true;
  for (const page of pages) {
    if (!page) break;
    entries.push(...page.entries);
    loaded += 1;
    hasMore = page.hasNext;
  }
  return { entries, hasMore, loaded, total: pages[0]?.total ?? null };
}

/**
 * `LogRows` of a merged view: each member's newest-first stream read page by page through the same
 * react-query pages as the single-source table (`logPageQueryOptions`), k-way merged by start time
 * (`mergePrefix`). Rows show as far as the merge is safe; a member's next page is fetched only when the
 * merge needs it and the viewport is near the end of the merged prefix (one page per member in flight).
 * A member whose first page fails leaves the merge (its error is shown); a deeper page that fails holds
 * the merge at that point until a retry succeeds.
 */
export function useMergedRows(
  members: readonly RowsMember[],
  query: ResolvedQuery,
  range: { start: number; end: number },
  enabled = true,
): LogRows {
  const scope = `${members.map((m) => m.source.id).join(',')}|${JSON.stringify(query)}`;
  // How many pages of each member are asked for; a new query or member list starts again at page 1.
  const [asked, setAsked] = useState<{ scope: string; pages: number[] }>({ scope, pages: [] });
  const pagesAsked = asked.scope === scope ? asked.pages : [];
  const countOf = (m: number) => Math.max(1, pagesAsked[m] ?? 1);

  const queries = members.map((member, m) => ({ member, m }));
  // Page 1 of every member first; deeper pages keyed with the known total, as the single table keys them.
  const page1 = useQueries({
    queries: queries.map(({ member }) => ({
      ...logPageQueryOptions(member.source, member.adapter, query, 1),
      enabled,
    })),
  });
  // While a new query's first pages load, the last result's first pages stay on screen, marked stale
  // (useQueries hands no previous data to `placeholderData`, so the hook keeps it).
  const membersKey = members.map((m) => m.source.id).join(',');
  const [held, setHeld] = useState<{
    scope: string;
    membersKey: string;
    pages: (ListPage | undefined)[];
  } | null>(null);
  const firstPending = page1.some((r) => r.data === undefined && r.isPending);
  if (enabled && !firstPending && (held?.scope !== scope || held.pages.some((p, i) => p !== page1[i]?.data)))
    setHeld({ scope, membersKey, pages: page1.map((r) => r.data) });
  const stale =
    enabled && firstPending && held !== null && held.scope !== scope && held.membersKey === membersKey;
  const deeper = (enabled && !stale ? queries : []).flatMap(({ member, m }) => {
    const total = page1[m]?.data?.total;
    if (total === undefined) return [];
    const out: { m: number; page: number; options: ReturnType<typeof logPageQueryOptions> }[] = [];
    for (let page = 2; page <= countOf(m); page++)
      out.push({ m, page, options: logPageQueryOptions(member.source, member.adapter, query, page, total) });
    return out;
  });
  const deepResults = useQueries({ queries: deeper.map((d) => d.options) });

  const versions: string[] = [];
  const perMember = queries.map(({ m }) => {
    const first = page1[m];
    versions.push(`${m}:${first?.dataUpdatedAt ?? 0}${stale ? 'h' : ''}`);
    const pages: (ListPage | undefined)[] = [stale ? held?.pages[m] : first?.data];
    let fetching = first?.isFetching ?? false;
    let error: Error | null = first?.error && !first.data ? first.error : null;
    for (let i = 0; i < deeper.length; i++) {
      const d = deeper[i]!;
      if (d.m !== m) continue;
      const result = deepResults[i];
      pages[d.page - 1] = result?.data;
      if (result?.isFetching) fetching = true;
      if (result?.error && !result.data) error ??= result.error;
      versions.push(`${m}.${d.page}@${result?.dataUpdatedAt ?? 0}`);
    }
    return { first, pages, fetching, error, firstFailed: !!first?.error && !first.data && !first.isFetching };
  });
  const version = versions.join(',');

  const merged = useMemo(
    () => {
      const inputs = perMember.map((p) => {
        const prefix = memberPrefix(p.pages);
        // A member whose first page failed for good leaves the merge rather than holding it back.
        return p.firstFailed ? { entries: [], hasMore: false, loaded: 0, total: 0 } : prefix;
      });
      return { inputs, result: mergePrefix(inputs, timeOf) };
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the pages' versions decide
    [version, scope],
  );

  const totals = merged.inputs.map((p) => p.total);
  const allTotals = totals.every((t) => t !== null);
  const sum = totals.reduce<number>((n, t) => n + (t ?? 0), 0);
  const shown = merged.result.rows.length;
  const done = merged.result.needs.length === 0;
  const total = done ? shown : sum;

  // Ask for the next page of the members the merge waits on, when the viewport nears the prefix's end —
  // only once the pages asked so far have all arrived (one page per member in flight). Set during render
  // (like a derived state), so no effect cascades.
  if (enabled && !stale && range.end + LOOKAHEAD >= shown && !done) {
    const pages = members.map((_, m) => countOf(m));
    let changed = asked.scope !== scope;
    for (const m of merged.result.needs) {
      const input = merged.inputs[m];
      if (input && input.loaded === pages[m] && input.hasMore) {
        pages[m] = input.loaded + 1;
        changed = true;
      }
    }
    if (changed) setAsked({ scope, pages });
  }

  const rowAt = (index: number): RowItem | null => merged.result.rows[index]?.item ?? null;
  let invalidCount = 0;
  for (const input of merged.inputs)
    for (const e of input.entries) if ('kind' in e && e.kind === 'invalid') invalidCount += 1;

  // What the summary line reports: the first member still on its first page, else the first one that
  // answered (so one failed member does not read as "No logs").
  const lead =
    perMember.find((p) => p.first?.isLoading)?.first ??
    perMember.find((p) => p.first?.data)?.first ??
    perMember[0]?.first;
  const memberErrors = perMember.flatMap((p, m) =>
    p.error && !p.fetching ? [{ sourceLabel: members[m]!.source.label, error: p.error }] : [],
  );
  const behind = range.end - shown;
  return {
    total: allTotals ? total : Math.max(sum, shown),
    pageSize: Math.max(...members.map((m) => m.adapter.capabilities.pageSizes[0] ?? 10), 10),
    rowAt,
    invalidCount,
    firstPage: lead!,
    pageErrors: [],
    stale,
    failedOver: false,
    loadingPages: perMember.filter((p) => p.fetching).length,
    version: `${version}|${shown}`,
    memberErrors,
    memberTotals: members.map((member, m) => ({
      sourceLabel: member.source.label,
      total: perMember[m]?.firstFailed ? null : (page1[m]?.data?.total ?? null),
    })),
    mergeProgress: behind > LOOKAHEAD && !done ? { shown, wanted: range.end + 1 } : null,
  };
}
