import type { UnappliedFilter } from '../../providers/adapter.ts';

/** Filters the source cannot apply: shown inactive with the reason, never silently dropped. */
export function UnappliedFilters({ items, sourceLabel }: { items: readonly UnappliedFilter[]; sourceLabel: string }) {
  if (items.length === 0) return null;
  return (
    <div role="status" aria-label="Inactive filters" className="flex flex-wrap items-center gap-1.5 text-xs">
      <span className="text-slate-600 dark:text-slate-300">Not applied by {sourceLabel}:</span>
      {items.map((item) => (
        <span
          key={item.filter}
          className="rounded border border-dashed border-amber-500 px-1.5 py-0.5 text-amber-800 line-through decoration-amber-500/60 dark:text-amber-200"
          title={item.reason}
        >
          <span className="no-underline">{item.filter}</span>
          <span className="sr-only">: {item.reason}</span>
        </span>
      ))}
      <span className="text-slate-500">{items[0]?.reason}{items.length > 1 ? ' …' : ''}</span>
    </div>
  );
}
