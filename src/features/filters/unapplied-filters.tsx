import type { UnappliedFilter } from '../../providers/adapter.ts';

/** Filters the source cannot apply: shown inactive with the reason, never silently dropped. */
export function UnappliedFilters({
  items,
  sourceLabel,
}: {
  items: readonly UnappliedFilter[];
  sourceLabel: string;
}) {
  if (items.length === 0) return null;
  return (
    <div role="status" aria-label="Inactive filters" className="flex flex-col gap-0.5 text-xs">
      <span className="text-slate-600 dark:text-slate-300">Not applied by {sourceLabel}:</span>
      <ul className="flex flex-col gap-0.5">
        {items.map((item) => (
          <li key={item.filter} className="flex items-baseline gap-1.5">
            <span className="rounded border border-dashed border-amber-500 px-1.5 py-0.5 text-amber-800 line-through decoration-amber-500/60 dark:text-amber-200">
              {item.filter}
            </span>
            <span className="text-slate-600 dark:text-slate-300">{item.reason}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
