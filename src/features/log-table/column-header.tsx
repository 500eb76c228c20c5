import { useId, useState, type DragEvent, type ReactNode } from 'react';
import type { HeaderSort } from './sorting.ts';

const DRAG_TYPE = 'application/x-switchboard-column';

export interface ColumnHeaderProps {
  id: string;
  label: string;
  width: number;
  sort: HeaderSort;
  /** What a click on a sortable header does ("Sort by Started, oldest first"). */
  sortHint: string;
  onSort: () => void;
  /** `dragged` was dropped on this header. */
  onDrop: (dragged: string) => void;
  /** The column's resize handle, drawn at the header's right edge (kept out of its name). */
  children?: ReactNode;
}

function SortIcon({ direction }: { direction: 'ascending' | 'descending' | null }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 10 12"
      className={`h-3 w-2.5 shrink-0 ${direction ? 'text-teal-700 dark:text-teal-300' : 'text-slate-400 opacity-0 group-hover:opacity-100 group-focus-visible:opacity-100'}`}
    >
      {direction !== 'descending' ? <path d="M5 1 9 5H1z" fill="currentColor" /> : null}
      {direction !== 'ascending' ? <path d="M5 11 1 7h8z" fill="currentColor" /> : null}
    </svg>
  );
}

/**
 * One header: sorts on click where the provider can (else says why in its description), drags to reorder.
 * Its name is the column's name alone (labelled by its text): icons are hidden, and the resize handle inside it
 * (a row may only hold cells, so the handle cannot sit beside it) is not part of the name.
 */
export function ColumnHeader(props: ColumnHeaderProps) {
  const { id, label, width, sort, sortHint, onSort, onDrop, children } = props;
  const [dropTarget, setDropTarget] = useState(false);
  const labelId = useId();
  const dragOver = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes(DRAG_TYPE)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    setDropTarget(true);
  };
  return (
    <th
      role="columnheader"
      aria-labelledby={labelId}
      aria-sort={sort.direction ?? undefined}
      title={sort.sortable ? undefined : `Not sortable: ${sort.reason}`}
      draggable
      data-column-id={id}
      className={`relative flex h-full shrink-0 items-center px-2 text-left text-xs font-semibold tracking-wide text-slate-600 uppercase select-none dark:text-slate-300 ${dropTarget ? 'bg-teal-100 dark:bg-teal-900' : ''}`}
      style={{ width }}
      onDragStart={(event) => {
        event.dataTransfer.setData(DRAG_TYPE, id);
        event.dataTransfer.effectAllowed = 'move';
      }}
      onDragEnter={dragOver}
      onDragOver={dragOver}
      onDragLeave={() => setDropTarget(false)}
      onDrop={(event) => {
        setDropTarget(false);
        const dragged = event.dataTransfer.getData(DRAG_TYPE);
        if (!dragged) return;
        event.preventDefault();
        onDrop(dragged);
      }}
    >
      {sort.sortable ? (
        <button
          type="button"
          onClick={onSort}
          title={sortHint}
          className="group -mx-1 flex min-w-0 cursor-pointer items-center gap-1 rounded px-1 py-0.5 uppercase hover:bg-slate-200 focus-visible:outline-2 focus-visible:outline-teal-600 dark:hover:bg-slate-700"
        >
          <span id={labelId} className="truncate">
            {label}
          </span>
          <SortIcon direction={sort.direction} />
        </button>
      ) : (
        <span className="flex min-w-0 cursor-grab items-center gap-1">
          <span id={labelId} className="truncate">
            {label}
          </span>
          {sort.direction ? <SortIcon direction={sort.direction} /> : null}
        </span>
      )}
      {children}
    </th>
  );
}
