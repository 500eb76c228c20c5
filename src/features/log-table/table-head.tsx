import type { SortSpec } from '../../logs/log-query.ts';
import type { SourceInfo } from '../../logs/source.ts';
import type { ProviderAdapter } from '../../providers/adapter.ts';
import { ColumnHeader } from './column-header.tsx';
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
  columns: TableColumns;
  widthOf: (id: string) => number;
  onLiveWidth: (live: { id: string; px: number } | null) => void;
  onSort: (sort: SortSpec) => void;
}

/** The sticky header row: one `ColumnHeader` per visible column, in the chosen order. */
export function TableHead({
  table,
  source,
  adapter,
  sort,
  columns,
  widthOf,
  onLiveWidth,
  onSort,
}: TableHeadProps) {
  const caps = adapter.capabilities;
  return (
    <thead role="rowgroup" className="sticky top-0 z-20 grid bg-slate-100 dark:bg-slate-800">
      {table.getHeaderGroups().map((group) => (
        <tr role="row" aria-rowindex={1} key={group.id} className="flex" style={{ height: HEADER_HEIGHT }}>
          {group.headers.map((header) => {
            const id = header.column.id;
            const next = nextSort(id, sort, caps);
            return (
              <ColumnHeader
                key={header.id}
                id={id}
                label={columnLabel(id)}
                width={widthOf(id)}
                defaultWidth={columnWidths[id] ?? FALLBACK_WIDTH}
                sort={headerSort(id, sort, caps, source.provider)}
                sortHint={sortHint(next)}
                onSort={() => onSort(next)}
                onDrop={(dragged) => columns.change(dropColumn(columns.ids, dragged, id))}
                onLiveWidth={(px) => onLiveWidth(px === null ? null : { id, px })}
                onWidth={(px) => columns.setWidth(id, px)}
              />
            );
          })}
        </tr>
      ))}
    </thead>
  );
}
