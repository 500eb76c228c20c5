import type { SortSpec } from '../../logs/log-query.ts';
import type { SourceInfo } from '../../logs/source.ts';
import type { ProviderAdapter } from '../../providers/adapter.ts';
import { ColumnHeader } from './column-header.tsx';
import { ResizeHandle } from './resize-handle.tsx';
import { dropColumn } from './column-order.ts';
import { columnLabel, columnWidths, FALLBACK_WIDTH, type LogTableInstance } from './columns.tsx';
import { headerSort, nextSort, sortHint } from './sorting.ts';
import type { TableColumns } from './use-table-columns.ts';

/** Height of the sticky header row in px: rows are placed below it. */
export const HEADER_HEIGHT = 36;

export interface TableHeadProps {
  table: LogTableInstance;
  source: SourceInfo;
  adapter: ProviderAdapter;
  sort: SortSpec | null;
  /** Set: no header sorts, for this reason (a merged view). */
  sortLock?: string | null;
  columns: TableColumns;
  widthOf: (id: string) => number;
  onLiveWidth: (live: { id: string; px: number } | null) => void;
  onSort: (sort: SortSpec) => void;
  /** The resize handle of a column gets this id (a group after the table owns them all). */
  handleId: (columnId: string) => string;
}

/** The sticky header row: one `ColumnHeader` per visible column in the chosen order, each with its resize handle. */
export function TableHead({
  table,
  source,
  adapter,
  sort,
  sortLock = null,
  columns,
  widthOf,
  onLiveWidth,
  onSort,
  handleId,
}: TableHeadProps) {
  const caps = adapter.capabilities;
  return (
    <thead role="rowgroup" className="sticky top-0 z-20 grid bg-slate-100 max-md:sr-only dark:bg-slate-800">
      {table.getHeaderGroups().map((group) => (
        <tr
          role="row"
          aria-rowindex={1}
          key={group.id}
          className="relative flex"
          style={{ height: HEADER_HEIGHT }}
        >
          {group.headers.map((header) => {
            const id = header.column.id;
            const next = nextSort(id, sort, caps);
            return (
              <ColumnHeader
                key={header.id}
                id={id}
                label={columnLabel(id)}
                width={widthOf(id)}
                sort={
                  sortLock !== null
                    ? { sortable: false, direction: id === 'time' ? 'descending' : null, reason: sortLock }
                    : headerSort(id, sort, caps, source.provider)
                }
                sortHint={sortHint(next)}
                onSort={() => onSort(next)}
                onDrop={(dragged) => columns.change(dropColumn(columns.ids, dragged, id))}
              >
                <ResizeHandle
                  id={handleId(id)}
                  label={columnLabel(id)}
                  at={widthOf(id)}
                  width={widthOf(id)}
                  defaultWidth={columnWidths[id] ?? FALLBACK_WIDTH}
                  onLive={(px) => onLiveWidth(px === null ? null : { id, px })}
                  onCommit={(px) => columns.setWidth(id, px)}
                />
              </ColumnHeader>
            );
          })}
        </tr>
      ))}
    </thead>
  );
}
