import { FilterPanel, UnappliedFilters } from '../features/filters/index.ts';
import { ChannelScope } from './channel-scope.tsx';
import type { LogsView } from './logs-view.ts';

/** The source's filters, what it cannot apply, and why a result is empty by construction. */
export function FiltersArea({ view }: { view: LogsView }) {
  const { source, adapter, query, resolved, zone, update } = view;
  return (
    <>
      <FilterPanel source={source} adapter={adapter} query={query} zone={zone} onChange={(u) => update(u)} />
      <UnappliedFilters items={adapter.unapplied(resolved)} sourceLabel={source.label} />
      <ChannelScope source={source} adapter={adapter} query={resolved} />
    </>
  );
}
