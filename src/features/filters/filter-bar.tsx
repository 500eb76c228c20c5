import type { LogQuery } from '../../logs/log-query.ts';
import type { QueryUpdate } from '../../state/use-log-query.ts';
import { CopyLinkButton } from './copy-link-button.tsx';
import { FilterChips, type FilterChipsProps } from './filter-chips.tsx';
import { hasFilters, resetFilters } from './filter-model.ts';

export const barButton =
  'h-6 shrink-0 rounded border border-slate-300 px-2 text-xs text-slate-700 hover:bg-slate-100 focus:outline-2 focus:outline-teal-600 disabled:cursor-not-allowed disabled:opacity-40 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800';

/** Clears every filter and the time range; the source, sort and columns stay. */
export const resetUpdate: QueryUpdate = (q: LogQuery) => resetFilters(q);

/** The active filters as chips, with "Copy link" and "Reset" always one click away. */
export function FilterBar(props: FilterChipsProps) {
  const active = hasFilters(props.query);
  return (
    <div className="flex min-h-6 items-start gap-3">
      {active ? (
        <FilterChips {...props} />
      ) : (
        <p className="self-center text-xs text-slate-500 dark:text-slate-400">
          No filters: every log of {props.source.label}
        </p>
      )}
      <div className="ml-auto flex shrink-0 items-center gap-1.5">
        <CopyLinkButton className={barButton} />
        <button
          type="button"
          className={barButton}
          disabled={!active}
          onClick={() => props.onChange(resetUpdate)}
        >
          Reset
        </button>
      </div>
    </div>
  );
}
