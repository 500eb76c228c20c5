import { useQueries, useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { ApiError } from '../api/http.ts';
import { logPageQueryOptions } from '../api/logs.ts';
import {
  activeFilterCount,
  FilterSheet,
  LeftOutSources,
  UnappliedFilters,
} from '../features/filters/index.ts';
import { ChannelScope } from './channel-scope.tsx';
import type { LogsView } from './logs-view.ts';

// Requested at start-up, so it arrives alongside the adapter chunk the page waits for anyway.
const panelChunk = import('../features/filters/panel-chunk.ts');
const FilterPanel = lazy(() => panelChunk.then((m) => ({ default: m.FilterPanel })));
const MergedFilterPanel = lazy(() => panelChunk.then((m) => ({ default: m.MergedFilterPanel })));
const ActiveFilterSummary = lazy(() => panelChunk.then((m) => ({ default: m.ActiveFilterSummary })));
const MergedEmptySummary = lazy(() => panelChunk.then((m) => ({ default: m.MergedEmptySummary })));

/** Holds the panel's height while its chunk loads, so the table does not jump. */
function PanelPlaceholder() {
  return <div aria-hidden="true" className="h-[4.75rem]" />;
}

/** The provider's validation messages of a failed first page, by the filter they name. */
function fieldErrors(failure: Error | null | undefined): [string, string][] {
  return (failure instanceof ApiError ? (failure.info?.fields ?? []) : []).map((f) => [f.filter, f.message]);
}

/** The source's filters, what it cannot apply, and — for an empty result — which filters made it so. */
export function FiltersArea({ view }: { view: LogsView }) {
  return view.merged ? <MergedFiltersArea view={view} /> : <SingleFiltersArea view={view} />;
}

function SingleFiltersArea({ view }: { view: LogsView }) {
  const { source, adapter, query, resolved, zone, update } = view;
  // The table's own page-1 query (same key): read from the cache, no extra request.
  const firstPage = useQuery(logPageQueryOptions(source, adapter, resolved, 1));
  const empty = firstPage.isSuccess && firstPage.data.total === 0;
  // The provider's validation messages, shown at the filters they name.
  const errors = new Map(fieldErrors(firstPage.error));
  const props = {
    source,
    adapter,
    query,
    resolved,
    zone,
    onChange: (change: Parameters<typeof update>[0]) => update(change),
  };
  return (
    <>
      <FilterSheet count={activeFilterCount(query)}>
        <Suspense fallback={<PanelPlaceholder />}>
          <FilterPanel key={source.id} {...props} errors={errors} />
        </Suspense>
      </FilterSheet>
      <UnappliedFilters items={adapter.unapplied(resolved)} sourceLabel={source.label} />
      <ChannelScope source={source} adapter={adapter} query={resolved} />
      {empty ? (
        <Suspense fallback={null}>
          <ActiveFilterSummary {...props} />
        </Suspense>
      ) : null}
    </>
  );
}

/**
 * A merged view: one panel over every selected source, the sources left out by filters they cannot apply
 * (DESIGN.md's merged-view rule), then what each answering member does not apply.
 */
function MergedFiltersArea({ view }: { view: LogsView }) {
  const { members, candidates, skipping, query, resolved, zone, update } = view;
  // Each answering member's page-1 query of the table (same keys): validation messages, named by source.
  const firstPages = useQueries({
    queries: members.map((m) => logPageQueryOptions(m.source, m.adapter, resolved, 1)),
  });
  // Empty only when every member answered with nothing (a failed member is not an empty one).
  const empty = members.length > 0 && firstPages.every((page) => page.isSuccess && page.data.total === 0);
  const errors = new Map(
    firstPages.flatMap((page, i) =>
      fieldErrors(page.error).map(([f, message]): [string, string] => [
        f,
        `${members[i]!.source.label}: ${message}`,
      ]),
    ),
  );
  return (
    <>
      <FilterSheet count={activeFilterCount(query)}>
        <Suspense fallback={<PanelPlaceholder />}>
          <MergedFilterPanel
            key={candidates.map((m) => m.source.id).join(',')}
            members={candidates}
            answering={members}
            query={query}
            resolved={resolved}
            zone={zone}
            errors={errors}
            onChange={(change) => update(change)}
          />
        </Suspense>
      </FilterSheet>
      <LeftOutSources
        skipping={skipping}
        included={query.unapplied === 'include'}
        none={members.length === 0}
        onChange={(change) => update(change)}
      />
      {members.map((m) => (
        <UnappliedFilters
          key={m.source.id}
          items={m.adapter.unapplied(resolved)}
          sourceLabel={m.source.label}
        />
      ))}
      {members.map((m) => (
        <ChannelScope key={m.source.id} source={m.source} adapter={m.adapter} query={resolved} />
      ))}
      {empty ? (
        <Suspense fallback={null}>
          <MergedEmptySummary
            labels={members.map((m) => m.source.label)}
            query={query}
            onChange={(change) => update(change)}
          />
        </Suspense>
      ) : null}
    </>
  );
}
