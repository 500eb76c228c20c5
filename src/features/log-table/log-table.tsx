import { useTable } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState } from 'react';
import { logKey, type LogEntry } from '../../logs/log-entry.ts';
import type { ResolvedQuery } from '../../logs/log-query.ts';
import type { SourceInfo } from '../../logs/source.ts';
import type { ProviderAdapter } from '../../providers/adapter.ts';
import { CellFormatContext } from './cell-context.ts';
import { columnWidths, logTableFeatures, visibleColumns } from './columns.tsx';
import { useLogRows, type RowItem } from './use-log-rows.ts';
import { ResultSummary } from './result-summary.tsx';
import { useRowKeyboard } from './use-row-keyboard.ts';

const ROW_HEIGHT = 36;

export interface LogTableProps {
  source: SourceInfo;
  adapter: ProviderAdapter;
  query: ResolvedQuery;
  columns: readonly string[] | null;
  zone: string;
  /** The open log (`logKey`), highlighted. */
  openKey: string | null;
  /** Keyboard navigation is off while the drawer owns the keys. */
  keyboardEnabled: boolean;
  onOpen: (entry: LogEntry) => void;
}

const isEntry = (item: RowItem | null): item is LogEntry => item !== null && !('kind' in item);

/** The virtualized, random-access table: row count from the provider's total, pages fetched as they scroll into view. */
export function LogTable({
  source,
  adapter,
  query,
  columns,
  zone,
  openKey,
  keyboardEnabled,
  onOpen,
}: LogTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [range, setRange] = useState({ start: 0, end: 30 });
  const rows = useLogRows(source, adapter, query, range);
  const virtualizer = useVirtualizer({
    count: rows.total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

  // Settle on a range before fetching, so flinging past 4,000 pages fetches none of them.
  useEffect(() => {
    const timer = setTimeout(
      () => setRange((r) => (r.start === first && r.end === last ? r : { start: first, end: last })),
      90,
    );
    return () => clearTimeout(timer);
  }, [first, last]);

  // A new query starts at the top.
  const queryKey = JSON.stringify(query);
  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [queryKey]);

  const columnDefs = useMemo(() => visibleColumns(columns), [columns]);
  const windowEntries = useMemo(
    () => items.map((item) => rows.rowAt(item.index)).filter(isEntry),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- rowAt changes identity every render; the items and pages decide
    [items, rows.version],
  );
  const table = useTable({
    features: logTableFeatures,
    columns: columnDefs,
    data: windowEntries,
    getRowId: (entry) => logKey(entry),
  });
  const rowById = new Map(table.getRowModel().rows.map((row) => [row.id, row]));
  const width = columnDefs.reduce((sum, c) => sum + (columnWidths[c.id ?? ''] ?? 140), 0);

  const selection = useRowKeyboard({
    enabled: keyboardEnabled,
    total: rows.total,
    onMove: (index) => virtualizer.scrollToIndex(index, { align: 'auto' }),
    onOpen: (index) => {
      const item = rows.rowAt(index);
      if (isEntry(item)) onOpen(item);
    },
  });

  const format = useMemo(() => ({ zone, country: source.defaultCountry }), [zone, source.defaultCountry]);

  return (
    <CellFormatContext.Provider value={format}>
      <ResultSummary rows={rows} sourceLabel={source.label} />
      <div
        ref={scrollRef}
        className={`min-h-0 flex-1 overflow-auto rounded border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900 ${rows.stale ? 'opacity-60' : ''}`}
        aria-busy={rows.stale || rows.firstPage.isLoading}
      >
        <table
          role="table"
          aria-label={`Logs of ${source.label}`}
          aria-rowcount={rows.total + 1}
          className="grid text-sm"
          style={{ minWidth: width }}
        >
          <thead role="rowgroup" className="sticky top-0 z-10 grid bg-slate-100 dark:bg-slate-800">
            {table.getHeaderGroups().map((group) => (
              <tr role="row" aria-rowindex={1} key={group.id} className="flex">
                {group.headers.map((header) => (
                  <th
                    role="columnheader"
                    key={header.id}
                    className="px-2 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-300"
                    style={{ width: columnWidths[header.column.id] ?? 140 }}
                  >
                    <table.FlexRender header={header} />
                  </th>
                ))}
              </tr>
            ))}
          </thead>
          <tbody role="rowgroup" className="relative grid" style={{ height: virtualizer.getTotalSize() }}>
            {items.map((item) => {
              const entry = rows.rowAt(item.index);
              const selected = selection.index === item.index;
              const style = { transform: `translateY(${item.start}px)`, height: ROW_HEIGHT };
              const rowClass = `absolute left-0 flex w-full items-center border-b border-slate-100 dark:border-slate-800 ${selected ? 'bg-teal-50 outline-2 -outline-offset-2 outline-teal-600 dark:bg-teal-950' : ''}`;
              if (entry === null) {
                return (
                  <tr
                    role="row"
                    key={`p${item.index}`}
                    aria-rowindex={item.index + 2}
                    aria-busy="true"
                    className={rowClass}
                    style={style}
                  >
                    <td role="cell" className="px-2 text-slate-400" style={{ width }}>
                      <span className="inline-block h-3 w-2/3 animate-pulse rounded bg-slate-200 dark:bg-slate-700" />
                      <span className="sr-only">Loading row {item.index + 1}</span>
                    </td>
                  </tr>
                );
              }
              if (!isEntry(entry)) {
                return (
                  <tr
                    role="row"
                    key={`i${item.index}`}
                    aria-rowindex={item.index + 2}
                    className={`${rowClass} bg-red-50 dark:bg-red-950`}
                    style={style}
                  >
                    <td
                      role="cell"
                      className="truncate px-2 text-red-800 dark:text-red-200"
                      style={{ width }}
                    >
                      Unreadable record from {source.label}: {entry.reason}
                    </td>
                  </tr>
                );
              }
              const key = logKey(entry);
              const row = rowById.get(key);
              return (
                <tr
                  role="row"
                  key={key}
                  aria-rowindex={item.index + 2}
                  aria-selected={selected}
                  data-log-key={key}
                  className={`${rowClass} cursor-pointer hover:bg-slate-50 dark:hover:bg-slate-800 ${openKey === key ? 'bg-teal-100 dark:bg-teal-900' : ''}`}
                  style={style}
                  onClick={() => {
                    selection.setIndex(item.index);
                    onOpen(entry);
                  }}
                >
                  {row?.getAllCells().map((cell) => (
                    <td
                      role="cell"
                      key={cell.id}
                      className="truncate px-2"
                      style={{ width: columnWidths[cell.column.id] ?? 140 }}
                    >
                      <table.FlexRender cell={cell} />
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </CellFormatContext.Provider>
  );
}
