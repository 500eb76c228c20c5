import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { ApiError } from '../api/http.ts';
import { logPageQueryOptions } from '../api/logs.ts';
import { UnappliedFilters } from '../features/filters/index.ts';
import { ChannelScope } from './channel-scope.tsx';
import type { LogsView } from './logs-view.ts';

// Requested at start-up, so it arrives alongside the adapter chunk the page waits for anyway.
const panelChunk = import('../features/filters/panel-chunk.ts');
const FilterPanel = lazy(() => panelChunk.then((m) => ({ default: m.FilterPanel })));
const ActiveFilterSummary = lazy(() => panelChunk.then((m) => ({ default: m.ActiveFilterSummary })));

/** Holds the panel's height while its chunk loads, so the table does not jump. */
function PanelPlaceholder() {
  return <div aria-hidden="true" className="h-[4.75rem]" />;
}

/** The source's filters, what it cannot apply, and — for an empty result — which filters made it so. */
export function FiltersArea({ view }: { view: LogsView }) {
  const { source, adapter, query, resolved, zone, update } = view;
  // The table's own page-1 query (same key): read from the cache, no extra request.
  const firstPage = useQuery(logPageQueryOptions(source, adapter, resolved, 1));
  const empty = firstPage.isSuccess && firstPage.data.total === 0;
  // The provider's validation messages, shown at the filters they name.
  const failure = firstPage.error;
  const errors = new Map(
    (failure instanceof ApiError ? (failure.info?.fields ?? []) : []).map((f) => [f.filter, f.message]),
  );
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
      <Suspense fallback={<PanelPlaceholder />}>
        <FilterPanel key={source.id} {...props} errors={errors} />
      </Suspense>
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
