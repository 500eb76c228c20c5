import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import type { TableColumns } from './use-table-columns.ts';

// The panel is needed only once someone opens it: it stays out of the first load.
const ColumnChooserPanel = lazy(() =>
  import('./column-chooser-panel.tsx').then((m) => ({ default: m.ColumnChooserPanel })),
);

export interface ColumnChooserProps {
  columns: TableColumns;
  sourceLabel: string;
}

/** "Columns": a disclosure that shows or hides, reorders and resets this source's columns. Esc closes it. */
export function ColumnChooser({ columns, sourceLabel }: ColumnChooserProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  return (
    <div
      ref={root}
      className="relative"
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return;
        event.stopPropagation();
        setOpen(false);
        button.current?.focus();
      }}
    >
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen((o) => !o)}
        className="h-7 rounded border border-slate-300 px-2 text-xs hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-teal-600 dark:border-slate-600 dark:hover:bg-slate-800"
      >
        Columns{columns.customized ? ' •' : ''}
      </button>
      {open ? (
        <Suspense fallback={null}>
          <ColumnChooserPanel id={panelId} columns={columns} sourceLabel={sourceLabel} />
        </Suspense>
      ) : null}
    </div>
  );
}
