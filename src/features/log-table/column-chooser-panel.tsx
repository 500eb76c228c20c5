import { allColumnIds, columnLabel } from './columns.tsx';
import { moveColumn, toggleColumn } from './column-order.ts';
import type { TableColumns } from './use-table-columns.ts';

export interface ColumnChooserPanelProps {
  id: string;
  columns: TableColumns;
  sourceLabel: string;
}

const iconButton =
  'grid h-6 w-6 place-items-center rounded text-slate-600 hover:bg-slate-200 focus-visible:outline-2 focus-visible:outline-teal-600 disabled:opacity-30 disabled:hover:bg-transparent dark:text-slate-300 dark:hover:bg-slate-700';

/** Every column: a checkbox to show it, ← → to move it, and Reset columns. Loaded when first opened. */
export function ColumnChooserPanel({ id, columns, sourceLabel }: ColumnChooserPanelProps) {
  const { ids, change, reset, customized } = columns;
  const hidden = allColumnIds.filter((c) => !ids.includes(c));
  return (
    <div
      id={id}
      role="group"
      aria-label={`Columns of ${sourceLabel}`}
      className="absolute right-0 z-30 mt-1 w-72 rounded-md border border-slate-300 bg-white p-2 text-sm shadow-lg dark:border-slate-700 dark:bg-slate-900"
    >
      <ul className="flex flex-col">
        {[...ids, ...hidden].map((column) => {
          const shown = ids.includes(column);
          const at = ids.indexOf(column);
          const label = columnLabel(column);
          return (
            <li
              key={column}
              className="flex items-center gap-1 rounded px-1 hover:bg-slate-50 dark:hover:bg-slate-800"
            >
              <label className="flex flex-1 cursor-pointer items-center gap-2 py-1">
                <input
                  type="checkbox"
                  checked={shown}
                  disabled={shown && ids.length === 1}
                  onChange={() => change(toggleColumn(ids, column))}
                  className="accent-teal-700"
                />
                <span className={shown ? '' : 'text-slate-500 dark:text-slate-400'}>{label}</span>
              </label>
              <button
                type="button"
                aria-label={`Move ${label} left`}
                disabled={!shown || at === 0}
                onClick={() => change(moveColumn(ids, column, -1))}
                className={iconButton}
              >
                <span aria-hidden="true">←</span>
              </button>
              <button
                type="button"
                aria-label={`Move ${label} right`}
                disabled={!shown || at === ids.length - 1}
                onClick={() => change(moveColumn(ids, column, 1))}
                className={iconButton}
              >
                <span aria-hidden="true">→</span>
              </button>
            </li>
          );
        })}
      </ul>
      <div className="mt-2 flex items-center justify-between gap-2 border-t border-slate-200 pt-2 dark:border-slate-700">
        <p className="text-xs text-slate-500 dark:text-slate-400">Kept for {sourceLabel} in this browser</p>
        <button
          type="button"
          onClick={reset}
          disabled={!customized}
          className="h-7 shrink-0 rounded border border-slate-300 px-2 text-xs hover:bg-slate-100 disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800"
        >
          Reset columns
        </button>
      </div>
    </div>
  );
}
