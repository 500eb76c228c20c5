import { memo } from 'react';
import { logKey, type LogEntry } from '../../logs/log-entry.ts';
import type { LogTableInstance, LogTableRow } from './columns.tsx';
import type { RowItem } from './use-log-rows.ts';

/** A card's reading order: when and what happened first, then who (what does not fit two lines is cut). */
const CARD_ORDER: Record<string, number> = {
  time: 0,
  outcome: 1,
  status: 2,
  source: 3,
  channel: 4,
  customer: 5,
  phone: 6,
  campaign: 7,
  disposition: 8,
  duration: 9,
};

export const isEntry = (item: RowItem | null): item is LogEntry => item !== null && !('kind' in item);

export interface TableRowProps {
  table: LogTableInstance;
  index: number;
  /** Offset from the top of the body, in px. */
  top: number;
  height: number;
  /** The log, an unreadable record, or null while its page loads. */
  item: RowItem | null;
  row: LogTableRow | undefined;
  width: number;
  widthOf: (id: string) => number;
  /** A two-line card (phone): the cells wrap instead of sitting in columns. */
  card?: boolean;
  selected: boolean;
  open: boolean;
  sourceLabel: string;
  /** Column ids and widths: a row re-renders when they change, not on every scroll frame. */
  layoutKey: string;
  onClick: () => void;
}

/**
 * Whether a row would render the same: its log (the cached object), place, state and layout. The `row`
 * model, `widthOf` and `onClick` are rebuilt by every table render but derive from exactly these.
 */
function sameRow(a: TableRowProps, b: TableRowProps): boolean {
  return (
    a.item === b.item &&
    a.index === b.index &&
    a.top === b.top &&
    a.height === b.height &&
    a.selected === b.selected &&
    a.open === b.open &&
    a.width === b.width &&
    a.card === b.card &&
    a.layoutKey === b.layoutKey &&
    a.sourceLabel === b.sourceLabel &&
    (a.row === undefined) === (b.row === undefined)
  );
}

/** One virtual row, re-rendered only when what it shows changes (scrolling renders the rows entering view). */
export const TableRow = memo(function TableRow(props: TableRowProps) {
  const { table, index, top, height, item, row, width, widthOf, card, selected, open, sourceLabel, onClick } =
    props;
  const style = { transform: `translateY(${top}px)`, height };
  const rowClass = `absolute left-0 flex w-full items-center border-b border-slate-100 dark:border-slate-800 ${selected ? 'outline-2 -outline-offset-2 outline-teal-600 dark:outline-teal-400' : ''}`;
  if (item === null) {
    return (
      <tr role="row" aria-rowindex={index + 2} aria-busy="true" className={rowClass} style={style}>
        <td role="cell" className="px-2 text-slate-400" style={{ width: card ? '100%' : width }}>
          <span className="inline-block h-3 w-2/3 animate-pulse rounded bg-slate-200 dark:bg-slate-700" />
          <span className="sr-only">Loading row {index + 1}</span>
        </td>
      </tr>
    );
  }
  if (!isEntry(item)) {
    return (
      <tr
        role="row"
        aria-rowindex={index + 2}
        aria-selected={selected}
        className={`${rowClass} bg-red-50 dark:bg-red-950`}
        style={style}
      >
        <td
          role="cell"
          className="truncate px-2 text-red-800 dark:text-red-200"
          style={{ width: card ? '100%' : width }}
        >
          Unreadable record from {sourceLabel}: {item.reason}
        </td>
      </tr>
    );
  }
  const tone = open
    ? 'bg-teal-100 dark:bg-teal-900'
    : selected
      ? 'bg-teal-50 dark:bg-teal-950'
      : 'hover:bg-slate-50 dark:hover:bg-slate-800';
  return (
    <tr
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      data-log-key={logKey(item)}
      className={`${rowClass} cursor-pointer ${tone} ${card ? 'flex-wrap content-start gap-x-3 overflow-hidden bg-white px-3 py-1.5 leading-5 dark:bg-slate-900' : ''}`}
      style={style}
      onClick={onClick}
    >
      {row?.getAllCells().map((cell, i) => (
        <td
          role="cell"
          key={cell.id}
          className={
            card ? `max-w-full min-w-0 truncate ${i === 0 ? 'font-medium' : ''}` : 'shrink-0 truncate px-2'
          }
          style={card ? { order: CARD_ORDER[cell.column.id] ?? 20 } : { width: widthOf(cell.column.id) }}
        >
          <table.FlexRender cell={cell} />
        </td>
      ))}
    </tr>
  );
}, sameRow);
