import type { UnappliedFilter } from '../../providers/adapter.ts';

/** Filters the source cannot apply, on one line: shown inactive with the reason, never silently dropped. */
export function UnappliedFilters({
  items,
  sourceLabel,
}: {
  items: readonly UnappliedFilter[];
  sourceLabel: string;
}) {
  if (items.length === 0) return null;
  return (
    <div
      role="status"
      aria-label="Inactive filters"
      className="flex flex-wrap items-baseline gap-x-3 gap-y-0.5 text-xs text-slate-600 dark:text-slate-300"
    >
      <span>Not applied by {sourceLabel}:</span>
      {items.map((item) => (
        <span key={item.filter} className="inline-flex items-baseline gap-1">
          <span className="rounded border border-dashed border-amber-500 px-1 text-amber-800 line-through decoration-amber-500/60 dark:text-amber-200">
            {item.filter}
          </span>
          <span>{item.reason}</span>
        </span>
      ))}
    </div>
  );
}
