import { useTable } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { logKey, type LogEntry } from '../../logs/log-entry.ts';
import type { ResolvedQuery, SortSpec } from '../../logs/log-query.ts';
import type { SourceInfo } from '../../logs/source.ts';
import type { ProviderAdapter } from '../../providers/adapter.ts';
import { useDensity } from '../../state/use-density.ts';
import { markFirstResult } from '../../state/use-first-result.ts';
import { useMasking } from '../../state/use-masking.ts';
import { CellFormatContext } from './cell-context.ts';
import { ColumnChooser } from './column-chooser.tsx';
import { logTableFeatures, visibleColumns } from './columns.tsx';
import { DensityToggle } from './density-toggle.tsx';
import { maskRows } from './masked-rows.ts';
import { ResultSummary } from './result-summary.tsx';
import { TableHead, HEADER_HEIGHT } from './table-head.tsx';
import { TableRow, isEntry } from './table-row.tsx';
import { useLogRows } from './use-log-rows.ts';
import { defaultFieldIdsFor } from '../../logs/log-fields.ts';
import { useNarrow } from '../../state/use-narrow.ts';
import { useMergedRows, type RowsMember } from './use-merged-rows.ts';
import { useRowKeyboard } from './use-row-keyboard.ts';
import { useTableColumns } from './use-table-columns.ts';

export const ROW_HEIGHT = { compact: 32, comfortable: 40 } as const;
/** A row as a two-line card on a phone. */
export const CARD_HEIGHT = 52;

export interface LogTableProps {
  source: SourceInfo;
  adapter: ProviderAdapter;
  /** Several sources merged newest first by start time (`source=all`); absent or one: `source` alone. */
  members?: readonly RowsMember[];
  query: ResolvedQuery;
  /** `cols=` of the URL (null: none). */
  columns: readonly string[] | null;
  zone: string;
  /** The open log (`logKey`), highlighted. */
  openKey: string | null;
  /** Keyboard navigation is off while the drawer owns the keys. */
  keyboardEnabled: boolean;
  onOpen: (entry: LogEntry) => void;
  /** A header asked for this order (`sort=`). */
  onSort: (sort: SortSpec) => void;
  /** The person chose columns (`cols=`; null: none). */
  onColumns: (cols: string[] | null) => void;
}

const count = new Intl.NumberFormat('en');

/** Why no header sorts a merged view (shown on every header). */
export const MERGED_SORT_REASON =
  'the merged view is newest first by start time only (each source is read in its own newest-first order)';

/** The virtualized, random-access table: row count from the provider's total, pages fetched as they scroll into view. */
export function LogTable({
  source,
  adapter,
  members,
  query,
  columns,
  zone,
  openKey,
  keyboardEnabled,
  onOpen,
  onSort,
  onColumns,
}: LogTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const handles = useId();
  const handleId = (columnId: string) => `${handles}-resize-${columnId}`;
  const [density, setDensity] = useDensity();
  const narrow = useNarrow();
  // A phone shows each row as a two-line card of the same cells.
  const rowHeight = narrow ? CARD_HEIGHT : ROW_HEIGHT[density];
  const merged = members !== undefined && members.length > 1;
  // A merged view keeps one column layout of its own (with the Source column), not its first member's.
  // WhatsApp alone shows each message's Error where a call's Disposition and Duration would be.
  const defaults = defaultFieldIdsFor(merged, query.channels);
  const layout = useTableColumns(merged ? 'all' : source.id, columns, onColumns, defaults);
  const label = merged ? members.map((m) => m.source.label).join(', ') : source.label;
  const [live, setLive] = useState<{ id: string; px: number } | null>(null);
  const widthOf = (id: string) => (live?.id === id ? live.px : layout.widthOf(id));

  const [range, setRange] = useState({ start: 0, end: 30 });
  const [masked] = useMasking();
  const single = useLogRows(source, adapter, query, range, !merged);
  const mergedRows = useMergedRows(members ?? [{ source, adapter }], query, range, merged);
  const rows = maskRows(merged ? mergedRows : single, masked);
  const virtualizer = useVirtualizer({
    count: rows.total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    // Rows sit under the sticky header: offsets count from the table's top, and scrolling to a row keeps
    // it out from under the header.
    paddingStart: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    overscan: 8,
  });
  useEffect(() => virtualizer.measure(), [virtualizer, rowHeight]);
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

  // A new query (a filter, a sort) starts at the top.
  const queryKey = JSON.stringify(query);
  useEffect(() => {
    if (scrollRef.current) scrollRef.current.scrollTop = 0;
  }, [queryKey]);

  const columnDefs = useMemo(
    () => visibleColumns(layout.ids, defaults),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the default ids decide, not the array
    [layout.ids, defaults.join(',')],
  );
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
  // Once the first result is on screen (painted: the frame after), the rest of the first screen loads.
  const firstResult = windowEntries.length > 0 || !rows.firstPage.isPending;
  useEffect(() => {
    if (firstResult) requestAnimationFrame(() => setTimeout(markFirstResult));
  }, [firstResult]);
  const width = layout.ids.reduce((sum, id) => sum + widthOf(id), 0);
  const layoutKey = layout.ids.map((id) => `${id}:${widthOf(id)}`).join(',');

  const selection = useRowKeyboard({
    enabled: keyboardEnabled,
    total: rows.total,
    resetKey: `${merged ? 'all' : source.id}|${queryKey}`,
    pageRows: () => Math.floor(((scrollRef.current?.clientHeight ?? 0) - HEADER_HEIGHT) / rowHeight) - 1,
    onMove: useCallback(
      (index: number) => virtualizer.scrollToIndex(index, { align: 'auto' }),
      [virtualizer],
    ),
    onOpen: (index) => {
      const item = rows.rowAt(index);
      if (isEntry(item)) onOpen(item);
    },
  });

  // The drawer stepping to the previous/next log: keep its row in view (searched near the window only).
  useEffect(() => {
    if (openKey === null) return;
    const from = Math.max(0, first - rows.pageSize);
    const to = Math.min(rows.total - 1, last + rows.pageSize);
    for (let i = from; i <= to; i++) {
      const item = rows.rowAt(i);
      if (isEntry(item) && logKey(item) === openKey) {
        if (i < first + 1 || i > last - 1) virtualizer.scrollToIndex(i, { align: 'auto' });
        return;
      }
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new open log moves the view
  }, [openKey, rows.version]);

  const format = useMemo(
    () => ({
      zone,
      country: source.defaultCountry,
      sources: new Map((members ?? [{ source }]).map((m) => [m.source.id, m.source])),
    }),
    [zone, source, members],
  );
  const labelOf = (id: string) => format.sources.get(id)?.label ?? id;

  return (
    <CellFormatContext.Provider value={format}>
      <div className="flex flex-wrap items-start gap-x-3 gap-y-2">
        <div className="min-w-0 flex-1">
          <ResultSummary rows={rows} sourceLabel={label} merged={merged} />
        </div>
        <div className="flex items-center gap-2">
          {narrow ? null : <DensityToggle value={density} onChange={setDensity} />}
          <ColumnChooser columns={layout} sourceLabel={merged ? 'the merged view' : source.label} />
        </div>
      </div>
      <div
        ref={scrollRef}
        role="region"
        aria-label="Results"
        tabIndex={0}
        className={`min-h-0 flex-1 overflow-auto rounded max-md:h-[78svh] max-md:flex-none border border-slate-200 bg-white focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-teal-600 dark:border-slate-800 dark:bg-slate-900 ${rows.stale ? 'opacity-60' : ''}`}
        aria-busy={rows.stale || rows.firstPage.isLoading}
        onFocus={(event) => {
          // Tabbing in selects the first row on screen, so j/k and Enter have somewhere to start.
          if (event.target === event.currentTarget && selection.index === null && rows.total > 0)
            selection.setIndex(virtualizer.range?.startIndex ?? first);
        }}
      >
        <table
          role="table"
          aria-label={`Logs of ${label}`}
          aria-rowcount={rows.total + 1}
          className="grid text-sm"
          style={{ minWidth: narrow ? undefined : width }}
        >
          <TableHead
            table={table}
            source={source}
            adapter={adapter}
            sort={merged ? null : query.sort}
            sortLock={merged ? MERGED_SORT_REASON : null}
            columns={layout}
            widthOf={widthOf}
            onLiveWidth={setLive}
            onSort={onSort}
            handleId={handleId}
          />
          <tbody
            role="rowgroup"
            className="relative grid"
            style={{ height: virtualizer.getTotalSize() - HEADER_HEIGHT }}
          >
            {items.map((item) => {
              const entry = rows.rowAt(item.index);
              const key = isEntry(entry) ? logKey(entry) : null;
              return (
                <TableRow
                  key={key ?? `p${item.index}`}
                  table={table}
                  index={item.index}
                  top={item.start - HEADER_HEIGHT}
                  height={rowHeight}
                  item={entry}
                  row={key ? rowById.get(key) : undefined}
                  width={width}
                  widthOf={widthOf}
                  card={narrow}
                  selected={selection.index === item.index}
                  open={key !== null && key === openKey}
                  sourceLabel={entry ? labelOf(entry.sourceId) : source.label}
                  layoutKey={layoutKey}
                  onClick={() => {
                    if (!isEntry(entry)) return;
                    selection.setIndex(item.index);
                    onOpen(entry);
                  }}
                />
              );
            })}
          </tbody>
        </table>
        {/* The resize handles sit in the header row for the eye; for assistive tech they form this group. */}
        <div role="group" aria-label="Column widths" aria-owns={layout.ids.map(handleId).join(' ')} />
      </div>
      <div className="sr-only" aria-live="polite">
        {selection.index !== null
          ? `Row ${count.format(selection.index + 1)} of ${count.format(rows.total)}`
          : ''}
      </div>
    </CellFormatContext.Provider>
  );
}
