import { useId } from 'react';
import type { FilterSpec } from './filter-model.ts';

/** The filters this source does not have, folded into one quiet ⓘ with the reasons on hover or focus. */
export function UnavailableFilters({
  specs,
  sourceLabel,
}: {
  specs: readonly FilterSpec[];
  sourceLabel: string;
}) {
  const id = useId();
  if (specs.length === 0) return null;
  return (
    <div className="group/na relative flex h-8 items-center">
      <button
        type="button"
        aria-describedby={id}
        className="inline-flex h-6 items-center gap-1 rounded px-1.5 text-xs text-slate-500 hover:bg-slate-100 focus:outline-2 focus:outline-teal-600 dark:text-slate-400 dark:hover:bg-slate-800"
      >
        <svg viewBox="0 0 16 16" aria-hidden="true" className="h-3.5 w-3.5 fill-current">
          <path d="M8 1.5a6.5 6.5 0 1 1 0 13 6.5 6.5 0 0 1 0-13zm0 5.25a.75.75 0 0 0-.75.75v3.5a.75.75 0 0 0 1.5 0V7.5A.75.75 0 0 0 8 6.75zM8 4a1 1 0 1 0 0 2 1 1 0 0 0 0-2z" />
        </svg>
        {specs.length} not available
      </button>
      <div
        id={id}
        role="tooltip"
        className="invisible absolute top-9 right-0 z-40 w-80 rounded border border-slate-300 bg-white px-3 py-2 text-xs shadow-lg group-focus-within/na:visible group-hover/na:visible dark:border-slate-600 dark:bg-slate-900"
      >
        <p className="mb-1 font-medium">Not available for {sourceLabel}</p>
        <ul className="flex flex-col gap-0.5">
          {specs.map((spec) => (
            <li key={spec.param}>
              <span className="font-medium">{spec.label.replace(/ ID$/, '')}</span>: {spec.unsupported}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
