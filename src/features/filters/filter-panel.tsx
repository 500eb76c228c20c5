import type { LogQuery, ResolvedQuery } from '../../logs/log-query.ts';
import type { SourceInfo } from '../../logs/source.ts';
import type { ProviderAdapter } from '../../providers/adapter.ts';
import type { QueryUpdate } from '../../state/use-log-query.ts';
import { FilterBar } from './filter-bar.tsx';
import { FilterControl } from './filter-control.tsx';
import { filterSpecs, rangePairs, type FilterSpec } from './filter-model.ts';
import { RangeFilter } from './range-filter.tsx';
import { TimeRangeFilter } from './time-range-filter.tsx';
import { UnavailableFilters } from './unavailable-filters.tsx';
import { unappliedByParam } from './unapplied.ts';

export interface FilterPanelProps {
  source: SourceInfo;
  adapter: ProviderAdapter;
  query: LogQuery;
  /** The query as the adapter receives it: what it does not apply, and the instants of the range. */
  resolved: ResolvedQuery;
  zone: string;
  /** The provider's validation messages by the filter they name (`status`, `since`, `x.min_duration`). */
  errors?: ReadonlyMap<string, string>;
  onChange: (update: QueryUpdate) => void;
}

/**
 * The filters of the selected source, each bound to the URL, in one row of equal-height fields; then the
 * active values as chips with "Copy link" and "Reset". Filters the source does not have are not drawn
 * unless the URL uses them; one ⓘ says which and why.
 */
export function FilterPanel({
  source,
  adapter,
  query,
  resolved,
  zone,
  errors = new Map(),
  onChange,
}: FilterPanelProps) {
  const specs = filterSpecs(source, adapter, query);
  const unapplied = unappliedByParam(adapter, resolved);
  const pairs = rangePairs(specs);
  const paired = new Set([...pairs.values()].map((s) => s.param));
  const shown: FilterSpec[] = [];
  const missing: FilterSpec[] = [];
  for (const spec of specs) {
    if (spec.unsupported !== null && spec.values.length === 0) missing.push(spec);
    else if (!paired.has(spec.param)) shown.push(spec);
  }
  const timeError = errors.get('since') ?? errors.get('until') ?? null;
  const timeReason = adapter.capabilities.filters.since.supported
    ? (unapplied.get('since') ?? unapplied.get('until') ?? null)
    : adapter.capabilities.filters.since.reason;

  return (
    <div className="flex flex-col gap-2">
      <form
        aria-label="Filters"
        className="flex flex-wrap items-end gap-x-3 gap-y-2"
        onSubmit={(event) => event.preventDefault()}
      >
        <TimeRangeFilter
          since={query.since}
          until={query.until}
          sinceMs={resolved.sinceMs}
          untilMs={resolved.untilMs}
          zone={zone}
          note={timeError !== null ? { error: timeError } : timeReason}
          onChange={(range) => onChange(range)}
        />
        {shown.map((spec) => {
          const max = pairs.get(spec.param);
          return max ? (
            <RangeFilter
              key={spec.param}
              min={spec}
              max={max}
              unappliedReason={unapplied.get(spec.param) ?? unapplied.get(max.param) ?? null}
              error={errors.get(spec.param) ?? errors.get(max.param) ?? null}
              onChange={onChange}
            />
          ) : (
            <FilterControl
              key={spec.param}
              source={source}
              adapter={adapter}
              spec={spec}
              unappliedReason={unapplied.get(spec.param) ?? null}
              error={errors.get(spec.param) ?? null}
              onChange={onChange}
            />
          );
        })}
        <UnavailableFilters specs={missing} sourceLabel={source.label} />
      </form>
      <FilterBar
        source={source}
        adapter={adapter}
        query={query}
        specs={specs}
        sinceMs={resolved.sinceMs}
        untilMs={resolved.untilMs}
        zone={zone}
        unapplied={unapplied}
        onChange={onChange}
      />
    </div>
  );
}
