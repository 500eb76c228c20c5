import { lazy, Suspense, useCallback, type ReactNode } from 'react';
import type { TimeRange } from '../features/charts/index.ts';
import { useLocalPreference } from '../state/use-local-preference.ts';
import type { LogsView } from './logs-view.ts';

const ChartsPanel = lazy(() =>
  import('../features/charts/index.ts').then((m) => ({ default: m.ChartsPanel })),
);

const isOpen = (v: string): v is 'open' | 'closed' => v === 'open' || v === 'closed';

/**
 * The "Volume" toggle and, when open, the charts (loaded lazily). Closed by default, so the table's first
 * rows never wait on counts; the choice is remembered in localStorage.
 */
export function ChartsArea({
  view,
  actions,
}: {
  view: LogsView;
  /** Shown at the toggle's right (Export). */ actions?: ReactNode;
}) {
  const [state, setState] = useLocalPreference<'open' | 'closed'>('charts', 'closed', isOpen);
  const open = state === 'open';
  const { update } = view;
  // A zoom is a new history entry: browser Back restores the range before it.
  const onRange = useCallback((range: TimeRange) => update(range), [update]);
  return (
    <div className="flex flex-col gap-2">
      <div className="flex items-center justify-between gap-2">
        <button
          type="button"
          aria-expanded={open}
          aria-controls="volume-charts"
          onClick={() => setState(open ? 'closed' : 'open')}
          className="h-8 rounded border border-slate-300 bg-white px-3 text-sm hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-900 dark:hover:bg-slate-800"
        >
          <span aria-hidden="true">{open ? '▾' : '▸'} </span>Volume
        </button>
        {actions}
      </div>
      {open ? (
        <div id="volume-charts">
          <Suspense fallback={<p className="text-sm text-slate-600 dark:text-slate-400">Loading charts…</p>}>
            <ChartsPanel
              members={view.members}
              query={view.query}
              resolved={view.resolved}
              zone={view.zone}
              onRange={onRange}
            />
          </Suspense>
        </div>
      ) : null}
    </div>
  );
}
