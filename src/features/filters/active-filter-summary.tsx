import type { LogQuery, ResolvedQuery } from '../../logs/log-query.ts';
import type { SourceInfo } from '../../logs/source.ts';
import type { ProviderAdapter } from '../../providers/adapter.ts';
import type { QueryUpdate } from '../../state/use-log-query.ts';
import { FilterChips } from './filter-chips.tsx';
import { barButton, resetUpdate } from './filter-bar.tsx';
import { filterSpecs, hasFilters } from './filter-model.ts';
import { unappliedByParam } from './unapplied.ts';

export interface ActiveFilterSummaryProps {
  source: SourceInfo;
  adapter: ProviderAdapter;
  query: LogQuery;
  resolved: ResolvedQuery;
  zone: string;
  onChange: (update: QueryUpdate) => void;
}

/** Shown for an empty result: which filters made it empty, each removable, and one click to clear them all. */
export function ActiveFilterSummary({
  source,
  adapter,
  query,
  resolved,
  zone,
  onChange,
}: ActiveFilterSummaryProps) {
  const active = hasFilters(query);
  const timed = query.since !== null || query.until !== null;
  return (
    <section
      aria-label="Why there are no logs"
      className="flex flex-col gap-2 rounded border border-slate-300 bg-white px-3 py-2 text-sm dark:border-slate-700 dark:bg-slate-900"
    >
      <p className="font-medium">
        {active
          ? `No logs of ${source.label} match ${timed ? 'this time range and these filters' : 'these filters'}`
          : `${source.label} has no logs`}
      </p>
      {active ? (
        <div className="flex flex-wrap items-center gap-2">
          <FilterChips
            source={source}
            adapter={adapter}
            query={query}
            specs={filterSpecs(source, adapter, query)}
            sinceMs={resolved.sinceMs}
            untilMs={resolved.untilMs}
            zone={zone}
            unapplied={unappliedByParam(adapter, resolved)}
            onChange={onChange}
            listLabel="Filters of this empty result"
          />
          <button type="button" className={barButton} onClick={() => onChange(resetUpdate)}>
            Clear all filters
          </button>
        </div>
      ) : null}
    </section>
  );
}
