import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useNarrow } from '../../state/use-narrow.ts';
import { barButton } from './filter-bar.tsx';

export interface FilterSheetProps {
  /** Active filters (the time range counts as one). */
  count: number;
  children: ReactNode;
}

/**
 * The filters in place on a wide screen; on a phone, behind a "Filters" button (with the active count)
 * that opens them as a full-screen sheet, so the rows get the screen.
 */
export function FilterSheet({ count, children }: FilterSheetProps) {
  const narrow = useNarrow();
  const [open, setOpen] = useState(false);
  const id = useId();
  const done = useRef<HTMLButtonElement>(null);
  const sheet = narrow && open;
  useEffect(() => {
    if (!sheet) return;
    done.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [sheet]);
  if (!narrow) return <>{children}</>;
  return (
    <>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(true)}
        className="h-9 self-start rounded border border-slate-300 bg-white px-3 text-sm font-medium hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-900 dark:hover:bg-slate-800"
      >
        Filters{count > 0 ? ` · ${count} active` : ''}
      </button>
      <div
        id={id}
        {...(sheet ? { role: 'dialog', 'aria-modal': true, 'aria-label': 'Filters' } : {})}
        className={sheet ? 'fixed inset-0 z-40 overflow-auto bg-slate-50 p-3 dark:bg-slate-950' : 'hidden'}
      >
        <div className="mb-3 flex items-center justify-between">
          <h2 className="text-base font-semibold">Filters{count > 0 ? ` · ${count} active` : ''}</h2>
          <button
            ref={done}
            type="button"
            className={`${barButton} h-8 px-3 text-sm`}
            onClick={() => setOpen(false)}
          >
            Show logs
          </button>
        </div>
        {children}
      </div>
    </>
  );
}

/** How many filters the query holds, for the sheet's button (the time range counts as one). */
export function activeFilterCount(query: {
  channels: readonly unknown[];
  statuses: readonly unknown[];
  dispositions: readonly unknown[];
  campaigns: readonly unknown[];
  agents: readonly unknown[];
  phone: string | null;
  from: string | null;
  q: string | null;
  since: string | null;
  until: string | null;
  extra: Record<string, readonly unknown[]>;
}): number {
  const lists = [query.channels, query.statuses, query.dispositions, query.campaigns, query.agents];
  return (
    lists.filter((l) => l.length > 0).length +
    [query.phone, query.from, query.q].filter((v) => v !== null).length +
    (query.since !== null || query.until !== null ? 1 : 0) +
    Object.keys(query.extra).length
  );
}
