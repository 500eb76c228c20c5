import type { LogQuery } from '../../logs/log-query.ts';
import type { QueryUpdate } from '../../state/use-log-query.ts';
import { barButton, resetUpdate } from './filter-bar.tsx';
import { hasFilters } from './filter-model.ts';

export interface MergedEmptySummaryProps {
  /** The merged sources' labels, in view order. */
  labels: readonly string[];
  query: LogQuery;
  onChange: (update: QueryUpdate) => void;
}

/**
 * An empty merged result: none of the sources has a matching log. The filters are the chips of the panel
 * above (each says which sources apply it); this says so and clears them all in one click.
 */
export function MergedEmptySummary({ labels, query, onChange }: MergedEmptySummaryProps) {
  const active = hasFilters(query);
  const timed = query.since !== null || query.until !== null;
  const sources = labels.join(', ');
  return (
    <section
      aria-label="Why there are no logs"
      className="flex flex-wrap items-center gap-2 rounded border border-slate-300 bg-white px-3 py-2 text-sm dark:border-slate-700 dark:bg-slate-900"
    >
      <p className="font-medium">
        {active
          ? `No logs of any merged source (${sources}) match ${timed ? 'this time range and these filters' : 'these filters'}`
          : `None of the merged sources (${sources}) has logs`}
      </p>
      {active ? (
        <button type="button" className={barButton} onClick={() => onChange(resetUpdate)}>
          Clear all filters
        </button>
      ) : null}
    </section>
  );
}
